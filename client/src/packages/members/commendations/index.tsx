import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  commendationInputSchema,
  membersApi,
  type Commendation,
  COMMENDATION_KINDS,
  COMMENDATION_KIND_LABELS,
  COMMENDATION_SUBJECT_OF,
  type CommendationKind,
} from '@wuxie/shared/members';
import { useState } from 'react';
import { z } from 'zod';
import { api } from '@/api';
import PageShell from '@/components/PageShell';
import { AccessState } from '@/components/AccessState';
import { ResourceState, RouteState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { useRouteParams } from '@/hooks/use-route-params';
import { Button, Input } from '@/ui';
import CompanyPicker from '../CompanyPicker';
import { Chips, TextField, firstIssues } from '../components';
import { confirm, toastError } from '@/ui/feedback';
import '../members.css';

type Picked = { id: number; name: string } | null;

function PersonPicker({ value, onChange }: { value: Picked; onChange: (v: Picked) => void }) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<{ id: number; name: string; phone: string | null; companyName: string | null }[] | null>(null);
  const search = async () => {
    if (!q.trim()) return;
    try {
      setOptions((await api.call(membersApi.searchPeople, { query: { q: q.trim() } })).items);
    } catch (err) {
      toastError(err);
    }
  };
  if (value) {
    return (
      <View className="mb-row">
        <Text className="mb-row__main">{value.name}</Text>
        <Button size="small" onClick={() => onChange(null)}>
          更换
        </Button>
      </View>
    );
  }
  return (
    <View className="mb-field">
      <Text className="mb-label">受表彰人</Text>
      <View className="mb-toolbar">
        <Input
          name="personQuery"
          className="mb-input"
          placeholder="姓名、账号或手机号"
          value={q}
          onChange={setQ}
          onConfirm={() => void search()}
        />
        <Button size="small" onClick={() => void search()}>
          查找
        </Button>
      </View>
      {options?.length === 0 && <Text className="muted">没有找到</Text>}
      {options?.map((p) => (
        <View
          key={p.id}
          className="mb-pick"
          onClick={() => {
            onChange({ id: p.id, name: p.name });
            setOptions(null);
          }}
        >
          <Text>{p.name}</Text>
          <Text className="muted">{[p.phone, p.companyName].filter(Boolean).join(' · ')}</Text>
        </View>
      ))}
    </View>
  );
}

// A desk figure opens the list of its period's years, maybe of one kind; without them, this year's of both kinds.
const LIST_QUERY = membersApi.listCommendations.query.shape;
const LIST_PARAMS = z.object({ year: LIST_QUERY.year, yearTo: LIST_QUERY.yearTo, kind: LIST_QUERY.kind });

/** What the list shows: a year or a range of years (a desk period across years), maybe one kind. */
interface Shown {
  from: number;
  to: number;
  kind: CommendationKind | null;
}

/** 表彰登记 (staff): 优秀会员单位 and 优秀通讯员 by year; a duplicate is refused by the server with a clear message. */
export default function CommendationsPage() {
  const access = useRouteGuard('memberCommendations');
  const route = useRouteParams(LIST_PARAMS);
  const [shown, setShown] = useState<Shown>(() => {
    const link = route.ok ? route.params : {};
    const from = link.year ?? new Date().getFullYear();
    const to = link.yearTo ?? from;
    return { from, to: Math.max(from, to), kind: link.kind ?? null };
  });
  const [year, setYear] = useState(String(shown.from));
  const [kind, setKind] = useState<CommendationKind>(shown.kind ?? 'excellent_company');
  const [subject, setSubject] = useState<Picked>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const list = useResource(
    async () =>
      (
        await api.call(membersApi.listCommendations, {
          query: {
            year: shown.from,
            ...(shown.to !== shown.from ? { yearTo: shown.to } : {}),
            ...(shown.kind ? { kind: shown.kind } : {}),
          },
        })
      ).items,
    [shown.from, shown.to, shown.kind],
    { enabled: access === 'allow' && route.ok },
  );
  /** Shows another year or kind, or loads the same one again (after a change). */
  const show = (what: Shown) => {
    if (what.from === shown.from && what.to === shown.to && what.kind === shown.kind) void list.reload();
    else setShown(what);
  };
  const showYear = () => {
    const y = Number(year);
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) show({ from: y, to: y, kind: null });
  };
  if (access !== 'allow')
    return (
      <PageShell>
        <AccessState route="memberCommendations" access={access} />
      </PageShell>
    );
  if (!route.ok)
    return (
      <PageShell>
        <RouteState problem={route.problem} />
      </PageShell>
    );

  const target = COMMENDATION_SUBJECT_OF[kind];
  const save = async () => {
    const body = {
      year: Number(year),
      kind,
      note,
      ...(subject ? (target === 'company' ? { companyId: subject.id } : { userId: subject.id }) : {}),
    };
    const parsed = commendationInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(firstIssues(parsed.error.issues));
      return;
    }
    try {
      await api.call(membersApi.createCommendation, { body });
      void Taro.showToast({ title: '已登记', icon: 'none' });
      setSubject(null);
      setNote('');
      show({ from: Number(year), to: Number(year), kind: null });
    } catch (err) {
      toastError(err);
    }
  };
  const remove = async (c: Commendation) => {
    if (
      !(await confirm(
        '撤销表彰',
        `撤销 ${c.year} 年度 ${c.company?.name ?? c.user?.name ?? ''} 的${COMMENDATION_KIND_LABELS[c.kind]}？`,
        '撤销',
      ))
    )
      return;
    try {
      await api.call(membersApi.deleteCommendation, { params: { id: c.id } });
      void list.reload();
    } catch (err) {
      toastError(err);
    }
  };
  return (
    <PageShell>
      <View className="section card">
        <TextField
          name="year"
          type="number"
          label="年度"
          required
          value={year}
          onChange={(v) => {
            setYear(v);
            setErrors({});
          }}
          error={errors.year}
        />
        <View className="mb-field">
          <Text className="mb-label mb-label--required">表彰类别</Text>
          <Chips
            name="kind"
            options={COMMENDATION_KINDS}
            labels={COMMENDATION_KIND_LABELS}
            value={kind}
            onChange={(v) => {
              if (v) {
                setKind(v);
                setSubject(null);
                setErrors({});
              }
            }}
          />
        </View>
        {target === 'company' ? (
          <CompanyPicker
            label="受表彰单位"
            value={subject}
            onChange={(v) => {
              setSubject(v);
              setErrors({});
            }}
          />
        ) : (
          <PersonPicker
            value={subject}
            onChange={(v) => {
              setSubject(v);
              setErrors({});
            }}
          />
        )}
        {(errors.companyId || errors.userId) && <Text className="field-error">{errors.companyId ?? errors.userId}</Text>}
        <TextField
          name="note"
          label="备注"
          value={note}
          onChange={setNote}
          placeholder={`如 ${year}年度${COMMENDATION_KIND_LABELS[kind]}`}
          error={errors.note}
          maxlength={100}
        />
        <View className="mb-toolbar">
          <Button type="primary" size="small" onClick={() => void save()}>
            登记
          </Button>
          <Button size="small" onClick={showYear}>
            查看 {year} 年
          </Button>
        </View>
      </View>
      <View className="section card">
        <Text className="section-title mb-commendations-title">
          {shown.from}
          {shown.to !== shown.from ? `–${shown.to}` : ''} 年度{shown.kind ? COMMENDATION_KIND_LABELS[shown.kind] : '表彰'}
          {list.data ? `（共 ${list.data.length} 条）` : ''}
        </Text>
        {shown.kind && (
          <Text className="link-filter__clear" onClick={() => show({ ...shown, kind: null })}>
            查看全部类别
          </Text>
        )}
        <ResourceState resource={list} rows={1}>
          {(items) =>
            items.length === 0 ? (
              <Text className="muted">还没有登记</Text>
            ) : (
              items.map((c) => (
                <View key={c.id} className="mb-row">
                  <View className="mb-row__main">
                    <Text>{c.company?.name ?? c.user?.name}</Text>
                    <Text className="muted">
                      {[COMMENDATION_KIND_LABELS[c.kind], c.user?.companyName, c.note].filter(Boolean).join(' · ')}
                    </Text>
                  </View>
                  <Button size="small" onClick={() => void remove(c)}>
                    撤销
                  </Button>
                </View>
              ))
            )
          }
        </ResourceState>
      </View>
    </PageShell>
  );
}
