import { Text, View } from '@tarojs/components';
import { formatChinaDate } from '@wuxie/shared/activities';
import { hasRole } from '@wuxie/shared/auth';
import type { CompanyDetail } from '@wuxie/shared/members';
import { COMMENDATION_KIND_LABELS, COMPANY_TYPE_LABELS, MEMBERSHIP_LEVEL_LABELS, membersApi } from '@wuxie/shared/members';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteParams } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import { useSession } from '@/stores';
import { Button, Kv } from '@/ui';
import CompanyAdmins from '../CompanyAdmins';
import '../members.css';

/** Commendations grouped by year, newest first. */
function byYear(items: NonNullable<CompanyDetail['details']>['commendations']) {
  const years = new Map<number, string[]>();
  for (const c of items) years.set(c.year, [...(years.get(c.year) ?? []), c.note || COMMENDATION_KIND_LABELS[c.kind]]);
  return [...years.entries()];
}

/** A member company: the public card for everyone, contact, communities and commendations for logged-in users. */
export default function CompanyPage() {
  const route = useRouteParams(membersApi.getCompany.params);
  const id = route.ok ? route.params.id : 0;
  const company = useResource(() => api.call(membersApi.getCompany, { params: { id } }), [id], { enabled: route.ok });
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={company} rows={3}>
        {(c) => <CompanyView company={c} onChanged={() => void company.reload()} />}
      </ResourceState>
    </PageShell>
  );
}

function CompanyView({ company, onChanged }: { company: CompanyDetail; onChanged: () => void }) {
  const session = useSession();
  const d = company.details;
  const staff = session ? hasRole(session.user.roles, 'staff') : false;
  const ownAdmin = session?.user.company?.id === company.id && session.user.roles.includes('company_admin');
  return (
    <>
      <View className="section card">
        <Text className="mb-title">{company.name}</Text>
        <Kv labelWidth={96} k="会员等级" v={MEMBERSHIP_LEVEL_LABELS[company.level]} />
        <Kv labelWidth={96} k="单位类型" v={COMPANY_TYPE_LABELS[company.type]} />
        <Kv labelWidth={96} k="地址" v={company.address} />
        <Kv labelWidth={96} k="管理小区" v={`${company.communityCount} 个`} />
        {d && (
          <>
            <Kv labelWidth={96} k="信用代码" v={d.creditCode} />
            <Kv labelWidth={96} k="联系人" v={d.contactName} />
            <Kv labelWidth={96} k="联系电话" v={d.contactPhone} />
            <Kv labelWidth={96} k="入会时间" v={formatChinaDate(new Date(d.joinedAt))} />
            {d.workerCount !== null && <Kv labelWidth={96} k="已绑定人员" v={`${d.workerCount} 人`} className="mb-worker-count" />}
          </>
        )}
        {(staff || ownAdmin) && (
          <View className="mb-toolbar section">
            {staff && (
              <Button size="small" type="primary" onClick={() => go('memberCompanyEdit', { id: company.id })}>
                编辑单位
              </Button>
            )}
            {staff && (
              <Button size="small" onClick={() => go('memberCommunities', { companyId: company.id })}>
                管理小区
              </Button>
            )}
            {ownAdmin && (
              <Button size="small" type="primary" className="mb-invitations-link" onClick={() => go('memberInvitations')}>
                邀请码与员工
              </Button>
            )}
          </View>
        )}
      </View>
      {staff && d && <CompanyAdmins companyId={company.id} companyName={company.name} onChanged={onChanged} />}
      {d && d.intro && (
        <View className="section card">
          <Text className="section-title">单位简介</Text>
          <Text className="muted">{d.intro}</Text>
        </View>
      )}
      {d ? (
        <>
          <View className="section card">
            <Text className="section-title">历年表彰</Text>
            {d.commendations.length === 0 && <Text className="muted">暂无表彰记录</Text>}
            {byYear(d.commendations).map(([year, notes]) => (
              <Kv labelWidth={96} key={year} k={`${year} 年`} v={notes.join('、')} />
            ))}
          </View>
          <View className="section card">
            <Text className="section-title">管理的小区（{d.communities.length}）</Text>
            {d.communities.length === 0 && <Text className="muted">暂无</Text>}
            {d.communities.map((c) => (
              <View key={c.id} className="mb-row">
                <View className="mb-row__main">
                  <Text>{c.name}</Text>
                  <Text className="muted">{[c.district, c.address].filter(Boolean).join(' · ')}</Text>
                </View>
              </View>
            ))}
          </View>
        </>
      ) : (
        <View className="section card">
          <Text className="muted">登录后可查看联系人、管理的小区和历年表彰。</Text>
          <View className="mb-toolbar section">
            <Button size="small" type="primary" onClick={() => go('login')}>
              登录
            </Button>
          </View>
        </View>
      )}
    </>
  );
}
