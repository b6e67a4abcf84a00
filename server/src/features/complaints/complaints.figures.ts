import { Prisma, type PrismaClient } from '@wuxie/prisma';
import { COMPLAINT_STATUSES, OVERDUE_RULES, type ComplaintCategory, type ComplaintFigures, type Ratio } from '@wuxie/shared';
import { dateRange } from './complaints.rules';

/** SQL list of statuses; the values come from the shared enum, never from input. */
function statusList(statuses: readonly string[]): Prisma.Sql {
  for (const s of statuses) if (!(COMPLAINT_STATUSES as readonly string[]).includes(s)) throw new Error(`unknown status ${s}`);
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(', '));
}

/**
 * "Overdue" for figures: filed in the period and accepted late or replied late, or past a
 * deadline right now (the shared OVERDUE_RULES, as SQL).
 */
function overdueSql(now: Date): Prisma.Sql {
  const current = OVERDUE_RULES.map((r) => Prisma.sql`(c."status" IN (${statusList(r.statuses)}) AND c.${Prisma.raw(`"${r.due}"`)} < ${now})`);
  return Prisma.sql`(c."acceptedAt" > c."acceptDueAt" OR c."repliedAt" > c."replyDueAt" OR ${Prisma.join(current, ' OR ')})`;
}

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000 };
}

interface GroupRow {
  by_company: number;
  by_category: number;
  company_id: number | null;
  category: string | null;
  received: number;
  accepted: number;
  rejected: number;
  closed: number;
  overdue: number;
  replied: number;
  reopened: number;
  avg_reply_hours: number | null;
}

interface RatingRow {
  company_id: number | null;
  category: ComplaintCategory;
  rated: number;
  good: number;
}

/** Received, accepted, closed, time to reply, overdue, reopen rate and follow-up satisfaction for a period, overall, per company and per category. */
export async function complaintFigures(db: PrismaClient, from: string, to: string, now = new Date()): Promise<ComplaintFigures> {
  const range = dateRange(from, to);
  const start = range.gte ?? new Date(0);
  const end = range.lt ?? now;
  // One pass over the period's complaints: the totals, per company and per category together.
  const grouped = Prisma.sql`
    SELECT GROUPING(c."companyId")::int AS by_company, GROUPING(c."category")::int AS by_category,
      c."companyId" AS company_id, c."category"::text AS category,
      count(*)::int AS received,
      count(*) FILTER (WHERE c."acceptedAt" IS NOT NULL)::int AS accepted,
      count(*) FILTER (WHERE c."status" = 'rejected')::int AS rejected,
      count(*) FILTER (WHERE c."status" = 'closed')::int AS closed,
      count(*) FILTER (WHERE ${overdueSql(now)})::int AS overdue,
      count(*) FILTER (WHERE c."repliedAt" IS NOT NULL)::int AS replied,
      count(*) FILTER (WHERE c."reopenCount" > 0)::int AS reopened,
      (avg(extract(epoch FROM (c."repliedAt" - c."createdAt")) / 3600) FILTER (WHERE c."repliedAt" IS NOT NULL))::float8 AS avg_reply_hours
    FROM "Complaint" c
    WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end}
    GROUP BY GROUPING SETS ((), (c."companyId"), (c."category"))`;
  const [groups, ratings, companies] = await Promise.all([
    db.$queryRaw<GroupRow[]>(grouped),
    db.$queryRaw<RatingRow[]>`
      SELECT c."companyId" AS company_id, c."category"::text AS category, count(*)::int AS rated,
        count(*) FILTER (WHERE f."satisfaction" IN ('satisfied', 'basically_satisfied'))::int AS good
      FROM "ComplaintFollowUp" f JOIN "Complaint" c ON c."id" = f."complaintId"
      WHERE f."createdAt" >= ${start} AND f."createdAt" < ${end}
      GROUP BY 1, 2`,
    db.company.findMany({ select: { id: true, name: true } }),
  ]);
  const totals = groups.filter((g) => g.by_company === 1 && g.by_category === 1);
  const byCompany = groups.filter((g) => g.by_company === 0).map((g) => ({ ...g, key: g.company_id }));
  const byCategory = groups.filter((g) => g.by_category === 0).map((g) => ({ ...g, key: g.category }));
  const names = new Map(companies.map((c) => [c.id, c.name]));
  const sum = (rows: RatingRow[]) => rows.reduce((acc, r) => ({ rated: acc.rated + r.rated, good: acc.good + r.good }), { rated: 0, good: 0 });
  const satisfactionOf = (rows: RatingRow[]) => {
    const s = sum(rows);
    return ratio(s.good, s.rated);
  };
  const row = (g: GroupRow, rated: RatingRow[]) => ({
    received: g.received,
    closed: g.closed,
    overdue: g.overdue,
    avgReplyHours: roundHours(g.avg_reply_hours),
    satisfaction: satisfactionOf(rated),
  });
  const t = totals[0];
  return {
    from,
    to,
    received: t?.received ?? 0,
    accepted: t?.accepted ?? 0,
    rejected: t?.rejected ?? 0,
    closed: t?.closed ?? 0,
    overdue: t?.overdue ?? 0,
    avgReplyHours: roundHours(t?.avg_reply_hours ?? null),
    reopenRate: ratio(t?.reopened ?? 0, t?.replied ?? 0),
    satisfaction: satisfactionOf(ratings),
    byCompany: byCompany
      .filter((g): g is GroupRow & { key: number } => typeof g.key === 'number')
      .map((g) => ({ companyId: g.key, companyName: names.get(g.key) ?? `企业 ${g.key}`, ...row(g, ratings.filter((r) => r.company_id === g.key)) }))
      .sort((a, b) => b.received - a.received || a.companyId - b.companyId),
    byCategory: byCategory
      .map((g) => ({ category: String(g.key) as ComplaintCategory, ...row(g, ratings.filter((r) => r.category === g.key)) }))
      .sort((a, b) => b.received - a.received),
  };
}

function roundHours(hours: number | null): number | null {
  return hours === null ? null : Math.round(Number(hours) * 10) / 10;
}
