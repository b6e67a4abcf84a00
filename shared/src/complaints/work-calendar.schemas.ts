import { z } from 'zod';
import { dateOnlySchema } from '../common/date-only';

/**
 * The working-day calendar the complaint deadlines count in: Monday–Friday, except the days
 * staff mark as holidays (法定节假日) or as weekend days worked in exchange (调休上班).
 */

const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** Whether a `YYYY-MM-DD` date falls on a Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** 星期一 … 星期日 for a `YYYY-MM-DD` date. */
export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[new Date(`${date}T00:00:00.000Z`).getUTCDay()] ?? '';
}

/**
 * Why an override would change nothing, or null when it makes sense: only a weekday can be made a
 * holiday and only a weekend day a working day (without an override, that is what they already are).
 */
export function pointlessOverride(date: string, isWorkday: boolean): string | null {
  if (isWorkday && !isWeekend(date)) return `${date} 是${weekdayName(date)}，本来就是工作日；调休上班只能设在星期六、星期日`;
  if (!isWorkday && isWeekend(date)) return `${date} 是${weekdayName(date)}，本来就不上班；放假只需设在星期一至星期五`;
  return null;
}

export const workCalendarDaySchema = z
  .object({
    date: z.string().describe('YYYY-MM-DD (Beijing)'),
    isWorkday: z.boolean().describe('true: a weekend day worked in exchange (调休上班); false: a holiday on a weekday'),
    note: z.string().describe('e.g. 国庆节, 春节调休'),
  })
  .meta({ id: 'WorkCalendarDay' });
export type WorkCalendarDayEntry = z.infer<typeof workCalendarDaySchema>;

export const WORK_CALENDAR_MIN_YEAR = 2000;
export const WORK_CALENDAR_MAX_YEAR = 2100;

export const workCalendarQuerySchema = z.object({
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int({ message: '年份应为整数' })
    .min(WORK_CALENDAR_MIN_YEAR, { message: `年份应在 ${WORK_CALENDAR_MIN_YEAR}–${WORK_CALENDAR_MAX_YEAR} 之间` })
    .max(WORK_CALENDAR_MAX_YEAR, { message: `年份应在 ${WORK_CALENDAR_MIN_YEAR}–${WORK_CALENDAR_MAX_YEAR} 之间` }),
});

export const workCalendarYearSchema = z
  .object({ year: z.number().int(), days: z.array(workCalendarDaySchema).describe('the overrides of the year, by date') })
  .meta({ id: 'WorkCalendarYear' });
export type WorkCalendarYear = z.infer<typeof workCalendarYearSchema>;

/** The date in the path of one calendar day; its year within the range the calendar keeps. */
export const workCalendarDateParamsSchema = z.object({
  date: dateOnlySchema('日期').refine(
    (d) => Number(d.slice(0, 4)) >= WORK_CALENDAR_MIN_YEAR && Number(d.slice(0, 4)) <= WORK_CALENDAR_MAX_YEAR,
    {
      message: `日期的年份应在 ${WORK_CALENDAR_MIN_YEAR}–${WORK_CALENDAR_MAX_YEAR} 之间`,
    },
  ),
});

export const setWorkCalendarDaySchema = z
  .object({
    isWorkday: z.boolean({ error: '请选择这一天是放假还是调休上班' }),
    note: z.string({ error: '说明应为文字' }).trim().max(20, { message: '说明最多 20 个字' }).default(''),
  })
  .meta({ id: 'SetWorkCalendarDay' });
export type SetWorkCalendarDay = z.input<typeof setWorkCalendarDaySchema>;
