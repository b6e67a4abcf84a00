import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_STATUS_LABELS,
  complaintsApi,
  type ComplaintCategory,
  type ComplaintStatus,
} from '@wuxie/shared/complaints';
import type { WireInput } from '@wuxie/shared/common';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import ComplaintCard from '@/components/ComplaintCard';
import PageShell from '@/components/PageShell';
import PagedListView from '@/components/PagedListView';
import { EmptyState, ListSkeleton, RouteState } from '@/components/StateView';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { go } from '@/lib/nav';
import { Button, Input, Switch } from '@/ui';
import '../components/desks.css';

/** Triage tabs: the ones with a deadline sort by it (overdue first); the rest newest first. */
const TABS: { status: ComplaintStatus | undefined; label: string }[] = [
  { status: 'submitted', label: '待受理' },
  { status: 'accepted', label: '待派单' },
  { status: 'assigned', label: '办理中' },
  { status: 'reopened', label: '重新办理' },
  { status: 'resolved', label: '待回访' },
  { status: 'mediating', label: '调解中' },
  { status: undefined, label: '全部台账' },
];
const DUE: readonly (ComplaintStatus | undefined)[] = ['submitted', 'accepted', 'assigned', 'reopened'];

// A desk figure's filter (filing days, status, company, category), each checked as the ledger endpoint checks it.
const LEDGER_QUERY = complaintsApi.listLedger.query.shape;
const LINK_PARAMS = z.object({
  from: LEDGER_QUERY.from,
  to: LEDGER_QUERY.to,
  status: LEDGER_QUERY.status,
  category: LEDGER_QUERY.category,
  companyId: LEDGER_QUERY.companyId,
});

/** 投诉受理台账: staff triage by state (overdue first), filters, and the Excel export of what is filtered. */
export default function LedgerPage() {
  const access = useRouteGuard('complaintLedger');
  // A desk figure opens the ledger with its filter (filing days, status, company, category): the whole ledger, not the triage tab.
  const route = useRouteParams(LINK_PARAMS);
  const [link] = useState(() => (route.ok ? route.params : {}));
  const fromDesk = [link.from, link.to, link.status, link.category, link.companyId].some((v) => v !== undefined);
  const [status, setStatus] = useState<ComplaintStatus | undefined>(fromDesk ? link.status : 'submitted');
  const [category, setCategory] = useState<ComplaintCategory | undefined>(link.category);
  const [companyId, setCompanyId] = useState<number | undefined>(link.companyId);
  const [overdue, setOverdue] = useState(false);
  const [from, setFrom] = useState(link.from ?? '');
  const [to, setTo] = useState(link.to ?? '');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [exporting, setExporting] = useState(false);
  const filter: WireInput<typeof complaintsApi.listLedger.query> = {
    status,
    category,
    companyId,
    overdue: overdue ? 'true' : undefined,
    from: from || undefined,
    to: to || undefined,
    q: search || undefined,
    order: DUE.includes(status) ? 'due' : 'newest',
  };
  const key = JSON.stringify(filter);
  const list = usePagedList(
    async (cursor) => {
      if (access !== 'allow' || !route.ok) return { items: [], next: null };
      const page = await api.call(complaintsApi.listLedger, { query: { ...filter, cursor: cursor ?? undefined } });
      return { items: page.items, next: page.nextCursor };
    },
    [key, access, route.ok],
    { reloadOnShow: true },
  );

  const exportExcel = async () => {
    setExporting(true);
    try {
      const { order: _order, ...rest } = filter;
      await api.download(complaintsApi.exportLedger, `投诉台账-${new Date().toISOString().slice(0, 10)}.xlsx`, { query: rest });
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    } finally {
      setExporting(false);
    }
  };

  if (access === 'forbidden')
    return (
      <PageShell>
        <EmptyState title="只有协会工作人员可以查看" action={{ text: '返回', onClick: () => go('complaints') }} />
      </PageShell>
    );
  if (access !== 'allow')
    return (
      <PageShell>
        <ListSkeleton rows={3} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className="desk-tabs">
        {TABS.map((t) => (
          <Text key={t.label} className={`desk-tab ${status === t.status ? 'desk-tab--on' : ''}`} onClick={() => setStatus(t.status)}>
            {t.label}
          </Text>
        ))}
      </View>
      <View className="section card ledger-filters">
        <View className="ledger-filters__row">
          <Input
            name="ledgerSearch"
            className="ledger-filters__input"
            placeholder="编号或标题关键字"
            value={q}
            onChange={setQ}
            onConfirm={() => setSearch(q.trim())}
            confirmType="search"
          />
          <Button size="small" onClick={() => setSearch(q.trim())}>
            搜索
          </Button>
          <Picker
            mode="selector"
            range={['全部类别', ...COMPLAINT_CATEGORIES.map((c) => COMPLAINT_CATEGORY_LABELS[c])]}
            onChange={(e) => setCategory(COMPLAINT_CATEGORIES[Number(e.detail.value) - 1])}
          >
            <Text className="ledger-filters__pick">{category ? COMPLAINT_CATEGORY_LABELS[category] : '全部类别'} ▾</Text>
          </Picker>
        </View>
        <View className="ledger-filters__row">
          <Picker mode="date" value={from} onChange={(e) => setFrom(e.detail.value)}>
            <Text className="ledger-filters__pick">{from || '开始日期'}</Text>
          </Picker>
          <Text className="muted">至</Text>
          <Picker mode="date" value={to} onChange={(e) => setTo(e.detail.value)}>
            <Text className="ledger-filters__pick">{to || '结束日期'}</Text>
          </Picker>
          {(from || to) && (
            <Text
              className="muted"
              onClick={() => {
                setFrom('');
                setTo('');
              }}
            >
              清除日期
            </Text>
          )}
          {companyId !== undefined && (
            <Text className="muted ledger-filters__company" onClick={() => setCompanyId(undefined)}>
              仅一家企业 ✕
            </Text>
          )}
          <Text className="muted">只看超时</Text>
          <Switch checked={overdue} onChange={setOverdue} />
          <Button size="small" type="primary" fill="outline" loading={exporting} onClick={() => void exportExcel()}>
            导出 Excel
          </Button>
          <Button size="small" fill="none" onClick={() => go('complaintFigures')}>
            统计
          </Button>
          <Button size="small" fill="none" onClick={() => go('complaintCalendar')}>
            工作日历
          </Button>
        </View>
      </View>
      <PagedListView
        list={list}
        empty={{ title: `没有${status ? COMPLAINT_STATUS_LABELS[status] : ''}的投诉`, description: '换个筛选条件试试' }}
        renderItem={(item) => <ComplaintCard key={item.id} item={item} showResident />}
      />
    </PageShell>
  );
}
