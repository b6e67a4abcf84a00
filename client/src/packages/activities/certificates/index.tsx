import { Text, View } from '@tarojs/components';
import { activitiesApi, formatChinaDate, type MyRegistrationItem } from '@wuxie/shared/activities';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { ListSkeleton } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import { Button } from '@/ui';
import QrImage from '../components/QrImage';
import '../activities.css';

/** Where the public verification page lives, for the QR on a certificate (H5 origin; the mini-program path in WeChat). */
function verifyLink(no: string): string {
  const path = `packages/activities/verify/index?no=${no}`;
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return `${window.location.origin}/#/${path}`;
  return `/${path}`;
}

/** 我的证书: passed exams with their certificate numbers; anyone can verify them. */
export default function MyCertificatesPage() {
  const access = useRouteGuard('myCertificates');
  const list = usePagedList<MyRegistrationItem>(
    async () => ({
      items: access === 'allow' ? (await api.call(activitiesApi.myRegistrations, { query: { only: 'certificates' } })).items : [],
      next: null,
    }),
    [access],
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
        empty={{ title: '还没有证书', description: '通过职业技能等级认定后，证书会显示在这里，任何人都可以凭编号查验' }}
        renderItem={({ registration: r, activity: a }) => (
          <View key={r.id} className="card ticket certificate-card">
            <Text className="ad-title">{a.title}</Text>
            <Text className="ticket__code">{r.certificateNo}</Text>
            <Text className="muted">
              考试日期 {formatChinaDate(new Date(a.startAt))}
              {r.score !== null ? ` · ${r.score} 分` : ''}
            </Text>
            {r.certificateNo && <QrImage text={verifyLink(r.certificateNo)} className="ticket__qr" />}
            <Button size="small" onClick={() => go('certificateVerify', { no: r.certificateNo ?? undefined })}>
              查验
            </Button>
          </View>
        )}
      />
    </PageShell>
  );
}
