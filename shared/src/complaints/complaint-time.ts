import type { ComplaintStatus } from './complaint-machine';

/** Beijing time has no daylight saving: a fixed +08:00. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing calendar date of an instant as `YYYY-MM-DD` (the WorkCalendarDay key). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Beijing calendar day (`YYYY-MM-DD`) starts. */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - CHINA_OFFSET_MS);
}

/** The Beijing calendar day after `date`. */
export function nextChinaDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Complaint number: `TS` + Beijing yyyymmdd + 5-digit daily sequence, e.g. TS2024061200017. */
export function formatComplaintNumber(at: Date, seq: number): string {
  return `TS${chinaDate(at).replaceAll('-', '')}${String(seq).padStart(5, '0')}`;
}
/** The ComplaintNumberCounter row a complaint filed at `at` takes its sequence from: its Beijing date, `YYYY-MM-DD`. */
export function complaintNumberDay(at: Date): string {
  return chinaDate(at);
}
export const COMPLAINT_NUMBER_PATTERN = /^TS\d{8}\d{5,}$/;

/** Holiday overrides: date → working day or not (statutory holidays, and weekend days worked in exchange, 调休). */
export type WorkCalendar = ReadonlyMap<string, boolean>;

/** Whether a Beijing date is a working day: Monday–Friday unless the calendar says otherwise. */
export function isWorkday(date: string, calendar: WorkCalendar): boolean {
  const override = calendar.get(date);
  if (override !== undefined) return override;
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The same Beijing clock time on the `days`-th working day after `from` (filed on Friday 10:00
 * with one working day allowed: due Monday 10:00, or later when Monday is a holiday).
 */
export function addWorkingDays(from: Date, days: number, calendar: WorkCalendar): Date {
  let at = from;
  let left = days;
  while (left > 0) {
    at = new Date(at.getTime() + DAY_MS);
    if (isWorkday(chinaDate(at), calendar)) left -= 1;
  }
  return at;
}

/** How far ahead a deadline can reach: days × 7/5 plus the longest holiday (Spring Festival) with margin. */
export function calendarSpanDays(workdays: number): number {
  return Math.ceil(workdays * 1.5) + 21;
}

/** The configurable time limits, in working days. */
export interface ComplaintTimeLimits {
  acceptWorkdays: number;
  replyWorkdays: number;
}

export type OverdueKind = 'accept' | 'reply';

/**
 * Which deadline applies in which states. Lists, filters and figures all build their overdue
 * condition from this table: acceptance is late while still submitted past acceptDueAt; the reply
 * is late while the company (or the association before assigning) still owes one past replyDueAt.
 */
export const OVERDUE_RULES: readonly { kind: OverdueKind; statuses: readonly ComplaintStatus[]; due: 'acceptDueAt' | 'replyDueAt' }[] = [
  { kind: 'accept', statuses: ['submitted'], due: 'acceptDueAt' },
  { kind: 'reply', statuses: ['accepted', 'assigned', 'reopened'], due: 'replyDueAt' },
];

export const OVERDUE_LABELS: Record<OverdueKind, string> = { accept: '受理超时', reply: '回复超时' };

/** The deadline a complaint is running against now, or null when none applies. */
export function currentDeadline(c: {
  status: ComplaintStatus;
  acceptDueAt: Date;
  replyDueAt: Date | null;
}): { kind: OverdueKind; dueAt: Date } | null {
  for (const rule of OVERDUE_RULES) {
    if (!rule.statuses.includes(c.status)) continue;
    const dueAt = c[rule.due];
    return dueAt ? { kind: rule.kind, dueAt } : null;
  }
  return null;
}

/** The overdue flag of a complaint at `now`. */
export function overdueKind(c: { status: ComplaintStatus; acceptDueAt: Date; replyDueAt: Date | null }, now: Date): OverdueKind | null {
  const deadline = currentDeadline(c);
  return deadline && deadline.dueAt.getTime() < now.getTime() ? deadline.kind : null;
}

/** 催办: only while overdue, and once per Beijing calendar day. */
export function canUrge(
  c: { status: ComplaintStatus; acceptDueAt: Date; replyDueAt: Date | null; lastUrgedAt: Date | null },
  now: Date,
): { ok: true } | { ok: false; message: string } {
  if (!overdueKind(c, now)) return { ok: false, message: '投诉还在办理时限内，超过时限后才能催办' };
  if (c.lastUrgedAt && chinaDate(c.lastUrgedAt) === chinaDate(now))
    return { ok: false, message: '今天已经催办过了，每天只能催办一次，请明天再试' };
  return { ok: true };
}
