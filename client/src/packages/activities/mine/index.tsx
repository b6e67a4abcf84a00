import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { activitiesApi, type MyRegistrationItem } from '@wuxie/shared/activities';
import { api } from '@/api';
import { timeRange } from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { ListSkeleton } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import RegistrationBox from '../components/RegistrationBox';
import '../activities.css';

/** 我的报名: every registration with its state, the ticket for seats, results and certificates. */
export default function MyRegistrationsPage() {
  const access = useRouteGuard('myRegistrations');
  const list = usePagedList<MyRegistrationItem>(
    async () => ({
      items: access === 'allow' ? (await api.call(activitiesApi.myRegistrations, { query: { only: 'all' } })).items : [],
      next: null,
    }),
    [access],
  );
  useDidShow(() => {
    if (access === 'allow' && list.status === 'ready') void list.reload();
  });
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
          title: '还没有报名记录',
          description: '报名的培训、考试和活动会显示在这里，签到时出示电子票',
          action: { text: '去看看活动', onClick: () => go('activities') },
        }}
        renderItem={(item) => (
          <View key={item.registration.id} className="card stack" style={{ gap: '6px' }}>
            <Text className="activity-card__title" onClick={() => go('activityDetail', { id: item.activity.id })}>
              {item.activity.title}
            </Text>
            <Text className="muted">
              {timeRange(item.activity)} · {item.activity.online ? '线上参加' : item.activity.place}
              {item.activity.status === 'cancelled' ? ' · 活动已取消' : ''}
            </Text>
            <RegistrationBox activity={item.activity} registration={item.registration} onChanged={() => void list.reload()} />
          </View>
        )}
      />
    </PageShell>
  );
}
