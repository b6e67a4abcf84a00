import { Text, View } from '@tarojs/components';
import { hasAnyRole, hasRole } from '@wuxie/shared/auth';
import {
  membersApi,
  type CompanyCard,
  COMPANY_TYPES,
  COMPANY_TYPE_LABELS,
  MEMBERSHIP_LEVELS,
  MEMBERSHIP_LEVEL_LABELS,
  type CompanyType,
  type MembershipLevel,
} from '@wuxie/shared/members';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { usePagedList } from '@/hooks/use-paged-list';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button, Input } from '@/ui';
import { Chips } from '../components';
import '../members.css';

function CompanyItem({ c }: { c: CompanyCard }) {
  return (
    <View className="card mb-card" data-company-id={c.id} onClick={() => go('memberCompany', { id: c.id })}>
      <View className="mb-card__head">
        <Text className="mb-card__name">{c.name}</Text>
        <Text className="mb-level">{MEMBERSHIP_LEVEL_LABELS[c.level]}</Text>
      </View>
      <Text className="muted">
        {COMPANY_TYPE_LABELS[c.type]} · 管理小区 {c.communityCount} 个
      </Text>
      {c.address && <Text className="muted">{c.address}</Text>}
    </View>
  );
}

/** 会员单位 directory: anyone can search and filter; staff and company admins get their tools on top. */
export default function DirectoryPage() {
  const session = useSession();
  const roles = session?.user.roles ?? [];
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [type, setType] = useState<CompanyType | null>(null);
  const [level, setLevel] = useState<MembershipLevel | null>(null);
  const list = usePagedList(
    async (cursor) => {
      const page = await api.call(membersApi.listCompanies, {
        query: { q: query || undefined, type: type ?? undefined, level: level ?? undefined, cursor: cursor ?? undefined },
      });
      return { items: page.items, next: page.nextCursor };
    },
    [query, type, level],
  );
  const staff = hasRole(roles, 'staff');
  return (
    <PageShell>
      {session && (
        <View className="section card mb-toolbar">
          {staff && (
            <>
              <Button size="small" type="primary" className="mb-new-company" onClick={() => go('memberCompanyEdit')}>
                新增单位
              </Button>
              <Button size="small" onClick={() => go('memberCommunities')}>
                小区管理
              </Button>
              <Button size="small" onClick={() => go('memberImport')}>
                Excel 导入
              </Button>
              <Button size="small" onClick={() => go('memberCommendations')}>
                表彰登记
              </Button>
            </>
          )}
          {hasAnyRole(roles, ['company_admin']) && (
            <Button size="small" type="primary" onClick={() => go('memberInvitations')}>
              邀请码与员工
            </Button>
          )}
          {!session.user.company && !staff && (
            <Button size="small" onClick={() => go('memberBind')}>
              绑定企业
            </Button>
          )}
          {session.user.company && (
            <Button
              size="small"
              className="mb-own-company"
              onClick={() => session.user.company && go('memberCompany', { id: session.user.company.id })}
            >
              本单位
            </Button>
          )}
        </View>
      )}
      <View className="section card mb-filters">
        <Input
          name="q"
          className="mb-input"
          placeholder="按单位名称搜索"
          value={q}
          onChange={setQ}
          onConfirm={() => setQuery(q.trim())}
          onClear={() => setQuery('')}
          clearable
        />
        <Chips name="type" options={COMPANY_TYPES} labels={COMPANY_TYPE_LABELS} value={type} onChange={setType} allLabel="全部类型" />
        <Chips
          name="level"
          options={MEMBERSHIP_LEVELS}
          labels={MEMBERSHIP_LEVEL_LABELS}
          value={level}
          onChange={setLevel}
          allLabel="全部等级"
        />
      </View>
      <PagedListView
        list={list}
        empty={{ title: query ? '没有找到这个名称的单位' : '还没有会员单位', description: query ? '换个关键字试试' : undefined }}
        renderItem={(c) => <CompanyItem key={c.id} c={c} />}
      />
    </PageShell>
  );
}
