import type { PrismaClient } from '@wuxie/prisma';
import { startOfChinaDay, type ActivityType, type DeskPeriod } from '@wuxie/shared';
import { heldSql, heldWhere } from '../activities/held.queries';

// Queries the desk needs that no feature offers yet. Each names the feature that owns the records;
// when that feature exposes the figure, the desk should call it and this query goes away.

const DAY_MS = 86_400_000;

/** [start, end) of the period's Beijing days as instants. */
export function periodBounds(period: Pick<DeskPeriod, 'from' | 'to'>): { start: Date; end: Date } {
  return { start: startOfChinaDay(period.from), end: new Date(startOfChinaDay(period.to).getTime() + DAY_MS) };
}

/**
 * The activities held in the period (activities' rule, held.queries.ts), of the given types.
 * Owner: activities — their figures give counts only; the report names the online trainings and exams.
 */
export async function heldActivities(db: PrismaClient, period: DeskPeriod, now: Date, types: readonly ActivityType[]) {
  return db.activity.findMany({
    where: { ...heldWhere(now, period), type: { in: [...types] } },
    select: { id: true, type: true, title: true, startAt: true },
    orderBy: [{ startAt: 'asc' }, { id: 'asc' }],
  });
}

/**
 * Exam passes in the period that were the person's first exam with a result (一次性通过).
 * Owner: activities (exam results); their figures give passed / sat but not first attempts.
 */
export async function firstAttemptPasses(db: PrismaClient, period: DeskPeriod, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count"
    FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId"
    WHERE a."type" = 'exam' AND ${heldSql(now, period)}
      AND r."status" = 'confirmed' AND r."result" = 'passed'
      AND NOT EXISTS (
        SELECT 1 FROM "Registration" p JOIN "Activity" pa ON pa."id" = p."activityId"
        WHERE p."userId" = r."userId" AND pa."type" = 'exam' AND p."result" IS NOT NULL AND pa."startAt" < a."startAt")`;
  return row?.count ?? 0;
}

/**
 * Published articles per author and category in the period, for the correspondents' reasons.
 * Owner: news (their stats rank correspondents by total only; same published-in-period rule).
 */
export async function publishedByAuthorCategory(db: PrismaClient, period: DeskPeriod, authorIds: readonly number[]) {
  if (authorIds.length === 0) return [];
  const { start, end } = periodBounds(period);
  const rows = await db.article.groupBy({
    by: ['authorId', 'category'],
    where: { status: 'published', publishedAt: { gte: start, lt: end }, authorId: { in: [...authorIds] } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ authorId: r.authorId, category: r.category, count: r._count._all }));
}

/**
 * Surveys commissioned and suggestions sent in the period. No feature owns advisory work yet
 * (PRODUCT.md: "a later release"); the desk counts the rows directly.
 */
export async function advisoryWork(db: PrismaClient, period: DeskPeriod) {
  const { start, end } = periodBounds(period);
  const [surveys, suggestions] = await Promise.all([
    db.survey.findMany({
      where: { commissionedAt: { gte: start, lt: end } },
      select: { id: true, title: true, topic: true, commissionedAt: true, completedAt: true, _count: { select: { suggestions: true } } },
      orderBy: [{ commissionedAt: 'asc' }, { id: 'asc' }],
    }),
    db.suggestion.count({ where: { sentAt: { gte: start, lt: end } } }),
  ]);
  return { surveys, suggestions };
}
