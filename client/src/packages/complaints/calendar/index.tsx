import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { chinaDate, complaintsApi, isWeekend, weekdayName, type WorkCalendarDayEntry } from '@wuxie/shared/complaints';
import { useEffect, useState } from 'react';
import { api } from '@/api';
import { messageOf } from '@/api/errors';
import PageShell from '@/components/PageShell';
import { EmptyState, ListSkeleton, ResourceState } from '@/components/StateView';
import { useResource } from '@/hooks/use-resource';
import { useRouteGuard } from '@/hooks/use-route-guard';
import { go } from '@/lib/nav';
import { Button, Input } from '@/ui';
import { monthGrid, stepMonth } from './month-grid';
import '../components/desks.css';
import './index.css';

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日'];
const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
/** What a day is without an override, and what an override makes it: a weekday becomes a holiday, a weekend day a working day. */
const plain = (date: string) => (isWeekend(date) ? '周末休息' : '工作日');
const overrideLabel = (date: string) => (isWeekend(date) ? '调休上班' : '放假');

/** 工作日历: staff mark holidays and make-up working days, which the complaint deadlines count in. */
export default function WorkCalendarPage() {
  const access = useRouteGuard('complaintCalendar');
  const today = chinaDate(new Date());
  const [view, setView] = useState({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) });
  const calendar = useResource(() => api.call(complaintsApi.listWorkCalendar, { query: { year: view.year } }), [view.year], {
    enabled: access === 'allow',
  });
  // The overrides of every year looked at so far: the selected day may lie in another year than the month shown.
  const [years, setYears] = useState<Record<number, WorkCalendarDayEntry[]>>({});
  const [selected, setSelected] = useState(today);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string>();

  useEffect(() => {
    const shown = calendar.data;
    if (shown) setYears((known) => ({ ...known, [shown.year]: shown.days }));
  }, [calendar.data]);

  const yearOf = (date: string) => Number(date.slice(0, 4));
  const daysOf = (year: number) => (calendar.data?.year === year ? calendar.data.days : years[year]);
  const overrides = new Map((daysOf(view.year) ?? []).map((d) => [d.date, d]));
  const overrideOf = (date: string) => daysOf(yearOf(date))?.find((d) => d.date === date);
  const current = overrideOf(selected);

  /** Loads the year of a day just changed again (the one on screen through its resource); a failure only says so. */
  const refresh = async (year: number) => {
    if (year === view.year) return calendar.reload();
    try {
      const r = await api.call(complaintsApi.listWorkCalendar, { query: { year } });
      setYears((known) => ({ ...known, [year]: r.days }));
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    }
  };

  const choose = (date: string) => {
    setSelected(date);
    setNote(overrideOf(date)?.note ?? '');
    setFormError(undefined);
  };
  const show = (date: string) => {
    setView({ year: yearOf(date), month: Number(date.slice(5, 7)) });
    choose(date);
  };

  const save = async () => {
    setSaving(true);
    setFormError(undefined);
    try {
      await api.call(complaintsApi.setWorkCalendarDay, {
        params: { date: selected },
        body: { isWorkday: isWeekend(selected), note: note.trim() },
      });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      await refresh(yearOf(selected));
    } catch (err) {
      // The day and the note stay as they were, so fixing them is one tap away.
      setFormError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    const { confirm } = await Taro.showModal({
      title: '取消这一天的设置？',
      content: `${monthDay(selected)} ${weekdayName(selected)}将恢复为${plain(selected)}`,
    });
    if (!confirm) return;
    try {
      await api.call(complaintsApi.removeWorkCalendarDay, { params: { date: selected } });
      setNote('');
      await refresh(yearOf(selected));
    } catch (err) {
      setFormError(messageOf(err));
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
        <ListSkeleton rows={2} />
      </PageShell>
    );
  const prev = stepMonth(view.year, view.month, -1);
  const next = stepMonth(view.year, view.month, 1);
  return (
    <PageShell>
      <View className="section card">
        <Text className="hint">
          投诉的受理和回复期限按工作日计算：星期一至星期五上班，星期六、星期日休息。在日历上点一天，可以把工作日设为放假、把周末设为调休上班；之后新算的期限按新的日历，已经算好的期限不变。
        </Text>
      </View>
      <View className="section card wc-month">
        <View className="wc-month__head">
          <Text className="wc-month__step wc-prev" onClick={() => setView(prev)}>
            ‹ {prev.month}月
          </Text>
          <Text className="wc-month__title">
            {view.year} 年 {view.month} 月
          </Text>
          <Text className="wc-month__step wc-next" onClick={() => setView(next)}>
            {next.month}月 ›
          </Text>
        </View>
        <View className="wc-week wc-week--head">
          {WEEK_HEAD.map((w) => (
            <Text key={w} className="wc-cell wc-cell--head">
              {w}
            </Text>
          ))}
        </View>
        {monthGrid(view.year, view.month).map((week, i) => (
          <View key={i} className="wc-week">
            {week.map((cell, j) => {
              if (!cell) return <View key={`blank-${j}`} className="wc-cell" />;
              const o = overrides.get(cell.date);
              const classes = [
                'wc-cell',
                'wc-day',
                isWeekend(cell.date) ? 'wc-day--weekend' : '',
                o ? (o.isWorkday ? 'wc-day--work' : 'wc-day--off') : '',
                cell.date === selected ? 'wc-day--on' : '',
                cell.date === today ? 'wc-day--today' : '',
              ];
              return (
                <View key={cell.date} className={classes.filter(Boolean).join(' ')} data-date={cell.date} onClick={() => choose(cell.date)}>
                  <Text className="wc-day__num">{cell.day}</Text>
                  {o && <Text className="wc-day__mark">{o.isWorkday ? '班' : '休'}</Text>}
                </View>
              );
            })}
          </View>
        ))}
      </View>
      <View className="section card wc-form">
        <Text className="wc-form__title">
          {monthDay(selected)} {weekdayName(selected)} ·{' '}
          {current ? `${overrideLabel(selected)}${current.note ? `（${current.note}）` : ''}` : plain(selected)}
        </Text>
        <View className="ledger-filters__row">
          <Input
            name="calendarNote"
            className="ledger-filters__input wc-note"
            placeholder="说明，如：国庆节、春节调休（可不填）"
            maxLength={20}
            value={note}
            onChange={setNote}
          />
          <Button size="small" type="primary" className="wc-save" loading={saving} onClick={() => void save()}>
            {current ? '修改说明' : `设为${overrideLabel(selected)}`}
          </Button>
          {current && (
            <Button size="small" fill="outline" className="wc-remove" onClick={() => void remove()}>
              取消设置
            </Button>
          )}
        </View>
        {formError && <Text className="wc-error">{formError}</Text>}
      </View>
      <ResourceState resource={calendar} rows={2}>
        {({ days: list }) => (
          <View className="section card fig-table wc-list">
            <Text className="muted">
              {view.year} 年：放假 {list.filter((d) => !d.isWorkday).length} 天，调休上班 {list.filter((d) => d.isWorkday).length} 天
            </Text>
            {list.map((d) => (
              <View key={d.date} className="fig-table__row wc-list__row" data-date={d.date} onClick={() => show(d.date)}>
                <Text className="fig-table__name">
                  {monthDay(d.date)} {weekdayName(d.date)}
                </Text>
                <Text className={`fig-table__num ${d.isWorkday ? 'wc-text--work' : 'wc-text--off'}`}>
                  {d.isWorkday ? '调休上班' : '放假'}
                </Text>
                <Text className="fig-table__num">{d.note || '—'}</Text>
              </View>
            ))}
          </View>
        )}
      </ResourceState>
    </PageShell>
  );
}
