import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROLE_LABELS } from '@wuxie/shared/auth';
import { grantCompanyAdminSchema, membersApi, type CompanyWorker } from '@wuxie/shared/members';
import { useState } from 'react';
import { api } from '@/api';
import { ApiRequestError } from '@/api/errors';
import { ResourceState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { Button, Input } from '@/ui';
import { TextField, firstIssues } from './components';
import { confirm, toastError } from '@/ui/feedback';

/**
 * Staff on a company's page: who administers it, and the way to appoint one (one of its bound
 * people, or someone found by the phone number of their account) or take the role back.
 */
export default function CompanyAdmins({
  companyId,
  companyName,
  onChanged,
}: {
  companyId: number;
  companyName: string;
  onChanged: () => void;
}) {
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const params = { id: companyId };
  const admins = useResource(() => api.call(membersApi.listCompanyPeople, { params, query: { admins: 'true', limit: 100 } }), [companyId]);
  const people = useResource(
    () => api.call(membersApi.listCompanyPeople, { params, query: { q: query || undefined } }),
    [companyId, query],
  );

  const done = async (message: string) => {
    await Taro.showModal({ title: '已保存', content: message, showCancel: false });
    await Promise.all([admins.reload(), people.reload()]);
    onChanged();
  };
  const appoint = async (p: CompanyWorker) => {
    if (!(await confirm('设为企业管理员', `${p.name} 将可以为“${companyName}”生成邀请码、管理员工、回复投诉。`, '确定设为'))) return;
    setBusy(true);
    try {
      await done((await api.call(membersApi.grantCompanyAdmin, { params, body: { userId: p.id } })).message);
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  };
  const appointByPhone = async () => {
    const parsed = grantCompanyAdminSchema.safeParse({ phone: phone.trim() });
    if (!parsed.success) {
      setPhoneError(firstIssues(parsed.error.issues).phone);
      return;
    }
    if (
      !(await confirm(
        '按手机号指定',
        `找到使用 ${phone.trim()} 的账号后，设为“${companyName}”的企业管理员（未绑定企业的会同时绑定到本单位）。`,
        '指定',
      ))
    )
      return;
    setBusy(true);
    try {
      await done((await api.call(membersApi.grantCompanyAdmin, { params, body: parsed.data })).message);
      setPhone('');
    } catch (err) {
      if (err instanceof ApiRequestError && err.issueFor('phone')) setPhoneError(err.message);
      else toastError(err);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (p: CompanyWorker) => {
    if (!(await confirm('撤销企业管理员', `${p.name} 将不再管理“${companyName}”，仍为本单位从业人员。`, '撤销'))) return;
    setBusy(true);
    try {
      await done((await api.call(membersApi.revokeCompanyAdmin, { params: { id: companyId, userId: p.id } })).message);
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="section card mb-admins">
      <Text className="section-title">企业管理员</Text>
      <ResourceState resource={admins} rows={1}>
        {({ items }) =>
          items.length === 0 ? (
            <Text className="muted">还没有企业管理员：从下面的人员中指定，或按手机号指定。</Text>
          ) : (
            items.map((p) => (
              <View key={p.id} className="mb-row" data-admin-id={p.id}>
                <View className="mb-row__main">
                  <Text>{p.name}</Text>
                  <Text className="muted">{p.phone ?? '未绑定手机号'}</Text>
                </View>
                <Button size="small" disabled={busy} className="mb-revoke-admin" onClick={() => void revoke(p)}>
                  撤销管理员
                </Button>
              </View>
            ))
          )
        }
      </ResourceState>
      <TextField
        name="adminPhone"
        label="按手机号指定（对方需已登录并绑定手机号）"
        value={phone}
        onChange={(v) => {
          setPhone(v);
          setPhoneError(undefined);
        }}
        placeholder="11 位手机号"
        error={phoneError}
        maxlength={11}
      />
      <Button size="small" type="primary" loading={busy} className="mb-grant-by-phone" onClick={() => void appointByPhone()}>
        指定为管理员
      </Button>
      <Text className="section-title mb-admins__people">本单位人员（{people.data?.total ?? '…'}）</Text>
      <Input
        name="peopleQuery"
        className="mb-input"
        placeholder="按姓名或手机号查找"
        value={q}
        onChange={setQ}
        onConfirm={() => setQuery(q.trim())}
      />
      <ResourceState resource={people} rows={1}>
        {(list) => (
          <>
            {list.items
              .filter((p) => !p.isAdmin)
              .map((p) => (
                <View key={p.id} className="mb-row" data-person-id={p.id}>
                  <View className="mb-row__main">
                    <Text>{p.name}</Text>
                    <Text className="muted">{[p.phone, p.roles.map((r) => ROLE_LABELS[r]).join('、')].filter(Boolean).join(' · ')}</Text>
                  </View>
                  <Button size="small" disabled={busy} className="mb-grant-admin" onClick={() => void appoint(p)}>
                    设为管理员
                  </Button>
                </View>
              ))}
            {list.nextCursor !== null && <Text className="muted">只显示前 {list.items.length} 人，可按姓名查找</Text>}
          </>
        )}
      </ResourceState>
    </View>
  );
}
