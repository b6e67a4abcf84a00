import { RichText, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  ACTIVITY_PHASE_LABELS,
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TRANSITIONS,
  ACTIVITY_TYPE_LABELS,
  AUDIENCE_LABELS,
  CANCEL_RULE_LABELS,
  activitiesApi,
  formatChinaDateTime,
  type ActivityDetail,
} from '@wuxie/shared/activities';
import { hasRole } from '@wuxie/shared/auth';
import { useState } from 'react';
import { api } from '@/api';
import { seatsText, timeRange } from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteParams } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button, Input, Kv } from '@/ui';
import { confirm, toastError } from '@/ui/feedback';
import RegistrationBox from '../components/RegistrationBox';
import '../activities.css';

/** 活动详情: when and where, seats left, who may sign up, my registration, and staff actions. */
export default function ActivityDetailPage() {
  const route = useRouteParams(activitiesApi.getActivity.params);
  const id = route.ok ? route.params.id : 0;
  const detail = useResource(() => api.call(activitiesApi.getActivity, { params: { id } }), [id], { enabled: route.ok });
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={detail} rows={2}>
        {(data) => <ActivityDetailView id={id} detail={data} reload={detail.reload} />}
      </ResourceState>
    </PageShell>
  );
}

function ActivityDetailView({ id, detail, reload }: { id: number; detail: ActivityDetail; reload: () => Promise<void> }) {
  const session = useSession();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const roles = session?.user.roles ?? [];
  const staff = hasRole(roles, 'staff');
  const mine = detail.myRegistration;
  const active = mine && mine.status !== 'cancelled';

  const staffAction = async (what: 'publish' | 'finish' | 'cancel') => {
    try {
      if (what === 'cancel') {
        if (!(await confirm('取消活动', `将通知所有报名和候补的人，原因：${reason || '（未填写）'}`, '取消活动'))) return;
        const { notified } = await api.call(activitiesApi.cancelActivity, { params: { id }, body: { reason } });
        setCancelling(false);
        void Taro.showToast({ title: `已取消，已通知 ${notified} 人`, icon: 'none' });
      } else {
        if (
          !(await confirm(
            what === 'publish' ? '发布活动' : '结束活动',
            what === 'publish' ? '发布后所有人可以看到并报名。' : '结束后不能再报名和签到。',
          ))
        )
          return;
        await api.call(what === 'publish' ? activitiesApi.publishActivity : activitiesApi.finishActivity, { params: { id } });
      }
      await reload();
    } catch (err) {
      toastError(err);
    }
  };

  return (
    <>
      <View className="section card">
        <Text className="ad-title">{detail.title}</Text>
        <View className="row">
          <Text className="chip">{ACTIVITY_TYPE_LABELS[detail.type]}</Text>
          <Text className={`activity-phase activity-phase--${detail.phase}`}>{ACTIVITY_PHASE_LABELS[detail.phase]}</Text>
        </View>
        <View style={{ marginTop: '8px' }}>
          <Kv k="时间" v={timeRange(detail)} />
          <Kv k="地点" v={detail.online ? '线上参加' : detail.place} />
          {detail.online && <Kv k="参加链接" v={detail.onlineUrl ?? '报名成功后显示'} />}
          <Kv
            k="名额"
            v={
              detail.status === 'published'
                ? `${seatsText(detail)}${detail.waitlistCount ? `，${detail.waitlistCount} 人候补` : ''}`
                : `${detail.capacity} 人`
            }
          />
          <Kv
            k="报名时间"
            v={`${formatChinaDateTime(new Date(detail.signupStartAt))} – ${formatChinaDateTime(new Date(detail.signupEndAt))}`}
          />
          <Kv k="报名对象" v={AUDIENCE_LABELS[detail.audience]} />
          <Kv k="取消规则" v={CANCEL_RULE_LABELS[detail.cancelRule]} />
          <Kv k="需填写" v={detail.extraFields.map((f) => f.label).join('、')} />
          {staff && <Kv k="状态" v={ACTIVITY_STATUS_LABELS[detail.status]} />}
        </View>
      </View>

      {mine && (
        <View className="section card">
          <RegistrationBox activity={detail} registration={mine} onChanged={() => void reload()} />
        </View>
      )}

      <View className="ad-actions">
        {!active && detail.signup.allowed && (
          <Button type="primary" block className="ad-signup" onClick={() => go('activitySignup', { id })}>
            {detail.phase === 'waitlist' ? '名额已满，排候补' : '我要报名'}
          </Button>
        )}
        {!active && !detail.signup.allowed && detail.signup.message && <Text className="hint ad-refusal">{detail.signup.message}</Text>}
        {!session && (detail.phase === 'open' || detail.phase === 'waitlist') && (
          <Button type="primary" block onClick={() => go('login')}>
            登录后报名
          </Button>
        )}
        {hasRole(roles, 'company_admin') && detail.status === 'published' && (
          <Button block onClick={() => go('activityCompany', { id })}>
            为本单位员工报名
          </Button>
        )}
      </View>

      {staff && (
        <View className="section card">
          <Text className="muted">协会工作人员</Text>
          <View className="ad-row-actions">
            {detail.status !== 'cancelled' && detail.status !== 'finished' && (
              <Button size="small" onClick={() => go('activityEdit', { id })}>
                编辑
              </Button>
            )}
            {ACTIVITY_TRANSITIONS[detail.status].includes('published') && (
              <Button size="small" type="primary" className="ad-publish" onClick={() => void staffAction('publish')}>
                发布
              </Button>
            )}
            <Button size="small" className="ad-checkin" onClick={() => go('activityCheckIn', { id })}>
              签到
            </Button>
            <Button size="small" className="ad-roster" onClick={() => go('activityRoster', { id })}>
              名单与成绩
            </Button>
            {ACTIVITY_TRANSITIONS[detail.status].includes('finished') && (
              <Button size="small" onClick={() => void staffAction('finish')}>
                结束
              </Button>
            )}
            {ACTIVITY_TRANSITIONS[detail.status].includes('cancelled') && (
              <Button size="small" onClick={() => setCancelling(true)}>
                取消活动
              </Button>
            )}
          </View>
          {cancelling && (
            <View className="ad-field">
              <Text className="ad-label ad-label--required">取消原因（会告诉所有报名的人）</Text>
              <Input
                className="ad-input"
                value={reason}
                maxLength={100}
                placeholder="如：因天气原因改期举办"
                onChange={(v) => setReason(v)}
              />
              <Button size="small" type="primary" onClick={() => void staffAction('cancel')}>
                确认取消活动
              </Button>
            </View>
          )}
        </View>
      )}

      {detail.description && (
        <View className="section card">
          <Text className="section-title" style={{ margin: '0 0 8px' }}>
            活动介绍
          </Text>
          <RichText className="ad-desc" nodes={detail.description} />
        </View>
      )}
    </>
  );
}
