import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { deskApi, type WorkReport } from '@wuxie/shared/desk';
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
import FigureTable from '../dashboard/FigureTable';
import { PERIOD_PARAMS, beijingToday, choiceFromParams, choiceQuery } from '../lib/period';
import '../dashboard/index.css';
import './index.css';

/** 工作报告: the period's report as the Word file will read, each part with the sources of its figures. */
export default function DeskReportPage() {
  const access = useRouteGuard('deskReport');
  // The period the dashboard previews (this year without one).
  const route = useRouteParams(PERIOD_PARAMS);
  const query = choiceQuery(choiceFromParams(route.ok ? route.params : {}, beijingToday(new Date())));
  const workReport = useResource(() => api.call(deskApi.report, { query }), [JSON.stringify(query)], {
    enabled: access === 'allow' && route.ok,
  });
  const [downloading, setDownloading] = useState(false);

  const download = async (shown: WorkReport) => {
    setDownloading(true);
    try {
      await api.download(deskApi.reportDocx, `${shown.title}.docx`, { query });
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
          description="工作报告只对协会工作人员开放"
          action={{ text: '返回工作台', onClick: () => go('desk') }}
        />
      </PageShell>
    );
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="deskReport" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell className="desk-report">
      <ResourceState resource={workReport} rows={4}>
        {(report) => (
          <>
            <View className="card section desk-report__paper">
              <Text className="desk-report__title">{report.title}</Text>
              <Text className="muted desk-report__meta">
                统计期间：{report.period.from} 至 {report.period.to}
              </Text>
              <Text className="desk-report__para">{report.intro}</Text>
              {report.sections.map((s) => (
                <View key={s.key} className="desk-report__section">
                  <Text className="desk-report__heading">{s.heading}</Text>
                  {s.paragraphs.map((p) => (
                    <Text key={p} className="desk-report__para">
                      {p}
                    </Text>
                  ))}
                  <Text className="muted desk-report__sources">本部分数字来源（点按查看列表）</Text>
                  <FigureTable figures={s.figures} />
                </View>
              ))}
              <Text className="muted desk-report__note">{report.note}</Text>
            </View>
            <View className="btn-wrap">
              <Button type="primary" block className="desk-download" loading={downloading} onClick={() => void download(report)}>
                下载 Word 文档
              </Button>
            </View>
            <View className="desk-bottom" />
          </>
        )}
      </ResourceState>
    </PageShell>
  );
}
