import { Text, View } from '@tarojs/components';
import {
  EXAM_RESULT_LABELS,
  REGISTRATION_STATUS_LABELS,
  activitiesApi,
  formatChinaDateTime,
  type CompanyRegistrationList,
} from '@wuxie/shared/activities';
import { api } from '@/api';
import { timeRange } from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { EmptyState, ListSkeleton } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import '../activities.css';

type Item = CompanyRegistrationList['items'][number];

/** 本单位报名 (company admin): the company's people in every activity, with state, check-in and result. */
export default function CompanyRegistrationsPage() {
  const access = useRouteGuard('companyRegistrations');
  const list = usePagedList<Item>(
    async () => ({ items: access === 'allow' ? (await api.call(activitiesApi.companyRegistrations)).items : [], next: null }),
    [access],
  );
  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState title="没有权限" description="只有单位管理员可以查看本单位的报名" />
      </PageShell>
    );
  // 'login': the guard is on its way to the login page.
  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton />
      </PageShell>
    );
  return (
    <PageShell>
      <PagedListView
        list={list}
        empty={{
          title: '本单位还没有人报名',
          description: '在活动详情页可以一次为多名员工报名',
          action: { text: '去看看活动', onClick: () => go('activities') },
        }}
        renderItem={({ activity: a, entry: e }) => (
          <View key={e.id} className="card roster-item" onClick={() => go('activityDetail', { id: a.id })}>
            <View className="roster-item__head">
              <Text className="roster-item__name">{e.name}</Text>
              <Text className="muted">
                {REGISTRATION_STATUS_LABELS[e.status]}
                {e.waitlistPosition !== null ? ` 第 ${e.waitlistPosition} 位` : ''}
              </Text>
            </View>
            <Text className="muted">{a.title}</Text>
            <Text className="muted">{timeRange(a)}</Text>
            <Text className="muted">
              {e.checkedInAt ? `已签到 ${formatChinaDateTime(new Date(e.checkedInAt))}` : '未签到'}
              {e.registeredByName ? ` · ${e.registeredByName}代报名` : ''}
              {e.result ? ` · ${EXAM_RESULT_LABELS[e.result]}${e.certificateNo ? `（${e.certificateNo}）` : ''}` : ''}
            </Text>
          </View>
        )}
      />
    </PageShell>
  );
}
