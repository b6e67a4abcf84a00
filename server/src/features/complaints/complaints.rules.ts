import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  OVERDUE_RULES,
  addWorkingDays,
  calendarSpanDays,
  chinaDate,
  nextChinaDate,
  chinaDayStart,
  complaintActorsOf,
  decodeCursor,
  type ActorInput,
  type ComplaintActor,
  type ComplaintStatus,
  type LedgerFilter,
  type WorkCalendar,
} from '@wuxie/shared';
import { administeredCompany } from '../../lib/company-admin';
import type { Caller } from '../../lib/context';
import { escapeLike } from '../../lib/like';

type Db = PrismaClient | Prisma.TransactionClient;

/** The holiday overrides from `from` as far as a deadline of `workdays` can reach. */
export async function loadWorkCalendar(db: Db, from: Date, workdays: number): Promise<WorkCalendar> {
  const first = chinaDate(from);
  const last = chinaDate(new Date(from.getTime() + calendarSpanDays(workdays) * 86_400_000));
  const rows = await db.workCalendarDay.findMany({ where: { date: { gte: first, lte: last } }, select: { date: true, isWorkday: true } });
  return new Map(rows.map((r) => [r.date, r.isWorkday]));
}

/** A deadline `workdays` working days after `from`, honouring the holiday calendar. */
export async function deadlineAfter(db: Db, from: Date, workdays: number): Promise<Date> {
  return addWorkingDays(from, workdays, await loadWorkCalendar(db, from, workdays));
}

/** The overdue condition of the shared OVERDUE_RULES, as a Prisma filter at `now`. */
export function overdueWhere(now: Date): Prisma.ComplaintWhereInput {
  return { OR: OVERDUE_RULES.map((rule) => ({ status: { in: [...rule.statuses] }, [rule.due]: { lt: now } })) };
}

/** The instants a Beijing date range covers: [from 00:00, the day after `to` 00:00). */
export function dateRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return { ...(from ? { gte: chinaDayStart(from) } : {}), ...(to ? { lt: chinaDayStart(nextChinaDate(to)) } : {}) };
}

/** The ledger's filters as one Prisma where. */
export function ledgerWhere(f: LedgerFilter, now: Date): Prisma.ComplaintWhereInput {
  const and: Prisma.ComplaintWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.category) and.push({ category: f.category });
  if (f.companyId) and.push({ companyId: f.companyId });
  if (f.communityId) and.push({ communityId: f.communityId });
  if (f.from || f.to) and.push({ createdAt: dateRange(f.from, f.to) });
  if (f.overdue === true) and.push(overdueWhere(now));
  if (f.overdue === false) and.push({ NOT: overdueWhere(now) });
  if (f.q) and.push(/^TS\d+$/i.test(f.q) ? { number: { startsWith: f.q.toUpperCase() } } : { title: { contains: escapeLike(f.q) } });
  return { AND: and };
}

/** Who the caller is to a complaint, their being its company's admin read from the database (lib/company-admin). */
export async function complaintActorsFor(db: Db, caller: Caller, complaint: ActorInput['complaint']): Promise<ComplaintActor[]> {
  const routedToCompany = complaint.companyId !== null && complaint.assignedAt !== null;
  const adminOfCompany = routedToCompany ? await administeredCompany(db, caller) : null;
  return complaintActorsOf({ caller: { ...caller, adminOfCompany }, complaint });
}

/** The due-date column that orders a status's queue (overdue first), if it has one. */
export function dueColumnOf(status: ComplaintStatus | undefined): 'acceptDueAt' | 'replyDueAt' | null {
  if (!status) return null;
  return OVERDUE_RULES.find((r) => r.statuses.includes(status))?.due ?? null;
}

/** The (timestamp, id) a page stopped at; none for a missing cursor (or text that is none: the route's schema refuses those). */
function stoppedAt(cursor: string | undefined): { at: Date | null; id: number } | null {
  const keyset = cursor ? decodeCursor(cursor) : null;
  return keyset && { at: keyset.key === null ? null : new Date(keyset.key), id: keyset.id };
}

/** Keyset page over newest first: (createdAt, id) descending. */
export function newestPage(cursor: string | undefined): {
  where: Prisma.ComplaintWhereInput;
  orderBy: Prisma.ComplaintOrderByWithRelationInput[];
} {
  const orderBy: Prisma.ComplaintOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
  const stop = stoppedAt(cursor);
  if (!stop) return { where: {}, orderBy };
  const { at, id } = stop;
  if (!at) return { where: { id: { lt: id } }, orderBy };
  // The outer bound lets PostgreSQL start the index walk at the cursor; with the OR alone it
  // walks from the newest row (measured: 1.7 s at row 500,000 of 1M, 0.1 ms with the bound).
  return { where: { createdAt: { lte: at }, OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] }, orderBy };
}

/** Keyset page over a due date ascending, missing dates last: the most overdue come first. */
export function duePage(
  column: 'acceptDueAt' | 'replyDueAt',
  cursor: string | undefined,
): { where: Prisma.ComplaintWhereInput; orderBy: Prisma.ComplaintOrderByWithRelationInput[] } {
  // acceptDueAt is never null; replyDueAt may be (an accepted complaint from before deadlines were kept).
  const first: Prisma.ComplaintOrderByWithRelationInput =
    column === 'replyDueAt' ? { replyDueAt: { sort: 'asc', nulls: 'last' } } : { acceptDueAt: 'asc' };
  const orderBy: Prisma.ComplaintOrderByWithRelationInput[] = [first, { id: 'asc' }];
  const stop = stoppedAt(cursor);
  if (!stop) return { where: {}, orderBy };
  const { at, id } = stop;
  if (!at) return { where: column === 'replyDueAt' ? { replyDueAt: null, id: { gt: id } } : { id: { gt: id } }, orderBy };
  const after: Prisma.ComplaintWhereInput[] = [{ [column]: { gt: at } }, { [column]: at, id: { gt: id } }];
  if (column === 'replyDueAt') after.push({ replyDueAt: null });
  // Same index-start bound as newestPage; replyDueAt keeps its null tail, so only acceptDueAt gets it.
  return { where: column === 'acceptDueAt' ? { acceptDueAt: { gte: at }, OR: after } : { OR: after }, orderBy };
}
