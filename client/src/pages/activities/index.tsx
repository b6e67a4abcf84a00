import { Text, View } from '@tarojs/components';
import {
  ACTIVITY_LIST_STATES,
  ACTIVITY_LIST_STATE_LABELS,
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_LABELS,
  activitiesApi,
} from '@wuxie/shared/activities';
import type { ActivityListState, ActivitySummary, ActivityType } from '@wuxie/shared/activities';
import { hasRole } from '@wuxie/shared/auth';
import { useState } from 'react';
import { api } from '@/api';
import ActivityCard from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { usePagedList } from '@/hooks/use-paged-list';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button } from '@/ui';
import './index.css';

/** 活动: trainings, exams and activities, filtered by type and by where sign-up stands. */
export default function ActivitiesPage() {
  const session = useSession();
  const [type, setType] = useState<ActivityType | null>(null);
  const [state, setState] = useState<ActivityListState>('upcoming');
  const list = usePagedList<ActivitySummary>(
    async (cursor) => {
      const page = await api.call(activitiesApi.listActivities, {
        query: { type: type ?? undefined, state, cursor: cursor ?? undefined, limit: 20 },
      });
      return { items: page.items, next: page.nextCursor };
    },
    [type, state],
  );
  const roles = session?.user.roles ?? [];
  return (
    <PageShell>
      <View className="section card activity-filters">
        <View className="activity-filter-row">
          <Text className={`activity-filter ${type === null ? 'activity-filter--on' : ''}`} onClick={() => setType(null)}>
            全部类型
          </Text>
          {ACTIVITY_TYPES.map((t) => (
            <Text key={t} className={`activity-filter ${type === t ? 'activity-filter--on' : ''}`} onClick={() => setType(t)}>
              {ACTIVITY_TYPE_LABELS[t]}
            </Text>
          ))}
        </View>
        <View className="activity-filter-row">
          {ACTIVITY_LIST_STATES.map((s) => (
            <Text key={s} className={`activity-filter ${state === s ? 'activity-filter--on' : ''}`} onClick={() => setState(s)}>
              {s === 'upcoming' ? '未结束' : ACTIVITY_LIST_STATE_LABELS[s]}
            </Text>
          ))}
        </View>
      </View>
      {session && (
        <View className="section activity-tools">
          <Button size="small" onClick={() => go('myRegistrations')}>
            我的报名
          </Button>
          {hasRole(roles, 'company_admin') && (
            <Button size="small" onClick={() => go('companyRegistrations')}>
              本单位报名
            </Button>
          )}
          {hasRole(roles, 'staff') && (
            <Button size="small" type="primary" className="activity-tools__manage" onClick={() => go('activityManage')}>
              活动管理与签到
            </Button>
          )}
        </View>
      )}
      <PagedListView
        list={list}
        empty={{
          title: '暂无活动',
          description: state === 'upcoming' ? '协会发布新的培训、考试或活动后会显示在这里，下拉可刷新' : '换个筛选条件看看',
        }}
        renderItem={(item) => <ActivityCard key={item.id} item={item} />}
      />
    </PageShell>
  );
}
