import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { z } from 'zod';
import type { Session } from '@wuxie/shared/auth';
import { updateProfile } from '@/api/auth';
import DemoAccountList from '@/components/DemoAccounts';
import LoginForm from '@/components/LoginForm';
import PageShell from '@/components/PageShell';
import PrivacyConsent from '@/components/PrivacyConsent';
import WechatLoginButton from '@/components/WechatLoginButton';
import { useRouteParams } from '@/hooks/use-route-params';
import { afterLogin, consentError } from '@/lib/login-rules';
import './index.css';

const LOGIN_PARAMS = z.object({ redirect: z.string().optional() });

/** 登录: WeChat login in the mini-program, account + password (and demo accounts) everywhere. */
export default function LoginPage() {
  const route = useRouteParams(LOGIN_PARAMS);
  const [agreed, setAgreed] = useState(false);
  const [consentMessage, setConsentMessage] = useState<string>();

  const requireConsent = (): boolean => {
    const msg = consentError(agreed);
    setConsentMessage(msg);
    return !msg;
  };

  const onLoggedIn = async (session: Session) => {
    if (!session.user.privacyAgreed) {
      // Agreement was given on this screen; the server keeps the record.
      await updateProfile({ privacyAgreed: true }).catch(() => undefined);
    }
    void Taro.showToast({ title: `欢迎，${session.user.name}`, icon: 'none' });
    const next = afterLogin(route.ok ? route.params.redirect : undefined, Taro.getCurrentPages().length > 1);
    if (next.kind === 'back') void Taro.navigateBack();
    else if (next.kind === 'tab') void Taro.switchTab({ url: next.url });
    else void Taro.redirectTo({ url: next.url });
  };

  return (
    <PageShell className="login-page">
      <View className="login-brand">
        <Text className="login-brand__title">物协通</Text>
        <Text className="login-brand__sub">物业管理协会 · 会员服务与投诉调解</Text>
      </View>

      {process.env.TARO_ENV === 'weapp' && (
        <View className="section">
          <WechatLoginButton agreed={agreed} onAgree={() => setAgreed(true)} requireConsent={requireConsent} onLoggedIn={onLoggedIn} />
          <Text className="muted login-divider">或使用账号密码登录</Text>
        </View>
      )}

      <LoginForm requireConsent={requireConsent} onLoggedIn={onLoggedIn}>
        <PrivacyConsent
          agreed={agreed}
          onChange={(v) => {
            setAgreed(v);
            if (v) setConsentMessage(undefined);
          }}
          error={consentMessage}
        />
      </LoginForm>

      <DemoAccountList requireConsent={requireConsent} onLoggedIn={onLoggedIn} />
    </PageShell>
  );
}
