import { Text, View } from '@tarojs/components';
import { activitiesApi, formatChinaDate } from '@wuxie/shared/activities';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { Button, Input, Kv } from '@/ui';
import '../activities.css';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <View className="figure">
      <Text className="figure__value">{value}</Text>
      <Text className="muted">{label}</Text>
    </View>
  );
}

/** 活动统计 (staff): activities held by type, people and companies that took part, no-shows, pass rate. */
export default function FiguresPage() {
  const access = useRouteGuard('activityFigures');
  const today = formatChinaDate(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [range, setRange] = useState({ from, to });
  const result = useResource(() => api.call(activitiesApi.activityFigures, { query: range }), [range.from, range.to], {
    enabled: access === 'allow',
    reloadOnShow: false,
  });
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="activityFigures" access={access} />
      </PageShell>
    );
  const count = () => {
    const next = { from: from.trim(), to: to.trim() };
    if (next.from === range.from && next.to === range.to) void result.reload();
    else setRange(next);
  };
  return (
    <PageShell>
      <View className="section card row">
        <Input name="from" className="ad-input" style={{ flex: 1 }} value={from} onChange={setFrom} placeholder="YYYY-MM-DD" />
        <Text className="muted">至</Text>
        <Input name="to" className="ad-input" style={{ flex: 1 }} value={to} onChange={setTo} placeholder="YYYY-MM-DD" />
        <Button size="small" type="primary" onClick={count}>
          统计
        </Button>
      </View>
      <ResourceState resource={result} rows={2}>
        {(figures) => (
          <>
            <View className="section card figure-grid">
              <Figure label="举办活动（场）" value={figures.activitiesHeld} />
              <Figure label="参加人数（去重）" value={figures.participants} />
              <Figure label="参加单位（家）" value={figures.companies} />
              <Figure label="缺席率" value={percent(figures.noShowRate)} />
              <Figure label={`考试通过率（${figures.passed}/${figures.sat}）`} value={percent(figures.passRate)} />
              <Figure label="报名成功 / 签到（人次）" value={`${figures.confirmed} / ${figures.checkedIn}`} />
            </View>
            <Text className="section-title">按类型</Text>
            <View className="section card">
              {figures.byType.map((b) => (
                <Kv key={b.type} labelWidth={140} k={b.label} v={`${b.count} 场`} />
              ))}
            </View>
          </>
        )}
      </ResourceState>
    </PageShell>
  );
}
