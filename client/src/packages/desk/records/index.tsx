import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DESK_RECORD_LABELS,
  DESK_RECORD_NUMERATORS,
  DESK_RECORD_TABS,
  DESK_RECORD_UNITS,
  type DeskRecord,
  type DeskRecordKind,
  type DeskRecordList,
  deskApi,
  deskRecordsQuerySchema,
} from '@wuxie/shared/desk';
import { useEffect, useState } from 'react';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import PagedListView from '@/components/PagedListView';
import { RouteState } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { PERIOD_PARAMS, beijingToday, choiceFromParams, choiceQuery } from '../lib/period';
import './index.css';

const PAGE = 50;

// A figure's list: the period, which records, and for a company's participants the company. Without a kind: 调研 (surveys).
const RECORDS_PARAMS = PERIOD_PARAMS.extend({
  kind: deskRecordsQuerySchema.shape.kind.optional(),
  companyId: deskRecordsQuerySchema.shape.companyId,
});

function RecordRow({ item, marked }: { item: DeskRecord; marked: string | undefined }) {
  return (
    <View className={`card desk-records__item ${item.counted ? 'desk-records__item--counted' : ''}`} data-record-id={item.id}>
      <View className="desk-records__head">
        <Text className="desk-records__title">{item.title}</Text>
        {marked && item.counted !== null && (
          <Text className={`chip ${item.counted ? '' : 'desk-records__chip--no'}`}>{item.counted ? marked : `不计入${marked}`}</Text>
        )}
      </View>
      <Text className="muted">{[item.date, item.detail].filter(Boolean).join('　')}</Text>
    </View>
  );
}

/**
 * The rows behind a desk figure that no other page lists: surveys and suggestions (调研与建议),
 * and, opened from a figure, the people and companies who checked in, exam attempts, first-time
 * passes, correspondents, follow-up visits and complaints handled late. Paged; the total on top is
 * the figure.
 */
export default function DeskRecordsPage() {
  const access = useRouteGuard('deskRecords');
  const route = useRouteParams(RECORDS_PARAMS);
  const link = route.ok ? route.params : undefined;
  const query = choiceQuery(choiceFromParams(link ?? {}, beijingToday(new Date())));
  const companyId = link?.companyId;
  const [kind, setKind] = useState<DeskRecordKind>(() => link?.kind ?? 'surveys');
  const [head, setHead] = useState<Omit<DeskRecordList, 'items'> | null>(null);
  const list = usePagedList<DeskRecord>(
    async (cursor) => {
      if (access !== 'allow' || !route.ok) return { items: [], next: null };
      const page = await api.call(deskApi.records, {
        query: { ...query, kind, companyId, offset: cursor ? Number(cursor) : 0, limit: PAGE },
      });
      setHead(page);
      return { items: page.items, next: page.nextOffset === null ? null : String(page.nextOffset) };
    },
    [access, route.ok, kind, JSON.stringify(query), companyId],
  );
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: DESK_RECORD_TABS.includes(kind) ? '调研与建议' : DESK_RECORD_LABELS[kind] });
  }, [kind]);

  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="deskRecords" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  const unit = DESK_RECORD_UNITS[kind];
  const marked = DESK_RECORD_NUMERATORS[kind];
  return (
    <PageShell>
      {DESK_RECORD_TABS.includes(kind) && (
        <View className="desk-records__tabs">
          {DESK_RECORD_TABS.map((k) => (
            <Text key={k} className={`desk-records__tab ${k === kind ? 'desk-records__tab--on' : ''}`} onClick={() => setKind(k)}>
              {DESK_RECORD_LABELS[k]}
            </Text>
          ))}
        </View>
      )}
      {head && head.kind === kind && (
        <View className="section card link-filter">
          <Text className="link-filter__what">
            {head.period.label}（{head.period.from} 至 {head.period.to}）{head.company ? `${head.company.name}的` : ''}
            {DESK_RECORD_LABELS[kind]}
          </Text>
          <Text className="link-filter__total">
            共 {head.total} {unit}
          </Text>
          {marked && head.numerator !== null && (
            <Text className="muted desk-records__numerator">
              其中{marked} {head.numerator} {unit}
            </Text>
          )}
        </View>
      )}
      <PagedListView
        list={list}
        empty={{ title: '本期没有记录' }}
        renderItem={(item) => <RecordRow key={item.id} item={item} marked={marked} />}
      />
    </PageShell>
  );
}
