import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { maskPhone } from '@wuxie/shared/common';
import { updateProfileSchema } from '@wuxie/shared/auth';
import { updateProfile } from '@/api/auth';
import { messageOf } from '@/api/errors';
import BindPhoneButton from '@/components/BindPhoneButton';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { useRouteGuard } from '@/hooks/use-route-guard';
import './index.css';
import { serverFieldErrors, validateForm } from '@/lib/form';
import { useSession } from '@/stores';
import { Button, Cell, CellGroup, Input } from '@/ui';

/** 个人资料: change the display name; see the bound phone and company. */
export default function ProfilePage() {
  const access = useRouteGuard('profile');
  const session = useSession();
  const user = session?.user;
  const [name, setName] = useState(user?.name ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // The field follows the signed-in person (another account after a switch), not each refresh of the same one.
  const [shownFor, setShownFor] = useState(user?.id);
  if (user && user.id !== shownFor) {
    setShownFor(user.id);
    setName(user.name);
  }

  if (access !== 'allow' || !user)
    return (
      <PageShell>
        <AccessState route="profile" access={access} />
      </PageShell>
    );

  const save = async () => {
    const checked = validateForm(updateProfileSchema, { name });
    if (!checked.ok) {
      setError(checked.errors.name);
      return;
    }
    setBusy(true);
    try {
      await updateProfile(checked.data);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (err) {
      setError(serverFieldErrors<{ name: string }>(err, ['name']).name ?? messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell>
      <View className="section card stack">
        <Text className="hint">姓名</Text>
        <Input
          name="name"
          value={name}
          maxLength={32}
          placeholder="请输入姓名"
          onChange={(v) => {
            setName(v);
            setError(undefined);
          }}
        />
        {error && <Text className="field-error">{error}</Text>}
      </View>
      <CellGroup className="profile-cells">
        <Cell title="手机号" extra={user.phone ? maskPhone(user.phone) : <BindPhoneButton text="去绑定" />} />
        <Cell title="所属单位" extra={user.company?.name ?? '未绑定'} />
        <Cell title="账号" extra={user.username ?? '微信登录'} />
      </CellGroup>
      <View className="btn-wrap">
        <Button type="primary" block loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </PageShell>
  );
}
