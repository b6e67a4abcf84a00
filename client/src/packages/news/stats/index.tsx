import { Picker, Text, View } from '@tarojs/components';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS, newsApi, type NewsStats } from '@wuxie/shared/news';
import { useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { beijingDate } from '@/lib/news';
import './index.css';

/** Months of the period that have figures, with the count per category (0 where none). */
function monthRows(stats: NewsStats) {
  const months = [...new Set(stats.byCategoryMonth.map((r) => r.month))].sort();
  return months.map((month) => ({
    month,
    counts: ARTICLE_CATEGORIES.map((c) => stats.byCategoryMonth.find((r) => r.month === month && r.category === c)?.count ?? 0),
  }));
}

/** The figures of one period: the month-by-category table and the correspondents' ranking. */
function StatsTables({ stats }: { stats: NewsStats }) {
  const rows = monthRows(stats);
  return (
    <>
      <Text className="section-title">各栏目每月发布数</Text>
      <View className="card section stats-table-wrap">
        {rows.length === 0 ? (
          <Text className="muted">这段时间没有发布文章</Text>
        ) : (
          <View className="stats-table">
            <View className="stats-row stats-row--head">
              <Text className="stats-cell stats-cell--month">月份</Text>
              {ARTICLE_CATEGORIES.map((c) => (
                <Text key={c} className="stats-cell">
                  {ARTICLE_CATEGORY_LABELS[c]}
                </Text>
              ))}
              <Text className="stats-cell">合计</Text>
            </View>
            {rows.map((r) => (
              <View key={r.month} className="stats-row">
                <Text className="stats-cell stats-cell--month">{r.month}</Text>
                {r.counts.map((n, i) => (
                  <Text key={i} className="stats-cell">
                    {n}
                  </Text>
                ))}
                <Text className="stats-cell stats-cell--total">{r.counts.reduce((a, b) => a + b, 0)}</Text>
              </View>
            ))}
          </View>
        )}
      </View>
      <Text className="section-title">通讯员发稿排名</Text>
      <View className="card section stats-rank">
        {stats.correspondents.length === 0 && <Text className="muted">这段时间没有通讯员发稿</Text>}
        {stats.correspondents.map((c) => (
          <View key={c.userId} className="stats-rank__row">
            <Text className={`stats-rank__no ${c.rank <= 3 ? 'stats-rank__no--top' : ''}`}>{c.rank}</Text>
            <View className="stats-rank__who">
              <Text>{c.name}</Text>
              {c.companyName && <Text className="muted">{c.companyName}</Text>}
            </View>
            <Text className="stats-rank__count">{c.published} 篇</Text>
          </View>
        ))}
      </View>
    </>
  );
}

/** 资讯统计: published articles per category and month, and the correspondents ranked (优秀通讯员 candidates). */
export default function NewsStatsPage() {
  const access = useRouteGuard('newsStats');
  const today = beijingDate(new Date().toISOString());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const stats = useResource(() => api.call(newsApi.newsStats, { query: { from, to } }), [from, to], { enabled: access === 'allow' });

  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="newsStats" access={access} />
      </PageShell>
    );
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2];
  return (
    <PageShell className="news-stats">
      <View className="card section stats-period">
        <Text className="muted">统计期间</Text>
        <Picker mode="date" value={from} end={to} onChange={(e) => setFrom(e.detail.value)}>
          <Text className="stats-period__pick">{from}</Text>
        </Picker>
        <Text className="muted">至</Text>
        <Picker mode="date" value={to} start={from} onChange={(e) => setTo(e.detail.value)}>
          <Text className="stats-period__pick">{to}</Text>
        </Picker>
      </View>
      <View className="section stats-years">
        {years.map((y) => (
          <Text
            key={y}
            className={`stats-year ${from === `${y}-01-01` && to === `${y}-12-31` ? 'stats-year--on' : ''}`}
            onClick={() => {
              setFrom(`${y}-01-01`);
              setTo(`${y}-12-31`);
            }}
          >
            {y}年
          </Text>
        ))}
      </View>
      <ResourceState resource={stats} rows={2}>
        {(data) => <StatsTables stats={data} />}
      </ResourceState>
    </PageShell>
  );
}
