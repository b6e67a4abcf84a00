import type { WireInput } from '@wuxie/shared/common';
import { DESK_PERIOD_KINDS, type DeskPeriodKind, type deskPeriodQuerySchema } from '@wuxie/shared/desk';
import type { FigureLink } from '@wuxie/shared/desk';
import { ROUTES, type RouteName } from '@/routes';

/** What the period picker holds: a kind, the year for year/halves, the days for a custom range. */
export interface PeriodChoice {
  kind: DeskPeriodKind;
  year: number;
  from: string;
  to: string;
}

/** YYYY-MM-DD of an instant in Beijing time. */
export function beijingToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** This year, from 1 January to today for a custom range. */
export function defaultChoice(today: string): PeriodChoice {
  return { kind: 'year', year: Number(today.slice(0, 4)), from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The period query every desk endpoint takes (and the desk pages' params). */
export type PeriodQuery = WireInput<typeof deskPeriodQuerySchema>;

/** The API query (and page params) for a choice. */
export function choiceQuery(c: PeriodChoice): PeriodQuery {
  return c.kind === 'custom' ? { period: 'custom', from: c.from, to: c.to } : { period: c.kind, year: c.year };
}

/** Reads a choice back from page params, falling back to the default for anything missing or odd. */
export function choiceFromParams(params: Partial<Record<string, string>>, today: string): PeriodChoice {
  const base = defaultChoice(today);
  const kind = (DESK_PERIOD_KINDS as readonly string[]).includes(params.period ?? '') ? (params.period as DeskPeriodKind) : base.kind;
  const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : base.year;
  const day = (v: string | undefined, fallback: string) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : fallback);
  return { kind, year, from: day(params.from, base.from), to: day(params.to, base.to) };
}

/** The years the picker offers: this one and the five before. */
export function yearOptions(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 6 }, (_, i) => year - i);
}

/** Whether a figure's link names a page of this app (the server names pages other features may not have yet). */
export function linkRoute(link: FigureLink): RouteName | null {
  return Object.prototype.hasOwnProperty.call(ROUTES, link.route) ? (link.route as RouteName) : null;
}
