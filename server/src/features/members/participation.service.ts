import type { PrismaClient } from '@wuxie/prisma';
import type { CompanyParticipation, MembershipLevel } from '@wuxie/shared';
import { heldSql } from '../activities/held.queries';

/**
 * Participation per member company for activities held in a period of Beijing calendar days
 * (`from`..`to`, both included; held as the activity figures count it: shared wasHeld, by `now`).
 * Registrations count confirmed seats under the company the person worked for when signing up;
 * attendances count those checked in.
 * Companies with no registration in the period are left out. Ordered by attendances, then
 * registrations (the order 优秀会员单位 candidates are considered in).
 */
export async function companyParticipation(
  db: PrismaClient,
  period: { from: string; to: string },
  now: Date = new Date(),
): Promise<CompanyParticipation[]> {
  const rows = await db.$queryRaw<
    {
      companyId: number;
      companyName: string;
      level: MembershipLevel;
      registrations: number;
      attendances: number;
      people: number;
      activities: number;
    }[]
  >`
    SELECT c."id" AS "companyId", c."name" AS "companyName", c."level"::text AS "level",
      count(*)::int AS "registrations",
      count(*) FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "attendances",
      count(DISTINCT r."userId") FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "people",
      count(DISTINCT r."activityId") FILTER (WHERE r."checkedInAt" IS NOT NULL)::int AS "activities"
    FROM "Registration" r
    JOIN "Activity" a ON a."id" = r."activityId"
    JOIN "Company" c ON c."id" = r."companyId"
    WHERE r."status" = 'confirmed' AND ${heldSql(now, period)}
    GROUP BY c."id"
    ORDER BY "attendances" DESC, "registrations" DESC, c."id" ASC`;
  return rows.map((r) => ({ ...r, attendanceRate: r.registrations ? r.attendances / r.registrations : null }));
}
