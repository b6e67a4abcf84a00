import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { DemoAccounts, Session } from '@wuxie/shared/auth';
import { authApi } from '@wuxie/shared/auth';
import { api } from '@/api';
import { loginWithPassword } from '@/api/auth';
import { messageOf } from '@/api/errors';
import { Button } from '@/ui';
import './index.css';

interface Props {
  requireConsent: () => boolean;
  onLoggedIn: (s: Session) => Promise<void>;
}

/** One-tap logins for the demo accounts, shown only when the server says demo login is on. */
export default function DemoAccountList({ requireConsent, onLoggedIn }: Props) {
  const [demo, setDemo] = useState<DemoAccounts | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    // Not offering demo accounts is the normal production case, so a failure here stays silent.
    api.call(authApi.demoAccounts).then(setDemo, () => setDemo(null));
  }, []);

  if (!demo?.enabled || demo.accounts.length === 0) return null;

  const use = async (username: string, password: string) => {
    if (busy || !requireConsent()) return;
    setBusy(username);
    try {
      await onLoggedIn(await loginWithPassword({ username, password }));
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <View className="demo-accounts section card">
      <Text className="demo-accounts__title">演示账号</Text>
      <Text className="muted">点一下即可登录（密码都是 {demo.accounts[0]?.password}），体验不同角色看到的内容</Text>
      <View className="demo-accounts__list">
        {demo.accounts.map((a) => (
          <Button
            key={a.username}
            size="small"
            fill="outline"
            loading={busy === a.username}
            className="demo-accounts__item"
            data-username={a.username}
            onClick={() => void use(a.username, a.password)}
          >
            {a.label}
          </Button>
        ))}
      </View>
    </View>
  );
}
