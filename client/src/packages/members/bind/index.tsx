import { Text, View } from '@tarojs/components';
import { redeemInvitationSchema, type RedeemResult } from '@wuxie/shared/members';
import { useState } from 'react';
import { ApiRequestError, messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button } from '@/ui';
import { TextField } from '../components';
import { redeemInvitation } from '../lib/invitations';
import '../members.css';

/** 绑定企业: a worker types the code from their company admin and becomes the company's worker. */
export default function BindPage() {
  const access = useRouteGuard('memberBind');
  const session = useSession();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RedeemResult | null>(null);
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberBind" access={access} />
      </PageShell>
    );
  const company = session?.user.company;

  const submit = async () => {
    const parsed = redeemInvitationSchema.safeParse({ code });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      setDone(await redeemInvitation(parsed.data.code));
    } catch (err) {
      // The code stays in the box, so a typo can be fixed rather than typed again.
      setError(err instanceof ApiRequestError ? err.message : messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <PageShell>
        <View className="section card mb-bound">
          <Text className="mb-title">已绑定 {done.company.name}</Text>
          <Text className="muted">现在可以以本单位从业人员的身份报名培训和考试。</Text>
          <View className="mb-toolbar section">
            <Button type="primary" size="small" className="mb-back-me" onClick={() => go('me')}>
              回到我的
            </Button>
            <Button size="small" onClick={() => go('memberCompany', { id: done.company.id })}>
              查看单位
            </Button>
          </View>
        </View>
      </PageShell>
    );
  }
  if (company) {
    return (
      <PageShell>
        <View className="section card">
          <Text className="mb-title">您已绑定 {company.name}</Text>
          <Text className="muted">如已离职，请先请原单位的企业管理员解绑，再输入新单位的邀请码。</Text>
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell>
      <View className="section card">
        <Text className="muted">向本单位的企业管理员索取 8 位邀请码（不区分大小写，没有 0、O、1、I、L）。</Text>
        <TextField
          name="code"
          label="邀请码"
          required
          value={code}
          onChange={(v) => {
            setCode(v.toUpperCase());
            setError(undefined);
          }}
          placeholder="例如 7KQ4M2XP"
          error={error}
          maxlength={12}
        />
      </View>
      <View className="btn-wrap">
        <Button block type="primary" loading={busy} className="mb-bind" onClick={() => void submit()}>
          绑定
        </Button>
      </View>
    </PageShell>
  );
}
