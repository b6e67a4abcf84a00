const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant of a Beijing-time wall clock reading (month is 1-based). */
export function chinaTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - CHINA_OFFSET_MS);
}

/** The Beijing calendar day of an instant as `yyyymmdd` (the key complaint numbers use). */
export function chinaDayKey(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

function isChinaWeekend(at: Date): boolean {
  const weekday = new Date(at.getTime() + CHINA_OFFSET_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * `days` working days after `from`, skipping Saturdays and Sundays only. Good enough for test
 * data; the server's deadline rule also consults the holiday calendar (WorkCalendarDay).
 */
export function addWorkingDaysApprox(from: Date, days: number): Date {
  let at = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    at = new Date(at.getTime() + DAY_MS);
    if (!isChinaWeekend(at)) left -= 1;
  }
  return at;
}

/** `from` moved by a number of hours (negative moves back). */
export function addHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + hours * 60 * 60 * 1000);
}

/** `from` moved by a number of days (negative moves back). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY_MS);
}
