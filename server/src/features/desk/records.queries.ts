import { Prisma, type PrismaClient } from '@wuxie/prisma';
import {
  EXAM_RESULT_LABELS,
  OVERDUE_LABELS,
  SATISFACTION_LABELS,
  formatChinaDate,
  type DeskPeriod,
  type DeskRecord,
  type ExamResult,
} from '@wuxie/shared';
import { heldSql } from '../activities/held.queries';
import { overdueWhere } from '../complaints/complaints.rules';
import { periodBounds } from './figures.queries';

// The rows behind figures that no feature lists one by one. Each query spells the rule of the
// figure it backs (named in its comment); figures.test.ts holds every figure equal to its
// list's total on records built for the test.

export interface Page {
  offset: number;
  limit: number;
}
export interface RecordPage {
  total: number;
  numerator: number | null;
  items: DeskRecord[];
}

const nameOf = (name: string, id: number) => name || `用户${id}`;

/**
 * People who checked in at the period's held activities (figure 参加人数, activities' figures:
 * distinct people with a check-in). With a company: its people, counted as its scorecard counts
 * them (confirmed registrations under that company).
 */
export async function participantsList(
  db: PrismaClient,
  period: DeskPeriod,
  now: Date,
  page: Page,
  companyId?: number,
): Promise<RecordPage> {
  const where = Prisma.sql`${heldSql(now, period)} AND r."checkedInAt" IS NOT NULL
    ${companyId === undefined ? Prisma.empty : Prisma.sql`AND r."status" = 'confirmed' AND r."companyId" = ${companyId}`}`;
  const [counted, rows] = await Promise.all([
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(DISTINCT r."userId")::int AS "total" FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" WHERE ${where}`,
    db.$queryRaw<{ id: number; name: string; companyName: string | null; checkIns: number; last: Date }[]>`
      SELECT r."userId" AS "id", u."name", c."name" AS "companyName", count(*)::int AS "checkIns", max(a."startAt") AS "last"
      FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" JOIN "User" u ON u."id" = r."userId" LEFT JOIN "Company" c ON c."id" = u."companyId"
      WHERE ${where}
      GROUP BY r."userId", u."name", c."name"
      ORDER BY "checkIns" DESC, r."userId" ASC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return {
    total: counted[0]?.total ?? 0,
    numerator: null,
    items: rows.map((r) => ({
      id: r.id,
      title: nameOf(r.name, r.id),
      detail: `${r.companyName ?? '未绑定单位'}；签到 ${r.checkIns} 场`,
      date: formatChinaDate(r.last),
      counted: null,
    })),
  };
}

/** Companies whose people checked in (figure 参加单位: distinct companies of the checked-in registrations). */
export async function companiesList(db: PrismaClient, period: DeskPeriod, now: Date, page: Page): Promise<RecordPage> {
  const where = Prisma.sql`${heldSql(now, period)} AND r."checkedInAt" IS NOT NULL AND r."companyId" IS NOT NULL`;
  const [counted, rows] = await Promise.all([
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(DISTINCT r."companyId")::int AS "total" FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" WHERE ${where}`,
    db.$queryRaw<{ id: number; name: string; attendances: number; people: number }[]>`
      SELECT c."id", c."name", count(*)::int AS "attendances", count(DISTINCT r."userId")::int AS "people"
      FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" JOIN "Company" c ON c."id" = r."companyId"
      WHERE ${where}
      GROUP BY c."id", c."name"
      ORDER BY "attendances" DESC, c."id" ASC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return {
    total: counted[0]?.total ?? 0,
    numerator: null,
    items: rows.map((r) => ({
      id: r.id,
      title: r.name,
      detail: `签到 ${r.attendances} 人次（${r.people} 人）`,
      date: null,
      counted: null,
    })),
  };
}

/** Exam attempts that count as sat (figure 认定考试合格率's denominator): confirmed, and checked in or given a result. */
export async function examAttemptsList(db: PrismaClient, period: DeskPeriod, now: Date, page: Page): Promise<RecordPage> {
  const where = Prisma.sql`${heldSql(now, period)} AND a."type" = 'exam' AND r."status" = 'confirmed' AND (r."checkedInAt" IS NOT NULL OR r."result" IS NOT NULL)`;
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: number; passed: number }[]>`
      SELECT count(*)::int AS "total", count(*) FILTER (WHERE r."result" = 'passed')::int AS "passed"
      FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" WHERE ${where}`,
    db.$queryRaw<
      { id: number; userId: number; name: string; title: string; startAt: Date; result: ExamResult | null; score: string | null }[]
    >`
      SELECT r."id", r."userId", u."name", a."title", a."startAt", r."result"::text AS "result", r."score"::text AS "score"
      FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" JOIN "User" u ON u."id" = r."userId"
      WHERE ${where}
      ORDER BY a."startAt" ASC, r."id" ASC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return {
    total: counted[0]?.total ?? 0,
    numerator: counted[0]?.passed ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      title: nameOf(r.name, r.userId),
      detail: `${r.title}；${r.result ? EXAM_RESULT_LABELS[r.result] : '未登记成绩'}${r.score !== null ? `（${Number(r.score)} 分）` : ''}`,
      date: formatChinaDate(r.startAt),
      counted: r.result === 'passed',
    })),
  };
}

/** Passes in the period that were the person's first exam with a result (figure 一次性通过认定). */
export async function firstPassesList(db: PrismaClient, period: DeskPeriod, now: Date, page: Page): Promise<RecordPage> {
  const where = Prisma.sql`${heldSql(now, period)} AND a."type" = 'exam' AND r."status" = 'confirmed' AND r."result" = 'passed'
    AND NOT EXISTS (
      SELECT 1 FROM "Registration" p JOIN "Activity" pa ON pa."id" = p."activityId"
      WHERE p."userId" = r."userId" AND pa."type" = 'exam' AND p."result" IS NOT NULL AND pa."startAt" < a."startAt")`;
  const [counted, rows] = await Promise.all([
    db.$queryRaw<
      { total: number }[]
    >`SELECT count(*)::int AS "total" FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" WHERE ${where}`,
    db.$queryRaw<{ id: number; userId: number; name: string; title: string; startAt: Date; certificateNo: string | null }[]>`
      SELECT r."id", r."userId", u."name", a."title", a."startAt", r."certificateNo"
      FROM "Registration" r JOIN "Activity" a ON a."id" = r."activityId" JOIN "User" u ON u."id" = r."userId"
      WHERE ${where}
      ORDER BY a."startAt" ASC, r."id" ASC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return {
    total: counted[0]?.total ?? 0,
    numerator: null,
    items: rows.map((r) => ({
      id: r.id,
      title: nameOf(r.name, r.userId),
      detail: `${r.title}${r.certificateNo ? `；证书 ${r.certificateNo}` : ''}`,
      date: formatChinaDate(r.startAt),
      counted: null,
    })),
  };
}

/** News stats' rule for the correspondents ranked: a published article in the period, and the author holds the role. */
function correspondentsWhere(period: DeskPeriod): Prisma.Sql {
  const { start, end } = periodBounds(period);
  return Prisma.sql`a."status" = 'published' AND a."publishedAt" >= ${start} AND a."publishedAt" < ${end} AND 'correspondent'::"Role" = ANY (u."roles")`;
}

/**
 * How many correspondents published in the period (figure 供稿通讯员). The news stats list only the
 * top 50 candidates, so their length is not the count.
 */
export async function countCorrespondents(db: PrismaClient, period: DeskPeriod): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(DISTINCT u."id")::int AS "total" FROM "Article" a JOIN "User" u ON u."id" = a."authorId" WHERE ${correspondentsWhere(period)}`;
  return row?.total ?? 0;
}

/** The correspondents who published in the period, most articles first (the list behind 供稿通讯员). */
export async function correspondentsList(db: PrismaClient, period: DeskPeriod, page: Page): Promise<RecordPage> {
  const where = correspondentsWhere(period);
  const [total, rows] = await Promise.all([
    countCorrespondents(db, period),
    db.$queryRaw<{ id: number; name: string; companyName: string | null; published: number; last: Date }[]>`
      SELECT u."id", u."name", c."name" AS "companyName", count(*)::int AS "published", max(a."publishedAt") AS "last"
      FROM "Article" a JOIN "User" u ON u."id" = a."authorId" LEFT JOIN "Company" c ON c."id" = u."companyId"
      WHERE ${where}
      GROUP BY u."id", u."name", c."name"
      ORDER BY "published" DESC, u."id" ASC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  ]);
  return {
    total,
    numerator: null,
    items: rows.map((r) => ({
      id: r.id,
      title: nameOf(r.name, r.id),
      detail: `${r.companyName ? `${r.companyName}；` : ''}发表 ${r.published} 篇`,
      date: formatChinaDate(r.last),
      counted: null,
    })),
  };
}

/** Follow-up visits recorded in the period (figure 回访满意率: satisfied + basically satisfied over all visits). */
export async function followUpsList(db: PrismaClient, period: DeskPeriod, page: Page): Promise<RecordPage> {
  const { start, end } = periodBounds(period);
  const where: Prisma.ComplaintFollowUpWhereInput = { createdAt: { gte: start, lt: end } };
  const good: Prisma.ComplaintFollowUpWhereInput = { ...where, satisfaction: { in: ['satisfied', 'basically_satisfied'] } };
  const [total, numerator, rows] = await Promise.all([
    db.complaintFollowUp.count({ where }),
    db.complaintFollowUp.count({ where: good }),
    db.complaintFollowUp.findMany({
      where,
      select: {
        id: true,
        satisfaction: true,
        round: true,
        createdAt: true,
        complaint: { select: { number: true, title: true, company: { select: { name: true } } } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
    }),
  ]);
  return {
    total,
    numerator,
    items: rows.map((f) => ({
      id: f.id,
      title: `${f.complaint.number} ${f.complaint.title}`,
      detail: `${SATISFACTION_LABELS[f.satisfaction]}${f.round > 1 ? `（第 ${f.round} 轮）` : ''}${f.complaint.company ? `；${f.complaint.company.name}` : ''}`,
      date: formatChinaDate(f.createdAt),
      counted: f.satisfaction !== 'unsatisfied',
    })),
  };
}

/**
 * Complaints filed in the period that were accepted late, replied late, or are past a deadline now
 * (figure 超时投诉, complaints' rule). The ledger's "只看超时" shows only the last kind, so this
 * list is the one that adds up to the figure.
 */
export async function overdueComplaintsList(db: PrismaClient, period: DeskPeriod, now: Date, page: Page): Promise<RecordPage> {
  const { start, end } = periodBounds(period);
  const c = db.complaint.fields;
  const where: Prisma.ComplaintWhereInput = {
    createdAt: { gte: start, lt: end },
    OR: [{ acceptedAt: { gt: c.acceptDueAt } }, { repliedAt: { gt: c.replyDueAt } }, overdueWhere(now)],
  };
  const [total, rows] = await Promise.all([
    db.complaint.count({ where }),
    db.complaint.findMany({
      where,
      select: {
        id: true,
        number: true,
        title: true,
        createdAt: true,
        acceptedAt: true,
        acceptDueAt: true,
        repliedAt: true,
        replyDueAt: true,
        company: { select: { name: true } },
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: page.offset,
      take: page.limit,
    }),
  ]);
  const why = (r: (typeof rows)[number]) => {
    if (r.acceptedAt && r.acceptedAt > r.acceptDueAt) return OVERDUE_LABELS.accept;
    if (r.repliedAt && r.replyDueAt && r.repliedAt > r.replyDueAt) return OVERDUE_LABELS.reply;
    return '目前已超时';
  };
  return {
    total,
    numerator: null,
    items: rows.map((r) => ({
      id: r.id,
      title: `${r.number} ${r.title}`,
      detail: `${why(r)}${r.company ? `；${r.company.name}` : ''}`,
      date: formatChinaDate(r.createdAt),
      counted: null,
    })),
  };
}
