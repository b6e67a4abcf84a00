import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { ACTIVITY_STATUSES, ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, activitiesApi } from '@wuxie/shared/activities';
import type { ActivityStatus, ActivitySummary, ActivityType } from '@wuxie/shared/activities';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '@/api';
import ActivityCard from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { EmptyState, ListSkeleton, RouteState } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { daysLabel } from '@/lib/link-filters';
import { go } from '@/lib/nav';
import { Button } from '@/ui';
import '../activities.css';

/** The filter a desk figure opens this page with: activities held in a period, maybe of one type. */
interface HeldFilter {
  from?: string;
  to?: string;
  type?: ActivityType;
}

// The list's own filters, as the list endpoint checks them: held=true with from/to/type (a desk figure), or a status tab.
const LIST_QUERY = activitiesApi.listActivities.query.shape;
const MANAGE_PARAMS = z.object({
  held: LIST_QUERY.held,
  from: LIST_QUERY.from,
  to: LIST_QUERY.to,
  type: LIST_QUERY.type,
  status: LIST_QUERY.status,
});

function heldFilterOf(params: z.output<typeof MANAGE_PARAMS>): HeldFilter | null {
  if (!params.held) return null;
  return { from: params.from, to: params.to, type: params.type };
}

/** 活动管理: every activity by status (drafts included), and the way to create, check in and count. */
export default function ManagePage() {
  const access = useRouteGuard('activityManage');
  const route = useRouteParams(MANAGE_PARAMS);
  // Without a filter: the published activities.
  const [held, setHeld] = useState<HeldFilter | null>(() => (route.ok ? heldFilterOf(route.params) : null));
  const [status, setStatus] = useState<ActivityStatus>(() => (route.ok ? route.params.status : undefined) ?? 'published');
  const [total, setTotal] = useState<number | null>(null);
  const list = usePagedList<ActivitySummary>(
    async (cursor) => {
      if (access !== 'allow' || !route.ok) return { items: [], next: null };
      const query = held ? { held: 'true' as const, from: held.from, to: held.to, type: held.type } : { status };
      const page = await api.call(activitiesApi.listActivities, { query: { ...query, cursor: cursor ?? undefined, limit: 20 } });
      setTotal(page.total);
      return { items: page.items, next: page.nextCursor };
    },
    [status, access, route.ok, JSON.stringify(held)],
  );
  useDidShow(() => {
    if (list.status === 'ready') void list.reload();
  });
  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState title="没有权限" description="活动管理只对协会工作人员开放" />
      </PageShell>
    );
  // 'login': the guard is on its way to the login page.
  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  const what = held ? `${daysLabel(held.from, held.to)} 已举办的${held.type ? ACTIVITY_TYPE_LABELS[held.type] : ''}活动` : '';
  return (
    <PageShell>
      <View className="section ad-tools">
        <Button type="primary" size="small" className="manage-new" onClick={() => go('activityEdit')}>
          新建活动
        </Button>
        <Button size="small" onClick={() => go('activityCheckIn')}>
          扫码签到
        </Button>
        <Button size="small" onClick={() => go('activityFigures')}>
          活动统计
        </Button>
        <Button size="small" onClick={() => go('certificateVerify')}>
          证书查验
        </Button>
      </View>
      {held && (
        <View className="section card link-filter">
          <Text className="link-filter__what">{what}（已发布或已结束、已开始）</Text>
          <Text className="link-filter__total">{total === null ? '…' : `共 ${total} 场`}</Text>
          <Text className="link-filter__clear" onClick={() => setHeld(null)}>
            查看全部活动
          </Text>
        </View>
      )}
      <View className="section card ad-chips">
        {ACTIVITY_STATUSES.map((s) => (
          <Text
            key={s}
            className={`ad-chip ${!held && status === s ? 'ad-chip--on' : ''}`}
            onClick={() => {
              setHeld(null);
              setStatus(s);
            }}
          >
            {ACTIVITY_STATUS_LABELS[s]}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={{ title: held ? `${what}：没有记录` : `没有${ACTIVITY_STATUS_LABELS[status]}的活动` }}
        renderItem={(item) => <ActivityCard key={item.id} item={item} />}
      />
    </PageShell>
  );
}
