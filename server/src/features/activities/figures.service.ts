import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, startOfChinaDay, type ActivityFigures, type ActivityType } from '@wuxie/shared';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the figures count as held (with a start-day range): published or finished, and started by
 * `now`. The list behind the figures (GET /activities?held=true&from=&to=) filters with it, so the
 * two agree; the SQL below spells the same rule.
 */
export function heldWhere(now: Date): Prisma.ActivityWhereInput {
  return { status: { in: ['published', 'finished'] }, startAt: { lte: now } };
}

/**
 * Figures for activities that started within [from, to] (Beijing calendar days) and were held,
 * i.e. published or finished and already started. People and companies count those who checked
 * in; the no-show rate is confirmed-but-not-checked-in over confirmed; the pass rate is passed
 * over sat, where someone sat an exam if they checked in or have a result.
 */
export async function activityFigures(db: PrismaClient, from: string, to: string, now: Date): Promise<ActivityFigures> {
  const start = startOfChinaDay(from);
  const endExclusive = new Date(Math.min(startOfChinaDay(to).getTime() + DAY_MS, now.getTime() + 1));
  const byTypeRows = await db.$queryRaw<{ type: ActivityType; count: number }[]>`
    SELECT "type"::text AS "type", count(*)::int AS "count" FROM "Activity"
    WHERE "status" IN ('published', 'finished') AND "startAt" >= ${start} AND "startAt" < ${endExclusive}
    GROUP BY "type"`;
  const [totals] = await db.$queryRaw<{ participants: number; companies: number; confirmed: number; checkedIn: number; sat: number; passed: number }[]>`
    SELECT
      count(DISTINCT r."userId") FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "participants",
      count(DISTINCT r."companyId") FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "companies",
      count(*) FILTER (WHERE r."status" = 'confirmed')::int AS "confirmed",
      count(*) FILTER (WHERE r."status" = 'confirmed' AND r."checkedInAt" IS NOT NULL)::int AS "checkedIn",
      count(*) FILTER (WHERE a."type" = 'exam' AND r."status" = 'confirmed' AND (r."checkedInAt" IS NOT NULL OR r."result" IS NOT NULL))::int AS "sat",
      count(*) FILTER (WHERE a."type" = 'exam' AND r."status" = 'confirmed' AND r."result" = 'passed')::int AS "passed"
    FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId"
    WHERE a."status" IN ('published', 'finished') AND a."startAt" >= ${start} AND a."startAt" < ${endExclusive}`;
  const counts = new Map(byTypeRows.map((r) => [r.type, r.count]));
  const t = totals ?? { participants: 0, companies: 0, confirmed: 0, checkedIn: 0, sat: 0, passed: 0 };
  return {
    from,
    to,
    activitiesHeld: byTypeRows.reduce((sum, r) => sum + r.count, 0),
    byType: ACTIVITY_TYPES.map((type) => ({ type, label: ACTIVITY_TYPE_LABELS[type], count: counts.get(type) ?? 0 })),
    participants: t.participants,
    companies: t.companies,
    confirmed: t.confirmed,
    checkedIn: t.checkedIn,
    noShowRate: t.confirmed ? (t.confirmed - t.checkedIn) / t.confirmed : null,
    sat: t.sat,
    passed: t.passed,
    passRate: t.sat ? t.passed / t.sat : null,
  };
}
