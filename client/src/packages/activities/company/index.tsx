import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { REGISTRATION_STATUS_LABELS, activitiesApi, checkExtraValues } from '@wuxie/shared/activities';
import type { ActivityDetail, CompanyCandidates, CompanySignupResult } from '@wuxie/shared/activities';
import { useState } from 'react';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import { timeRange } from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import { EmptyState, ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { Button, Checkbox } from '@/ui';
import ExtraFieldsForm from '../components/ExtraFieldsForm';
import '../activities.css';

interface Stage {
  activity: ActivityDetail;
  candidates: CompanyCandidates['items'];
}

/**
 * 为员工报名 (company admin): tick several of the company's workers, fill each one's extra fields,
 * submit once; each person succeeds or fails on their own, with the reason.
 */
export default function CompanySignupPage() {
  const access = useRouteGuard('activityCompany');
  const route = useRouteParams(activitiesApi.companySignUp.params);
  const id = route.ok ? route.params.id : 0;
  const stage = useResource(
    async (): Promise<Stage> => {
      const [activity, candidates] = await Promise.all([
        api.call(activitiesApi.getActivity, { params: { id } }),
        api.call(activitiesApi.companyCandidates, { params: { id } }),
      ]);
      return { activity, candidates: candidates.items };
    },
    [id],
    { enabled: access === 'allow' && route.ok },
  );
  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState title="没有权限" description="只有单位管理员可以为员工报名" />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={stage} rows={3}>
        {(data) => <CompanySignupForm id={id} stage={data} reload={stage.reload} />}
      </ResourceState>
    </PageShell>
  );
}

function CompanySignupForm({ id, stage: { activity, candidates }, reload }: { id: number; stage: Stage; reload: () => Promise<void> }) {
  const [picked, setPicked] = useState<Record<number, Record<string, string>>>({});
  const [errors, setErrors] = useState<Record<number, Record<string, string | undefined>>>({});
  const [result, setResult] = useState<CompanySignupResult | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (userId: number) => setPicked(({ [userId]: was, ...rest }) => (was ? rest : { ...rest, [userId]: {} }));
  const submit = async () => {
    const people = Object.entries(picked).map(([userId, values]) => ({ userId: Number(userId), values }));
    if (people.length === 0) return void Taro.showToast({ title: '请至少选择 1 名员工', icon: 'none' });
    const problems: Record<number, Record<string, string>> = {};
    for (const p of people) {
      const check = checkExtraValues(activity.extraFields, p.values);
      if (!check.ok) problems[p.userId] = Object.fromEntries(check.issues.map((i) => [i.path.replace(/^extra\./, ''), i.message]));
    }
    setErrors(problems);
    if (Object.keys(problems).length) return void Taro.showToast({ title: '有员工的信息需要修改', icon: 'none' });
    setBusy(true);
    try {
      setResult(
        await api.call(activitiesApi.companySignUp, {
          params: { id },
          body: { people: people.map((p) => ({ userId: p.userId, extra: p.values })) },
        }),
      );
      setPicked({});
      await reload();
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="section card">
        <Text className="ad-title">{activity.title}</Text>
        <Text className="muted">
          {timeRange(activity)} · {activity.signup.message ?? `剩余 ${activity.seatsLeft} 个名额`}
        </Text>
      </View>
      {result && (
        <View className="section card">
          <Text className="ad-status">
            成功 {result.succeeded} 人，未成功 {result.failed} 人
          </Text>
          {result.results.map((r) => (
            <Text key={r.userId} className={r.ok ? 'muted' : 'field-error'} style={{ margin: '4px 0 0' }}>
              {r.name}：{r.message}
            </Text>
          ))}
        </View>
      )}
      <View className="section card">
        {candidates.length === 0 && <Text className="muted">本单位还没有绑定的从业人员</Text>}
        {candidates.map((c) => (
          <View key={c.userId} className="person-pick">
            {c.registration && c.registration.status !== 'cancelled' ? (
              <Text>
                {c.name}{' '}
                <Text className="muted">
                  · {REGISTRATION_STATUS_LABELS[c.registration.status]}
                  {c.registration.waitlistPosition ? ` 第 ${c.registration.waitlistPosition} 位` : ''}
                </Text>
              </Text>
            ) : (
              <Checkbox checked={c.userId in picked} label={c.name} onChange={() => toggle(c.userId)} />
            )}
            {c.userId in picked && activity.extraFields.length > 0 && (
              <ExtraFieldsForm
                fields={activity.extraFields}
                values={picked[c.userId] ?? {}}
                errors={errors[c.userId] ?? {}}
                namePrefix={`u${c.userId}-`}
                onChange={(key, value) => setPicked((p) => ({ ...p, [c.userId]: { ...(p[c.userId] ?? {}), [key]: value } }))}
              />
            )}
          </View>
        ))}
      </View>
      <View className="ad-actions">
        <Button type="primary" block loading={busy} disabled={busy} onClick={() => void submit()}>
          为选中的 {Object.keys(picked).length} 人报名
        </Button>
      </View>
    </>
  );
}
