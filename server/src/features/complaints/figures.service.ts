import { Prisma, type PrismaClient } from '@wuxie/prisma';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  OVERDUE_RULES,
  type ComplaintCategory,
  type ComplaintFigures,
  type Ratio,
} from '@wuxie/shared';
import { dateRange } from './complaints.rules';

/** SQL list of statuses; the values come from the shared enum, never from input. */
function statusList(statuses: readonly string[]): Prisma.Sql {
  for (const s of statuses) if (!(COMPLAINT_STATUSES as readonly string[]).includes(s)) throw new Error(`unknown status ${s}`);
  return Prisma.raw(statuses.map((s) => `'${s}'`).join(', '));
}

/** Every status some deadline runs in: the predicate of the partial index "Complaint_open_deadlines_idx". */
const OPEN_STATUSES = OVERDUE_RULES.flatMap((r) => r.statuses);

/**
 * Past a deadline right now but neither accepted nor replied late (those are already in the day
 * tables' `late`), per company and category: the shared OVERDUE_RULES as SQL. Reads only the
 * partial index of complaints that still run against a deadline.
 */
function lateNowSql(start: Date, end: Date, now: Date): Prisma.Sql {
  const current = OVERDUE_RULES.map(
    (r) => Prisma.sql`(c."status" IN (${statusList(r.statuses)}) AND c.${Prisma.raw(`"${r.due}"`)} < ${now})`,
  );
  return Prisma.sql`
    SELECT c."companyId" AS company_id, c."category"::text AS category, count(*)::int AS late_now
    FROM "Complaint" c
    WHERE c."createdAt" >= ${start} AND c."createdAt" < ${end}
      AND c."status" IN (${statusList(OPEN_STATUSES)})
      AND (${Prisma.join(current, ' OR ')})
      AND (c."acceptedAt" > c."acceptDueAt" OR c."repliedAt" > c."replyDueAt") IS NOT TRUE
    GROUP BY 1, 2`;
}

/** The sums of a day table over the period: one row per key, and the total (ROLLUP). */
function daySumsSql(
  table: 'ComplaintCompanyDay' | 'ComplaintCategoryDay',
  key: 'companyId' | 'category',
  from: string,
  to: string,
): Prisma.Sql {
  const k = Prisma.raw(`d."${key}"`);
  return Prisma.sql`
    SELECT GROUPING(${k})::int AS is_total, ${k}::text AS key,
      sum(d."received")::int AS received, sum(d."accepted")::int AS accepted, sum(d."rejected")::int AS rejected,
      sum(d."closed")::int AS closed, sum(d."replied")::int AS replied, sum(d."reopened")::int AS reopened, sum(d."late")::int AS late,
      (sum(d."replyMs") / NULLIF(sum(d."replied"), 0) / 3600000)::float8 AS avg_reply_hours,
      sum(d."rated")::int AS rated, sum(d."good")::int AS good
    FROM ${Prisma.raw(`"${table}"`)} d
    WHERE d."day" >= ${from}::date AND d."day" <= ${to}::date
    GROUP BY ROLLUP (${k})`;
}

interface SumRow {
  is_total: number;
  key: string | null;
  received: number;
  accepted: number;
  rejected: number;
  closed: number;
  replied: number;
  reopened: number;
  late: number;
  avg_reply_hours: number | null;
  rated: number;
  good: number;
}

interface LateNowRow {
  company_id: number | null;
  category: string;
  late_now: number;
}

function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000 };
}

function roundHours(hours: number | null): number | null {
  return hours === null ? null : Math.round(hours * 10) / 10;
}

/**
 * Received, accepted, closed, time to reply, overdue, reopen rate and follow-up satisfaction for a
 * period, overall, per company and per category. What was filed and rated each day is summed from
 * the day tables the database keeps in step with every write; only "late right now" depends on
 * `now` and is counted live (docs/decisions/009-complaint-figures.md).
 */
export async function complaintFigures(db: PrismaClient, from: string, to: string, now = new Date()): Promise<ComplaintFigures> {
  const range = dateRange(from, to);
  const start = range.gte ?? new Date(0);
  const end = range.lt ?? now;
  const [companySums, categorySums, lateNow] = await Promise.all([
    db.$queryRaw<SumRow[]>(daySumsSql('ComplaintCompanyDay', 'companyId', from, to)),
    db.$queryRaw<SumRow[]>(daySumsSql('ComplaintCategoryDay', 'category', from, to)),
    db.$queryRaw<LateNowRow[]>(lateNowSql(start, end, now)),
  ]);
  const lateNowByCompany = new Map<number, number>();
  const lateNowByCategory = new Map<string, number>();
  let lateNowTotal = 0;
  for (const r of lateNow) {
    if (r.company_id !== null) lateNowByCompany.set(r.company_id, (lateNowByCompany.get(r.company_id) ?? 0) + r.late_now);
    lateNowByCategory.set(r.category, (lateNowByCategory.get(r.category) ?? 0) + r.late_now);
    lateNowTotal += r.late_now;
  }

  // A company or category is listed when something was filed for it in the period.
  const filed = (rows: SumRow[]) => rows.filter((r) => r.is_total === 0 && r.key !== null && r.received > 0);
  const companyRows = filed(companySums).map((r) => ({ ...r, companyId: Number(r.key) }));
  const names = new Map(
    (await db.company.findMany({ where: { id: { in: companyRows.map((r) => r.companyId) } }, select: { id: true, name: true } })).map(
      (c) => [c.id, c.name],
    ),
  );
  const row = (r: SumRow, lateNowCount: number) => ({
    received: r.received,
    closed: r.closed,
    overdue: r.late + lateNowCount,
    avgReplyHours: roundHours(r.avg_reply_hours),
    satisfaction: ratio(r.good, r.rated),
  });
  const categoryOrder = (c: string) => (COMPLAINT_CATEGORIES as readonly string[]).indexOf(c);
  const total = categorySums.find((r) => r.is_total === 1);
  return {
    from,
    to,
    received: total?.received ?? 0,
    accepted: total?.accepted ?? 0,
    rejected: total?.rejected ?? 0,
    closed: total?.closed ?? 0,
    overdue: (total?.late ?? 0) + lateNowTotal,
    avgReplyHours: roundHours(total?.avg_reply_hours ?? null),
    reopenRate: ratio(total?.reopened ?? 0, total?.replied ?? 0),
    satisfaction: ratio(total?.good ?? 0, total?.rated ?? 0),
    byCompany: companyRows
      .map((r) => ({
        companyId: r.companyId,
        companyName: names.get(r.companyId) ?? `企业 ${r.companyId}`,
        ...row(r, lateNowByCompany.get(r.companyId) ?? 0),
      }))
      .sort((a, b) => b.received - a.received || a.companyId - b.companyId),
    byCategory: filed(categorySums)
      .map((r) => ({ category: String(r.key) as ComplaintCategory, ...row(r, lateNowByCategory.get(String(r.key)) ?? 0) }))
      .sort((a, b) => b.received - a.received || categoryOrder(a.category) - categoryOrder(b.category)),
  };
}
