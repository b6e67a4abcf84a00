import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { activitiesApi, ticketCodeSchema, type CheckInResult } from '@wuxie/shared/activities';
import { useState } from 'react';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { Button, Input } from '@/ui';
import '../activities.css';

// From an activity's page: only its tickets; without an id (活动管理's 扫码签到) any activity's.
const CHECK_IN_PARAMS = activitiesApi.getActivity.params.partial();

type Outcome = { kind: 'ok' | 'again'; result: CheckInResult } | { kind: 'bad'; message: string };

/**
 * 签到 (staff, on the phone): scan the ticket QR with the camera (WeChat), or type the code — the
 * only way in H5. A second scan of the same ticket says when it was checked in.
 */
export default function CheckInPage() {
  const access = useRouteGuard('activityCheckIn');
  const route = useRouteParams(CHECK_IN_PARAMS);
  const activityId = route.ok ? route.params.id : undefined;
  const [code, setCode] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState(0);

  // Only the heading: without it the page still checks in, so a failure leaves the generic title.
  const heading = useResource(
    () => (activityId === undefined ? Promise.resolve(null) : api.call(activitiesApi.getActivity, { params: { id: activityId } })),
    [activityId],
    {
      enabled: access === 'allow' && route.ok,
      reloadOnShow: false,
    },
  );
  const activity = heading.data ?? null;

  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="activityCheckIn" access={access} />
      </PageShell>
    );
  // A malformed id must not become "any activity": checking in would then accept other activities' tickets.
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );

  const submit = async (value: string) => {
    const parsed = ticketCodeSchema.safeParse(value);
    if (!parsed.success) {
      setOutcome({ kind: 'bad', message: parsed.error.issues[0]?.message ?? '票码格式不正确' });
      return;
    }
    setBusy(true);
    try {
      const result = await api.call(activitiesApi.checkIn, { body: { code: parsed.data, activityId } });
      setOutcome({ kind: result.alreadyCheckedIn ? 'again' : 'ok', result });
      if (!result.alreadyCheckedIn) setCount((n) => n + 1);
      setCode('');
      void Taro.vibrateShort({ type: 'medium' }).catch(() => undefined);
    } catch (err) {
      setOutcome({ kind: 'bad', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await submit(res.result);
    } catch {
      // Closed the scanner: nothing to do.
    }
  };

  return (
    <PageShell>
      <View className="section card">
        <Text className="ad-title">{activity ? activity.title : '扫码签到'}</Text>
        <Text className="muted">
          {activity ? '只接受本场活动的票；活动开始前 2 小时起可签到。' : '任一活动的票都可签到；活动开始前 2 小时起可签到。'}
        </Text>
        {count > 0 && <Text className="muted">本次已签到 {count} 人</Text>}
      </View>
      {process.env.TARO_ENV === 'weapp' && (
        <View className="ad-actions">
          <Button type="primary" block onClick={() => void scan()}>
            扫描电子票二维码
          </Button>
        </View>
      )}
      <View className="section card">
        <View className="ad-field">
          <Text className="ad-label">输入票码</Text>
          <Input
            name="ticketCode"
            className="ad-input"
            placeholder="如 1024-7KQ2M-X9PDA"
            value={code}
            onChange={(v) => setCode(v.toUpperCase())}
            onConfirm={() => void submit(code)}
          />
        </View>
        <Button
          type={process.env.TARO_ENV === 'weapp' ? 'default' : 'primary'}
          block
          loading={busy}
          disabled={busy}
          className="checkin-submit"
          onClick={() => void submit(code)}
        >
          签到
        </Button>
      </View>
      {outcome && (
        <View className={`section card checkin-result checkin-result--${outcome.kind}`}>
          {outcome.kind === 'bad' ? (
            <>
              <Text className="checkin-result__msg">不能签到</Text>
              <Text className="hint">{outcome.message}</Text>
            </>
          ) : (
            <>
              <Text className="checkin-result__msg">{outcome.result.message}</Text>
              <Text className="ad-title" style={{ margin: 0 }}>
                {outcome.result.name}
              </Text>
              <Text className="muted">{outcome.result.companyName ?? '（无单位）'}</Text>
              <Text className="muted">{outcome.result.activityTitle}</Text>
            </>
          )}
        </View>
      )}
    </PageShell>
  );
}
