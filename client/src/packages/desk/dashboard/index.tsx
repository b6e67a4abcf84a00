import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { deskApi, type DeskFigureKey } from '@wuxie/shared/desk';
import { useState } from 'react';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { EmptyState, ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import { Button } from '@/ui';
import PeriodPicker from '../components/PeriodPicker';
import { PERIOD_PARAMS, beijingToday, choiceFromParams, choiceQuery, type PeriodChoice } from '../lib/period';
import { CompanyCandidates, CorrespondentCandidates } from './Candidates';
import ChartPanel from './ChartPanel';
import FigureCards from './FigureCards';
import FigureTable from './FigureTable';
import Scorecards from './Scorecards';
import './index.css';

const HEADLINE: readonly DeskFigureKey[] = [
  'activities_held',
  'participants',
  'companies',
  'online_trainings',
  'exam_pass_rate',
  'articles_published',
  'complaints_received',
  'complaints_closed',
  'follow_up_satisfaction',
  'complaints_overdue',
];

/** 数据看板: every part's figures for a period, charts and tables, candidates, and the work report. */
export default function DeskDashboardPage() {
  const access = useRouteGuard('deskDashboard');
  // A link may name the period to open on (the picker's own query); without one, this year.
  const route = useRouteParams(PERIOD_PARAMS);
  const today = beijingToday(new Date());
  const [choice, setChoice] = useState<PeriodChoice>(() => choiceFromParams(route.ok ? route.params : {}, today));
  const [downloading, setDownloading] = useState(false);
  const query = choiceQuery(choice);
  const dashboard = useResource(() => api.call(deskApi.dashboard, { query }), [JSON.stringify(query)], {
    enabled: access === 'allow' && route.ok,
  });

  const download = async () => {
    setDownloading(true);
    try {
      await api.download(deskApi.reportDocx, `工作报告-${dashboard.data?.period.label ?? choice.year}.docx`, { query });
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setDownloading(false);
    }
  };

  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState
          title="没有权限"
          description="数据看板只对协会工作人员开放"
          action={{ text: '返回工作台', onClick: () => go('desk') }}
        />
      </PageShell>
    );
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="deskDashboard" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell className="desk-dashboard">
      <View className="card section desk-toolbar">
        <PeriodPicker value={choice} today={today} onChange={setChoice} />
        <View className="desk-toolbar__actions">
          <Button
            type="primary"
            size="small"
            className="desk-download"
            loading={downloading}
            disabled={!dashboard.data}
            onClick={() => void download()}
          >
            下载工作报告
          </Button>
          <Button size="small" className="desk-preview" disabled={!dashboard.data} onClick={() => go('deskReport', query)}>
            预览报告
          </Button>
        </View>
      </View>
      <ResourceState resource={dashboard} rows={3}>
        {(data) => (
          <>
            <Text className="section-title desk-period-label">
              {data.period.label}（{data.period.from} 至 {data.period.to}）
            </Text>
            <FigureCards figures={HEADLINE.flatMap((k) => data.figures.filter((f) => f.key === k))} />
            <View className="desk-panels">
              <ChartPanel
                id="chart-activities"
                title="活动按类型"
                unit="场"
                rows={data.activitiesByType.map((r) => ({ label: r.label, value: r.count, link: r.link }))}
              />
              <ChartPanel
                id="chart-articles"
                title="新闻报道按栏目"
                unit="篇"
                color="#2f6fdb"
                rows={data.articlesByCategory.map((r) => ({ label: r.label, value: r.count, link: r.link }))}
              />
              <ChartPanel
                id="chart-complaints"
                title="投诉按类别"
                unit="件"
                color="#e07b00"
                rows={data.complaintsByCategory.map((r) => ({ label: r.label, value: r.received, link: r.link }))}
              />
            </View>
            <Text className="section-title">优秀会员单位候选</Text>
            <View className="card section">
              <Text className="muted desk-note">按期间活动签到人次排序；人次相同的，投诉超时少、回访满意度高的在前。</Text>
              <CompanyCandidates items={data.candidates.companies} />
            </View>
            <Text className="section-title">优秀通讯员候选</Text>
            <View className="card section">
              <Text className="muted desk-note">按期间发表稿件数排序。</Text>
              <CorrespondentCandidates items={data.candidates.correspondents} />
            </View>
            <Text className="section-title">会员单位参与与投诉记分卡</Text>
            <View className="card section">
              <Scorecards cards={data.companies} />
            </View>
            <Text className="section-title">全部数字与来源</Text>
            <View className="card section">
              <FigureTable figures={data.figures} />
            </View>
            <View className="desk-bottom" />
          </>
        )}
      </ResourceState>
    </PageShell>
  );
}
