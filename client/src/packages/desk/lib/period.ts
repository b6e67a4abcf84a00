import type { WireInput } from '@wuxie/shared/common';
import { deskPeriodFields, type DeskPeriodKind, type deskPeriodQuerySchema } from '@wuxie/shared/desk';
import type { FigureLink } from '@wuxie/shared/desk';
import type { z } from 'zod';
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

/**
 * The period in a desk page's URL (what `choiceQuery` writes), checked field by field as the API
 * checks it: a link with an odd period or year shows why (RouteState) instead of another period.
 */
export const PERIOD_PARAMS = deskPeriodFields;
export type PeriodParams = Partial<z.output<typeof deskPeriodFields>>;

/** Reads a choice back from checked page params; what is missing comes from the default (this year; 1 January to today). */
export function choiceFromParams(params: PeriodParams, today: string): PeriodChoice {
  const base = defaultChoice(today);
  return { kind: params.period ?? base.kind, year: params.year ?? base.year, from: params.from ?? base.from, to: params.to ?? base.to };
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
