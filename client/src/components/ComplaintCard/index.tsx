import { Text, View } from '@tarojs/components';
import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  OVERDUE_LABELS,
  SATISFACTION_LABELS,
  type ComplaintSummary,
} from '@wuxie/shared/complaints';
import { go } from '@/lib/nav';
import './index.css';

/** Beijing wall-clock "MM-DD HH:mm" of an ISO time. */
export function shortTime(iso: string | null): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(5, 16).replace('T', ' ');
}

/** One complaint in a list: number, state, overdue flag, where and when. */
export default function ComplaintCard({ item, showResident = false }: { item: ComplaintSummary; showResident?: boolean }) {
  return (
    <View className="card complaint-card" data-complaint-id={item.id} onClick={() => go('complaintDetail', { id: item.id })}>
      <View className="complaint-card__head">
        <Text className="complaint-card__title">{item.title}</Text>
        <Text className={`complaint-status complaint-status--${item.status}`}>{COMPLAINT_STATUS_LABELS[item.status]}</Text>
      </View>
      <View className="row complaint-card__meta">
        <Text className="chip">{COMPLAINT_CATEGORY_LABELS[item.category]}</Text>
        {item.overdue && <Text className="chip chip--warn">{OVERDUE_LABELS[item.overdue]}</Text>}
        {item.reopenCount > 0 && <Text className="chip chip--grey">重办 {item.reopenCount} 次</Text>}
        {item.satisfaction && <Text className="chip chip--grey">{SATISFACTION_LABELS[item.satisfaction]}</Text>}
      </View>
      <Text className="muted">
        {item.number} · {item.communityName}
        {showResident ? ` · ${item.anonymous && !item.residentName ? '匿名' : (item.residentName ?? '')}` : ''}
      </Text>
      <Text className="muted">
        提交 {shortTime(item.createdAt)}
        {item.companyName ? ` · ${item.companyName}` : ''}
      </Text>
    </View>
  );
}
