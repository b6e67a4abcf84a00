import type { PrismaClient } from '@wuxie/prisma';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_LABELS, type ActivityFigures, type ActivityType } from '@wuxie/shared';
import { heldSql } from './held.queries';

/**
 * Figures for activities that started within [from, to] (Beijing calendar days) and were held
 * (shared wasHeld; the list behind them, GET /activities?held=true&from=&to=, filters alike). People and companies count those who checked
 * in; the no-show rate is confirmed-but-not-checked-in over confirmed; the pass rate is passed
 * over sat, where someone sat an exam if they checked in or have a result.
 */
export async function activityFigures(db: PrismaClient, from: string, to: string, now: Date): Promise<ActivityFigures> {
  const held = heldSql(now, { from, to });
  const byTypeRows = await db.$queryRaw<{ type: ActivityType; count: number }[]>`
    SELECT a."type"::text AS "type", count(*)::int AS "count" FROM "Activity" a
    WHERE ${held}
    GROUP BY a."type"`;
  const [totals] = await db.$queryRaw<
    { participants: number; companies: number; confirmed: number; checkedIn: number; sat: number; passed: number }[]
  >`
    SELECT
      count(DISTINCT r."userId") FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "participants",
      count(DISTINCT r."companyId") FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "companies",
      count(*) FILTER (WHERE r."status" = 'confirmed')::int AS "confirmed",
      count(*) FILTER (WHERE r."status" = 'confirmed' AND r."checkedInAt" IS NOT NULL)::int AS "checkedIn",
      count(*) FILTER (WHERE a."type" = 'exam' AND r."status" = 'confirmed' AND (r."checkedInAt" IS NOT NULL OR r."result" IS NOT NULL))::int AS "sat",
      count(*) FILTER (WHERE a."type" = 'exam' AND r."status" = 'confirmed' AND r."result" = 'passed')::int AS "passed"
    FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId"
    WHERE ${held}`;
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
