import { Text, View } from '@tarojs/components';
import { membersApi, type CommunityRow } from '@wuxie/shared/members';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import PagedListView from '@/components/PagedListView';
import { RouteState } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import { Button, Input } from '@/ui';
import '../members.css';

// From a company's page: only the communities it manages; without companyId, all of them.
const COMMUNITIES_PARAMS = z.object({ companyId: membersApi.listCommunities.query.shape.companyId });

/** 小区管理 (staff): search, filter by managing company (from a company's page), add and edit. */
export default function CommunitiesPage() {
  const access = useRouteGuard('memberCommunities');
  const route = useRouteParams(COMMUNITIES_PARAMS);
  const companyId = route.ok ? route.params.companyId : undefined;
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const list = usePagedList<CommunityRow>(
    async (cursor) => {
      if (access !== 'allow' || !route.ok) return { items: [], next: null };
      const page = await api.call(membersApi.listCommunities, {
        query: { q: query || undefined, companyId, cursor: cursor ? Number(cursor) : undefined },
      });
      return { items: page.items, next: page.nextCursor === null ? null : String(page.nextCursor) };
    },
    [query, companyId, access, route.ok],
  );
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberCommunities" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="section card mb-filters">
        <View className="mb-toolbar">
          <Button size="small" type="primary" onClick={() => go('memberCommunityEdit', { companyId })}>
            新增小区
          </Button>
          <Button size="small" onClick={() => go('memberImport')}>
            Excel 导入
          </Button>
        </View>
        <Input name="q" className="mb-input" placeholder="按小区名称搜索" value={q} onChange={setQ} onConfirm={() => setQuery(q.trim())} />
        {companyId && <Text className="muted">只看这家单位管理的小区</Text>}
      </View>
      <PagedListView
        list={list}
        empty={{ title: '没有小区', description: '可以逐个新增，或用 Excel 批量导入' }}
        renderItem={(c) => (
          <View key={c.id} className="card mb-card" onClick={() => go('memberCommunityEdit', { id: c.id })}>
            <Text className="mb-card__name">{c.name}</Text>
            <Text className="muted">{[c.district, c.address].filter(Boolean).join(' · ')}</Text>
            <Text className="muted">管理单位：{c.company?.name ?? '无'}</Text>
          </View>
        )}
      />
    </PageShell>
  );
}
