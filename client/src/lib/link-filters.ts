// The desk opens the list behind a figure with the figure's filter in the page URL (the `params`
// of its FigureLink). Most list pages check it with their endpoint's field schemas (useRouteParams:
// a malformed link shows RouteState). The news desk reads it here, leniently: only well-formed
// values are kept, anything else is dropped, so a hand-edited URL opens the plain list.

type Params = Partial<Record<string, string>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day, or undefined. */
export function linkDay(value: string | undefined): string | undefined {
  return value && DAY.test(value) ? value : undefined;
}

/** One of the allowed values, or undefined. */
export function linkOneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A positive row id, or undefined. */
export function linkId(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= 2_147_483_647 ? n : undefined;
}

/** The days of a link as words: "2024-01-01 至 2024-06-30", "2024-01-01 起", "至 2024-06-30". */
export function daysLabel(from: string | undefined, to: string | undefined): string {
  if (from && to) return `${from} 至 ${to}`;
  if (from) return `${from} 起`;
  if (to) return `至 ${to}`;
  return '';
}

/** The period (from/to) of a link's params. */
export function linkDays(params: Params): { from?: string; to?: string } {
  const from = linkDay(params.from);
  const to = linkDay(params.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
