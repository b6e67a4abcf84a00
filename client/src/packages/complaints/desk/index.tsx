import { Text, View } from '@tarojs/components';
import { complaintsApi } from '@wuxie/shared/complaints';
import { useState } from 'react';
import { api } from '@/api';
import ComplaintCard from '@/components/ComplaintCard';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { EmptyState, ListSkeleton } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import '../components/desks.css';

const TABS = [
  { key: 'todo', label: '待办（超时在前）' },
  { key: 'all', label: '全部' },
] as const;

/** The company's desk: complaints routed to it, the ones owing a reply first and most overdue on top. */
export default function CompanyDeskPage() {
  const access = useRouteGuard('complaintDesk');
  const [tab, setTab] = useState<'todo' | 'all'>('todo');
  const list = usePagedList(
    async (cursor) => {
      if (access !== 'allow') return { items: [], next: null };
      const page = await api.call(complaintsApi.listDesk, { query: { tab, cursor: cursor ?? undefined } });
      return { items: page.items, next: page.nextCursor };
    },
    [tab, access],
    { reloadOnShow: true },
  );
  if (access === 'forbidden') {
    return (
      <PageShell>
        <EmptyState
          title="只有企业管理员可以查看"
          description="本单位投诉只对会员单位的管理员开放"
          action={{ text: '返回', onClick: () => go('complaints') }}
        />
      </PageShell>
    );
  }
  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton rows={3} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="desk-tabs">
        {TABS.map((t) => (
          <Text key={t.key} className={`desk-tab ${tab === t.key ? 'desk-tab--on' : ''}`} onClick={() => setTab(t.key)}>
            {t.label}
          </Text>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={{
          title: tab === 'todo' ? '没有待办的投诉' : '还没有派给本单位的投诉',
          description: '协会派单后会出现在这里，请在 3 个工作日内回复',
        }}
        renderItem={(item) => <ComplaintCard key={item.id} item={item} showResident />}
      />
    </PageShell>
  );
}
