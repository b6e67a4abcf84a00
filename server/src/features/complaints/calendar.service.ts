import type { PrismaClient } from '@wuxie/prisma';
import { pointlessOverride, type SetWorkCalendarDay, type WorkCalendarDayEntry, type WorkCalendarYear } from '@wuxie/shared';
import { writeAudit, type Actor } from '../../lib/audit';
import { AppError } from '../../lib/errors';

const daySelect = { date: true, isWorkday: true, note: true } as const;

/** The holiday and make-up working-day overrides of one year, by date. */
export async function listWorkCalendarYear(db: PrismaClient, year: number): Promise<WorkCalendarYear> {
  const days = await db.workCalendarDay.findMany({
    where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    select: daySelect,
    orderBy: { date: 'asc' },
  });
  return { year, days };
}

/**
 * Marks a day as a holiday or a make-up working day (or changes its note). Deadlines computed from
 * now on count with it; deadlines already set stay as they were.
 */
export async function setWorkCalendarDay(
  db: PrismaClient,
  actor: Actor,
  date: string,
  input: Required<SetWorkCalendarDay>,
): Promise<WorkCalendarDayEntry> {
  const pointless = pointlessOverride(date, input.isWorkday);
  if (pointless) throw new AppError('VALIDATION_FAILED', pointless, [{ path: 'isWorkday', message: pointless }]);
  return db.$transaction(async (tx) => {
    const before = await tx.workCalendarDay.findUnique({ where: { date }, select: daySelect });
    const day = await tx.workCalendarDay.upsert({ where: { date }, create: { date, ...input }, update: input, select: daySelect });
    await writeAudit(tx, actor, {
      action: 'work_calendar.set',
      entity: 'work_calendar_day',
      entityId: date,
      detail: { before, after: day },
    });
    return day;
  });
}

/** Removes a day's override: it is an ordinary weekday or weekend day again. */
export async function removeWorkCalendarDay(db: PrismaClient, actor: Actor, date: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await tx.workCalendarDay.deleteMany({ where: { date } });
    if (removed.count === 0) throw new AppError('NOT_FOUND', `${date} 没有放假或调休设置，无需删除`);
    await writeAudit(tx, actor, { action: 'work_calendar.remove', entity: 'work_calendar_day', entityId: date });
  });
}
