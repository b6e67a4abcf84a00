import { Text, View } from '@tarojs/components';
import { COMMENDATION_KIND_LABELS, membersApi } from '@wuxie/shared/members';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { EmptyState, ResourceState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import '../members.css';

/** 我的表彰: the person's own commendations (优秀通讯员 …) by year. */
export default function HonorsPage() {
  const access = useRouteGuard('myCommendations');
  const honors = useResource(async () => (await api.call(membersApi.myCommendations)).items, [], { enabled: access === 'allow' });
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="myCommendations" access={access} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={honors} rows={2}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title="还没有表彰记录" description="协会每年评选优秀通讯员等，获评后会显示在这里" />
          ) : (
            <View className="stack section">
              {items.map((c) => (
                <View key={c.id} className="card mb-card">
                  <View className="mb-card__head">
                    <Text className="mb-card__name">
                      {c.year} 年度{COMMENDATION_KIND_LABELS[c.kind]}
                    </Text>
                  </View>
                  {c.note && <Text className="muted">{c.note}</Text>}
                </View>
              ))}
            </View>
          )
        }
      </ResourceState>
    </PageShell>
  );
}
