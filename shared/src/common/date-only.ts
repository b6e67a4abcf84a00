import { z } from 'zod';

/** The years a date filter may name; outside them the day arithmetic (Beijing offset, next day) leaves ISO dates. */
export const DATE_ONLY_MIN_YEAR = 1900;
export const DATE_ONLY_MAX_YEAR = 2999;

/** Whether `YYYY-MM-DD` names a day that exists (no 2024-02-30, no 2023-02-29) within the years above. */
export function isRealDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || year < DATE_ONLY_MIN_YEAR || year > DATE_ONLY_MAX_YEAR) return false;
  const at = new Date(`${value}T00:00:00.000Z`);
  // Round trip: Date rolls 02-30 over to 03-01, so only a real day comes back as itself.
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** A calendar day `YYYY-MM-DD` (a filter's from/to) that really exists. */
export const dateOnlySchema = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${label}应为 YYYY-MM-DD 格式的日期`, abort: true })
    .refine(isRealDate, { message: `${label}不是有效的日期（年份应在 ${DATE_ONLY_MIN_YEAR}–${DATE_ONLY_MAX_YEAR} 之间）` });
