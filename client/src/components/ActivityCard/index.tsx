import { Text, View } from '@tarojs/components';
import { ACTIVITY_PHASE_LABELS, ACTIVITY_TYPE_LABELS, formatChinaDateTime, type ActivitySummary } from '@wuxie/shared/activities';
import { go } from '@/lib/nav';
import './index.css';

/** Seats left, or how the waitlist stands, in words. */
export function seatsText(a: ActivitySummary): string {
  if (a.phase === 'waitlist') return `名额已满（${a.capacity} 人），可排候补`;
  if (a.phase === 'full') return `名额已满（${a.capacity} 人）`;
  return `剩余 ${a.seatsLeft} / ${a.capacity} 个名额`;
}

/** 3月8日 09:00 – 12:00, or two dates when it runs over days. */
export function timeRange(a: Pick<ActivitySummary, 'startAt' | 'endAt'>): string {
  const start = formatChinaDateTime(new Date(a.startAt));
  const end = formatChinaDateTime(new Date(a.endAt));
  return start.split(' ')[0] === end.split(' ')[0] ? `${start} – ${end.split(' ')[1] ?? ''}` : `${start} – ${end}`;
}

/** One activity in a list: type, phase, time, place and seats. */
export default function ActivityCard({ item, onClick }: { item: ActivitySummary; onClick?: () => void }) {
  return (
    <View className="card activity-card" data-activity-id={item.id} onClick={onClick ?? (() => go('activityDetail', { id: item.id }))}>
      <View className="activity-card__head">
        <Text className="activity-card__title">{item.title}</Text>
        <Text className={`activity-phase activity-phase--${item.phase}`}>{ACTIVITY_PHASE_LABELS[item.phase]}</Text>
      </View>
      <View className="row">
        <Text className="chip">{ACTIVITY_TYPE_LABELS[item.type]}</Text>
        {item.audience === 'member_workers' && <Text className="chip chip--grey">限会员单位从业人员</Text>}
      </View>
      <Text className="muted">{timeRange(item)}</Text>
      <Text className="muted">{item.online ? '线上参加' : item.place}</Text>
      {item.status === 'published' && item.phase !== 'ended' && <Text className="activity-card__seats">{seatsText(item)}</Text>}
    </View>
  );
}
