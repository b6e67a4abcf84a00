// China has one time zone (UTC+8) and no daylight saving, so formatting needs no Intl data, which
// the mini-program runtime does not always ship.
const OFFSET_MS = 8 * 60 * 60 * 1000;

function parts(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hh: pad(shifted.getUTCHours()),
    mm: pad(shifted.getUTCMinutes()),
    pad,
  };
}

/** 14:05 in Beijing time. */
export function formatChinaClock(date: Date): string {
  const p = parts(date);
  return `${p.hh}:${p.mm}`;
}

/** 3月8日 14:05 in Beijing time. */
export function formatChinaDateTime(date: Date): string {
  const p = parts(date);
  return `${p.month}月${p.day}日 ${p.hh}:${p.mm}`;
}

/** 2024-03-08 in Beijing time. */
export function formatChinaDate(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.pad(p.month)}-${p.pad(p.day)}`;
}

/** 2024-03-08 14:05 in Beijing time (what the Excel roster and subscription messages show). */
export function formatChinaStamp(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.pad(p.month)}-${p.pad(p.day)} ${p.hh}:${p.mm}`;
}

/** The calendar year in Beijing time. */
export function chinaYear(date: Date): number {
  return parts(date).year;
}

/** True when both instants fall on the same Beijing calendar day. */
export function sameChinaDay(a: Date, b: Date): boolean {
  return formatChinaDate(a) === formatChinaDate(b);
}

/** Midnight (Beijing) at the start of a YYYY-MM-DD day, as an instant. */
export function startOfChinaDay(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) - OFFSET_MS);
}
