import { addWorkingDays, type WorkCalendar } from '@wuxie/shared';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const NO_HOLIDAYS: WorkCalendar = new Map();
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant of a Beijing-time wall clock reading (month is 1-based). */
export function chinaTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - CHINA_OFFSET_MS);
}

/**
 * `days` working days after `from`, counting Monday–Friday only (no holiday calendar): what the
 * server's rule (addWorkingDays in @wuxie/shared) gives on a database without WorkCalendarDay rows.
 */
export function addWorkdaysNoHolidays(from: Date, days: number): Date {
  return addWorkingDays(from, days, NO_HOLIDAYS);
}

/** `from` moved by a number of hours (negative moves back). */
export function addHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 60 * 60 * 1000);
}

/** `from` moved by a number of days (negative moves back). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}
