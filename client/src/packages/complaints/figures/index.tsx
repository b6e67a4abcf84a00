import { Picker, Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS, chinaDate, complaintsApi, type Ratio } from '@wuxie/shared/complaints';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { EmptyState, ListSkeleton, ResourceState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import '../components/desks.css';

/** A rate always with what it is out of, e.g. "98.0%（49/50）". */
export function rateText(r: Ratio): string {
  if (r.rate === null) return `—（0/${r.denominator}）`;
  return `${(r.rate * 100).toFixed(1)}%（${r.numerator}/${r.denominator}）`;
}

function Fig({ label, value }: { label: string; value: string | number }) {
  return (
    <View className="fig">
      <Text className="fig__value">{value}</Text>
      <Text className="fig__label">{label}</Text>
    </View>
  );
}

const hours = (h: number | null) => (h === null ? '—' : `${h} 小时`);

/** 投诉统计: the period's figures, the company scorecard and the categories. */
export default function FiguresPage() {
  const access = useRouteGuard('complaintFigures');
  const today = chinaDate(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  // A picked date is the period at once; the figures do not change while the page is hidden.
  const figures = useResource(() => api.call(complaintsApi.figures, { query: { from, to } }), [from, to], {
    enabled: access === 'allow',
    reloadOnShow: false,
  });

  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState title="只有协会工作人员可以查看" action={{ text: '返回', onClick: () => go('complaints') }} />
      </PageShell>
    );
  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton rows={2} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="section card ledger-filters__row">
        <Text className="muted">统计期间</Text>
        <Picker mode="date" value={from} onChange={(e) => setFrom(e.detail.value)}>
          <Text className="ledger-filters__pick">{from}</Text>
        </Picker>
        <Text className="muted">至</Text>
        <Picker mode="date" value={to} onChange={(e) => setTo(e.detail.value)}>
          <Text className="ledger-filters__pick">{to}</Text>
        </Picker>
      </View>
      <ResourceState resource={figures} rows={2}>
        {(f) => (
          <>
            <View className="section fig-grid">
              <Fig label="收到投诉" value={f.received} />
              <Fig label="受理" value={f.accepted} />
              <Fig label="不予受理" value={f.rejected} />
              <Fig label="办结" value={f.closed} />
              <Fig label="超时" value={f.overdue} />
              <Fig label="平均回复用时" value={hours(f.avgReplyHours)} />
            </View>
            <View className="section fig-grid">
              <Fig label="回访满意度（满意+基本满意）/已回访" value={rateText(f.satisfaction)} />
              <Fig label="重办率（重办/已回复）" value={rateText(f.reopenRate)} />
            </View>
            <Text className="section-title">企业记分卡</Text>
            <View className="section card fig-table">
              <View className="fig-table__row fig-table__row--head">
                <Text className="fig-table__name">物业企业</Text>
                <Text className="fig-table__num">收到</Text>
                <Text className="fig-table__num">办结</Text>
                <Text className="fig-table__num">超时</Text>
                <Text className="fig-table__num">回复用时</Text>
                <Text className="fig-table__num">满意度</Text>
              </View>
              {f.byCompany.map((c) => (
                <View key={c.companyId} className="fig-table__row">
                  <Text className="fig-table__name">{c.companyName}</Text>
                  <Text className="fig-table__num">{c.received}</Text>
                  <Text className="fig-table__num">{c.closed}</Text>
                  <Text className="fig-table__num">{c.overdue}</Text>
                  <Text className="fig-table__num">{hours(c.avgReplyHours)}</Text>
                  <Text className="fig-table__num">{rateText(c.satisfaction)}</Text>
                </View>
              ))}
              {f.byCompany.length === 0 && <Text className="muted">这段时间没有投诉</Text>}
            </View>
            <Text className="section-title">按类别</Text>
            <View className="section card fig-table">
              {f.byCategory.map((c) => (
                <View key={c.category} className="fig-table__row">
                  <Text className="fig-table__name">{COMPLAINT_CATEGORY_LABELS[c.category]}</Text>
                  <Text className="fig-table__num">{c.received} 件</Text>
                  <Text className="fig-table__num">办结 {c.closed}</Text>
                  <Text className="fig-table__num">{rateText(c.satisfaction)}</Text>
                </View>
              ))}
            </View>
          </>
        )}
      </ResourceState>
    </PageShell>
  );
}
