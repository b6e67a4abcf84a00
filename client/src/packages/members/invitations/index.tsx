import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { formatChinaDateTime } from '@wuxie/shared/activities';
import { ROLE_LABELS } from '@wuxie/shared/auth';
import {
  INVITATION_MAX_USES_LIMIT,
  INVITATION_STATE_LABELS,
  INVITATION_VALID_DAYS_LIMIT,
  createInvitationSchema,
  membersApi,
  type CompanyWorkerList,
  type Invitation,
} from '@wuxie/shared/members';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState } from '@/components/StateView';
import { useResource, type Resource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { Button, Input } from '@/ui';
import { TextField, firstIssues } from '../components';
import { confirm, toastError } from '@/ui/feedback';
import '../members.css';

function CodeRow({ inv, onRevoke }: { inv: Invitation; onRevoke: (inv: Invitation) => void }) {
  const active = inv.state === 'active';
  return (
    <View className="mb-row" data-invitation={inv.code}>
      <View className="mb-row__main">
        <Text className="mb-code" userSelect>
          {inv.code}
        </Text>
        <Text className="muted">
          已用 {inv.usedCount}/{inv.maxUses} 次 · {formatChinaDateTime(new Date(inv.expiresAt))} 前有效
        </Text>
      </View>
      <Text className={`mb-state ${active ? 'mb-state--active' : ''}`}>{INVITATION_STATE_LABELS[inv.state]}</Text>
      {active && (
        <Button size="small" onClick={() => onRevoke(inv)}>
          作废
        </Button>
      )}
    </View>
  );
}

interface WorkersProps {
  workers: Resource<CompanyWorkerList>;
  /** The search that was run; `q` is what is in the box. */
  query: string;
  q: string;
  onQ: (q: string) => void;
  onSearch: () => void;
  onUnbind: (id: number, name: string) => void;
}

function Workers({ workers, query, q, onQ, onSearch, onUnbind }: WorkersProps) {
  const total = workers.data?.total ?? '…';
  return (
    <View className="section card mb-workers">
      <Text className="section-title">{query ? `找到 ${total} 人` : `已绑定人员（${total}）`}</Text>
      <Input name="workerQuery" className="mb-input" placeholder="按姓名或手机号查找" value={q} onChange={onQ} onConfirm={onSearch} />
      <ResourceState resource={workers} rows={2}>
        {(list) => (
          <>
            {list.items.map((w) => (
              <View key={w.id} className="mb-row" data-worker-id={w.id}>
                <View className="mb-row__main">
                  <Text>
                    {w.name}
                    {w.isSelf ? '（我）' : ''}
                  </Text>
                  <Text className="muted">{[w.phone, w.roles.map((r) => ROLE_LABELS[r]).join('、')].filter(Boolean).join(' · ')}</Text>
                </View>
                {!w.isAdmin && (
                  <Button size="small" className="mb-unbind" onClick={() => onUnbind(w.id, w.name)}>
                    解绑
                  </Button>
                )}
              </View>
            ))}
            {list.nextCursor !== null && <Text className="muted">只显示前 {list.items.length} 人，可按姓名查找</Text>}
          </>
        )}
      </ResourceState>
    </View>
  );
}

/** 邀请码与员工 (company admin): hand out codes for workers to bind, see who is bound, unbind those who left. */
export default function InvitationsPage() {
  const access = useRouteGuard('memberInvitations');
  const [form, setForm] = useState({ maxUses: '20', validDays: '7' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const enabled = access === 'allow';
  const codes = useResource(async () => (await api.call(membersApi.listInvitations)).items, [], { enabled });
  const workers = useResource(() => api.call(membersApi.listWorkers, { query: { q: query || undefined } }), [query], { enabled });
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberInvitations" access={access} />
      </PageShell>
    );

  const create = async () => {
    const body = { maxUses: Number(form.maxUses), validDays: Number(form.validDays) };
    const parsed = createInvitationSchema.safeParse(body);
    if (!parsed.success || !form.maxUses || !form.validDays) {
      setErrors(parsed.success ? { maxUses: '请填写可使用次数和有效天数' } : firstIssues(parsed.error.issues));
      return;
    }
    setBusy(true);
    try {
      const inv = await api.call(membersApi.createInvitation, { body: parsed.data });
      codes.set([inv, ...(codes.data ?? [])]);
      await Taro.showModal({ title: '邀请码已生成', content: `${inv.code}\n把它发给员工，在“我的 → 绑定企业”中输入。`, showCancel: false });
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (inv: Invitation) => {
    if (!(await confirm('作废邀请码', `作废后 ${inv.code} 不能再使用，已绑定的员工不受影响。`, '作废'))) return;
    try {
      const updated = await api.call(membersApi.revokeInvitation, { params: { id: inv.id } });
      codes.set((codes.data ?? []).map((c) => (c.id === updated.id ? updated : c)));
    } catch (err) {
      toastError(err);
    }
  };
  const unbind = async (id: number, name: string) => {
    if (!(await confirm('解绑员工', `${name} 将不再属于本单位，也不再有从业人员身份。确定解绑？`, '解绑'))) return;
    try {
      await api.call(membersApi.unbindWorker, { params: { id } });
      void Taro.showToast({ title: `已解绑 ${name}`, icon: 'none' });
      await workers.reload();
    } catch (err) {
      toastError(err);
    }
  };
  return (
    <PageShell>
      <ResourceState resource={codes} rows={3}>
        {(items) => (
          <>
            <View className="section card">
              <Text className="section-title">生成邀请码</Text>
              <View className="mb-toolbar">
                <TextField
                  name="maxUses"
                  type="number"
                  label={`可使用次数（最多 ${INVITATION_MAX_USES_LIMIT}）`}
                  value={form.maxUses}
                  onChange={(v) => {
                    setForm({ ...form, maxUses: v });
                    setErrors({});
                  }}
                  error={errors.maxUses}
                />
                <TextField
                  name="validDays"
                  type="number"
                  label={`有效天数（最多 ${INVITATION_VALID_DAYS_LIMIT}）`}
                  value={form.validDays}
                  onChange={(v) => {
                    setForm({ ...form, validDays: v });
                    setErrors({});
                  }}
                  error={errors.validDays}
                />
              </View>
              <Button type="primary" size="small" loading={busy} className="mb-create-code" onClick={() => void create()}>
                生成邀请码
              </Button>
            </View>
            <View className="section card">
              <Text className="section-title">本单位的邀请码</Text>
              {items.length === 0 && <Text className="muted">还没有邀请码</Text>}
              {items.map((inv) => (
                <CodeRow key={inv.id} inv={inv} onRevoke={(i) => void revoke(i)} />
              ))}
            </View>
            <Workers
              workers={workers}
              query={query}
              q={q}
              onQ={setQ}
              onSearch={() => setQuery(q.trim())}
              onUnbind={(id, name) => void unbind(id, name)}
            />
          </>
        )}
      </ResourceState>
    </PageShell>
  );
}
