import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  EXAM_RESULT_LABELS,
  REGISTRATION_STATUS_LABELS,
  activitiesApi,
  cancelRefusal,
  formatChinaDateTime,
} from '@wuxie/shared/activities';
import type { ActivitySummary, RegistrationView } from '@wuxie/shared/activities';
import { api } from '@/api';
import { go } from '@/lib/nav';
import { Button } from '@/ui';
import { confirm, toastError } from '@/ui/feedback';

/** What a person's registration is, and what they can do with it (ticket, cancel, certificate). */
export default function RegistrationBox({
  activity,
  registration,
  onChanged,
}: {
  activity: ActivitySummary;
  registration: RegistrationView;
  onChanged: () => void;
}) {
  const facts = {
    ...activity,
    startAt: new Date(activity.startAt),
    endAt: new Date(activity.endAt),
    signupStartAt: new Date(activity.signupStartAt),
    signupEndAt: new Date(activity.signupEndAt),
  };
  const refusal = cancelRefusal(
    facts,
    { status: registration.status, checkedInAt: registration.checkedInAt ? new Date(registration.checkedInAt) : null },
    new Date(),
  );
  const cancel = async () => {
    const what = registration.status === 'waitlisted' ? '退出候补后排位不保留。' : '取消后名额会让给候补的人。';
    if (!(await confirm('取消报名', `确定取消「${activity.title}」的报名吗？${what}`, '取消报名'))) return;
    try {
      await api.call(activitiesApi.cancelRegistration, { params: { id: registration.id } });
      void Taro.showToast({ title: '已取消报名', icon: 'none' });
      onChanged();
    } catch (err) {
      toastError(err);
    }
  };
  return (
    <View className="registration-box" data-registration-id={registration.id}>
      <Text className={`ad-status ad-status--${registration.status}`}>
        {REGISTRATION_STATUS_LABELS[registration.status]}
        {registration.status === 'waitlisted' && registration.waitlistPosition !== null
          ? `，候补第 ${registration.waitlistPosition} 位`
          : ''}
      </Text>
      {registration.promotedAt && registration.status === 'confirmed' && (
        <Text className="muted">已由候补转为正式报名（{formatChinaDateTime(new Date(registration.promotedAt))}）</Text>
      )}
      {registration.checkedInAt && <Text className="muted">已于 {formatChinaDateTime(new Date(registration.checkedInAt))} 签到</Text>}
      {registration.result && (
        <Text className="muted">
          考试结果：{EXAM_RESULT_LABELS[registration.result]}
          {registration.score !== null ? `（${registration.score} 分）` : ''}
          {registration.certificateNo ? `，证书编号 ${registration.certificateNo}` : ''}
        </Text>
      )}
      <View className="ad-row-actions">
        {registration.status === 'confirmed' && !registration.checkedInAt && (
          <Button
            size="small"
            type="primary"
            className="registration-box__ticket"
            onClick={() => go('activityTicket', { id: registration.id })}
          >
            电子票
          </Button>
        )}
        {registration.certificateNo && registration.result === 'passed' && (
          <Button size="small" onClick={() => go('certificateVerify', { no: registration.certificateNo ?? undefined })}>
            查验证书
          </Button>
        )}
        {registration.status !== 'cancelled' && refusal === null && (
          <Button size="small" className="registration-box__cancel" onClick={() => void cancel()}>
            {registration.status === 'waitlisted' ? '退出候补' : '取消报名'}
          </Button>
        )}
      </View>
      {registration.status !== 'cancelled' && refusal !== null && !registration.checkedInAt && <Text className="muted">{refusal}</Text>}
    </View>
  );
}
