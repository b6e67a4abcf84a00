import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';

/** The periods the desk and the work report cover: a calendar year, one of its halves, or any range. */
export const DESK_PERIOD_KINDS = ['year', 'h1', 'h2', 'custom'] as const;
export type DeskPeriodKind = (typeof DESK_PERIOD_KINDS)[number];
export const DESK_PERIOD_LABELS: Record<DeskPeriodKind, string> = { year: '全年', h1: '上半年', h2: '下半年', custom: '自定义' };

/** The longest range the figures cover (the complaint figures refuse more). */
export const DESK_PERIOD_MAX_DAYS = 3 * 366;
const DAY_MS = 86_400_000;

export const deskPeriodFields = z.object({
  period: z.enum(DESK_PERIOD_KINDS, { error: '统计期间应为 year（全年）、h1（上半年）、h2（下半年）或 custom（自定义）' }).default('year'),
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int({ message: '年份应为整数' })
    .min(2000, { message: '年份不能早于 2000 年' })
    .max(2100, { message: '年份不能晚于 2100 年' })
    .optional(),
  from: dateOnlySchema('开始日期').optional(),
  to: dateOnlySchema('结束日期').optional(),
});

/** A custom period needs both days, in order, at most 3 years apart. */
export function checkCustomPeriod(q: z.output<typeof deskPeriodFields>, ctx: z.RefinementCtx): void {
  if (q.period !== 'custom') return;
  if (!q.from) ctx.addIssue({ code: 'custom', path: ['from'], message: '自定义期间请填写开始日期' });
  if (!q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: '自定义期间请填写结束日期' });
  if (!q.from || !q.to) return;
  if (q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: '开始日期不能晚于结束日期' });
  else if (Date.parse(q.to) - Date.parse(q.from) > DESK_PERIOD_MAX_DAYS * DAY_MS)
    ctx.addIssue({ code: 'custom', path: ['to'], message: '统计期间最长 3 年' });
}

/** The period query every desk endpoint takes: `period=h1&year=2024`, or `period=custom&from=…&to=…`. */
export const deskPeriodQuerySchema = deskPeriodFields.superRefine(checkCustomPeriod);
export type DeskPeriodQuery = z.input<typeof deskPeriodQuerySchema>;

export const deskPeriodSchema = z
  .object({
    kind: z.enum(DESK_PERIOD_KINDS),
    from: z.string().describe('first day, YYYY-MM-DD (Beijing)'),
    to: z.string().describe('last day, YYYY-MM-DD (Beijing), included'),
    label: z.string().describe('e.g. 2024年上半年'),
    years: z.array(z.number().int()).describe('calendar years the period touches (commendations are recorded by year)'),
  })
  .meta({ id: 'DeskPeriod' });
export type DeskPeriod = z.infer<typeof deskPeriodSchema>;

function yearsBetween(from: string, to: string): number[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The concrete days of a period; `today` (YYYY-MM-DD, Beijing) gives the year when none is asked for. */
export function resolvePeriod(query: z.output<typeof deskPeriodFields>, today: string): DeskPeriod {
  const year = query.year ?? Number(today.slice(0, 4));
  const make = (kind: DeskPeriodKind, from: string, to: string, label: string): DeskPeriod => ({
    kind,
    from,
    to,
    label,
    years: yearsBetween(from, to),
  });
  switch (query.period) {
    case 'h1':
      return make('h1', `${year}-01-01`, `${year}-06-30`, `${year}年上半年`);
    case 'h2':
      return make('h2', `${year}-07-01`, `${year}-12-31`, `${year}年下半年`);
    case 'custom': {
      const from = query.from ?? `${year}-01-01`;
      const to = query.to ?? `${year}-12-31`;
      return make('custom', from, to, `${from} 至 ${to}`);
    }
    default:
      return make('year', `${year}-01-01`, `${year}-12-31`, `${year}年`);
  }
}

/** The query string that asks for the same period again (links, downloads). */
export function periodQueryString(period: Pick<DeskPeriod, 'kind' | 'from' | 'to'>): string {
  if (period.kind === 'custom') return `period=custom&from=${period.from}&to=${period.to}`;
  return `period=${period.kind}&year=${period.from.slice(0, 4)}`;
}

/** 43/51 → "84%" (whole percent, as the association's reports write it); "—" when nothing was counted. */
export function formatPercent(numerator: number, denominator: number): string {
  if (denominator === 0) return '—';
  return `${Math.round((numerator / denominator) * 100)}%`;
}
