import { Prisma } from '@wuxie/prisma';
import { HELD_ACTIVITY_STATUSES, startOfChinaDay } from '@wuxie/shared';

const DAY_MS = 86_400_000;

/** Beijing calendar days `from`..`to`, both included; either end may be open. */
export interface StartDays {
  from?: string;
  to?: string;
}

/**
 * The start-time range of activities held by `now` (shared `wasHeld`: published or finished, and
 * started) that started within the days: [start of `from`, the earlier of the day after `to` and
 * just after `now`).
 */
function heldStartRange(now: Date, days: StartDays): { start: Date | null; until: Date } {
  const justAfterNow = now.getTime() + 1;
  const dayAfterTo = days.to ? startOfChinaDay(days.to).getTime() + DAY_MS : Infinity;
  return { start: days.from ? startOfChinaDay(days.from) : null, until: new Date(Math.min(dayAfterTo, justAfterNow)) };
}

/** Activities held by `now` that started within the days, as a Prisma filter. */
export function heldWhere(now: Date, days: StartDays = {}): Prisma.ActivityWhereInput {
  const { start, until } = heldStartRange(now, days);
  return { status: { in: [...HELD_ACTIVITY_STATUSES] }, startAt: { ...(start ? { gte: start } : {}), lt: until } };
}

/** The same condition for raw SQL, on the "Activity" row aliased `a`. */
export function heldSql(now: Date, days: StartDays = {}): Prisma.Sql {
  const { start, until } = heldStartRange(now, days);
  // The statuses are constants of the code, written as literals as before.
  const statuses = Prisma.raw(HELD_ACTIVITY_STATUSES.map((s) => `'${s}'`).join(', '));
  return Prisma.sql`a."status" IN (${statuses}) AND a."startAt" < ${until}${start ? Prisma.sql` AND a."startAt" >= ${start}` : Prisma.empty}`;
}
