import { Text, View } from '@tarojs/components';
import { activitiesApi, formatChinaDateTime } from '@wuxie/shared/activities';
import { api } from '@/api';
import { ApiRequestError } from '@/api/errors';
import { timeRange } from '@/components/ActivityCard';
import PageShell from '@/components/PageShell';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { useSession } from '@/stores';
import QrImage from '../components/QrImage';
import '../activities.css';

/** 电子票: the signed ticket code as a QR for staff to scan, and as text to read out. */
export default function TicketPage() {
  const access = useRouteGuard('activityTicket');
  // The registration's id (the ticket is one of mine), as the registration endpoints take it.
  const route = useRouteParams(activitiesApi.cancelRegistration.params);
  const id = route.ok ? route.params.id : 0;
  const session = useSession();
  const ticket = useResource(
    async () => {
      const found = (await api.call(activitiesApi.myRegistrations, { query: { only: 'all' } })).items.find((i) => i.registration.id === id);
      if (!found) throw new ApiRequestError('NOT_FOUND', '没有找到这张票', 404);
      return found;
    },
    [id],
    { enabled: access === 'allow' && route.ok },
  );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <ResourceState resource={ticket} rows={1}>
        {({ registration: r, activity: a }) => (
          <View className="section card ticket">
            <Text className="ad-title">{a.title}</Text>
            <Text className="muted">{timeRange(a)}</Text>
            <Text className="muted">{a.online ? '线上参加' : a.place}</Text>
            {r.checkedInAt ? (
              <Text className="ticket__done">已于 {formatChinaDateTime(new Date(r.checkedInAt))} 签到</Text>
            ) : r.ticketCode ? (
              <>
                <QrImage text={r.ticketCode} className="ticket__qr" />
                <Text className="ticket__code" selectable>
                  {r.ticketCode}
                </Text>
                <Text className="hint">入场时请出示二维码；扫不出时把上面的票码念给工作人员。</Text>
              </>
            ) : (
              <Text className="hint">这条报名目前没有电子票（{r.status === 'waitlisted' ? '仍在候补' : '已取消'}）。</Text>
            )}
            <Text className="muted">{session?.user.name}</Text>
          </View>
        )}
      </ResourceState>
    </PageShell>
  );
}
