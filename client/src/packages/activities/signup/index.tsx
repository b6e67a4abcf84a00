import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  activitiesApi,
  checkExtraValues,
  type ActivityDetail,
  type ActivitySubscription,
  type SignupResult,
} from '@wuxie/shared/activities';
import { useState } from 'react';
import { api } from '@/api';
import { ApiRequestError, messageOf } from '@/api/errors';
import { requestSubscriptions } from '@/api/subscribe';
import { timeRange } from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import { Button } from '@/ui';
import ExtraFieldsForm from '../components/ExtraFieldsForm';
import '../activities.css';

/** 报名: the extra fields, a one-time subscription request, then confirmed or waitlisted with the place. */
export default function SignupPage() {
  const access = useRouteGuard('activitySignup');
  const route = useRouteParams(activitiesApi.signUp.params);
  const id = route.ok ? route.params.id : 0;
  const options = { enabled: access === 'allow' && route.ok, reloadOnShow: false };
  const activity = useResource(() => api.call(activitiesApi.getActivity, { params: { id } }), [id], options);
  // Loaded with the page: WeChat shows the subscription request only when it is made in the tap itself.
  const templates = useResource(() => api.call(activitiesApi.subscription), [], options);
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={activity} rows={1}>
        {(data) => <SignupForm id={id} activity={data} templates={templates.data} />}
      </ResourceState>
    </PageShell>
  );
}

function SignupForm({ id, activity, templates }: { id: number; activity: ActivityDetail; templates: ActivitySubscription | undefined }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<SignupResult | null>(null);

  const submit = async () => {
    if (busy) return;
    const check = checkExtraValues(activity.extraFields, values);
    if (!check.ok) {
      setErrors(Object.fromEntries(check.issues.map((i) => [i.path.replace(/^extra\./, ''), i.message])));
      return;
    }
    // Before any await, or WeChat refuses; not awaited, so signing up never waits on the answer.
    if (templates) void requestSubscriptions({ waitlist_promoted: templates.waitlistPromoted, activity_reminder: templates.reminder });
    setBusy(true);
    try {
      setDone(await api.call(activitiesApi.signUp, { params: { id }, body: { extra: check.values } }));
    } catch (err) {
      if (err instanceof ApiRequestError && err.issues.length)
        setErrors(Object.fromEntries(err.issues.map((i) => [i.path.replace(/^extra\./, ''), i.message])));
      void Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 });
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <>
        <View className="section card stack signup-done">
          <Text className={`ad-status ad-status--${done.status}`}>
            {done.status === 'confirmed' ? '报名成功' : `已登记候补，第 ${done.waitlistPosition ?? '?'} 位`}
          </Text>
          <Text className="hint">{done.message}</Text>
          <Text className="muted">
            {activity.title} · {timeRange(activity)}
          </Text>
        </View>
        <View className="ad-actions">
          {done.status === 'confirmed' && (
            <Button type="primary" block onClick={() => go('activityTicket', { id: done.id })}>
              查看电子票
            </Button>
          )}
          <Button block onClick={() => go('myRegistrations')}>
            我的报名
          </Button>
        </View>
      </>
    );
  }

  return (
    <>
      <View className="section card">
        <Text className="ad-title">{activity.title}</Text>
        <Text className="muted">
          {timeRange(activity)} · {activity.online ? '线上参加' : activity.place}
        </Text>
      </View>
      {activity.extraFields.length > 0 && (
        <View className="section card">
          <ExtraFieldsForm
            fields={activity.extraFields}
            values={values}
            errors={errors}
            onChange={(key, value) => {
              setValues((v) => ({ ...v, [key]: value }));
              setErrors((e) => ({ ...e, [key]: undefined }));
            }}
          />
          <Text className="muted">信息仅用于本次报名和证书办理。</Text>
        </View>
      )}
      <View className="ad-actions">
        <Text className="hint">
          {activity.phase === 'waitlist' ? '名额已满：提交后进入候补，有人取消时按顺序递补。' : '名额有限，先报先得。'}
          提交时会请求一次“候补递补”和“活动前一天提醒”的微信通知，不同意也不影响报名，消息会在“我的消息”里。
        </Text>
        <Button type="primary" block loading={busy} disabled={busy} className="signup-submit" onClick={() => void submit()}>
          {activity.phase === 'waitlist' ? '提交候补' : '提交报名'}
        </Button>
      </View>
    </>
  );
}
