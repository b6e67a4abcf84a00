import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { encodeCursor, type ComplaintDetail, type ComplaintPage } from '@wuxie/shared';
import { requireAdministeredCompany } from '../../lib/company-admin';
import type { Caller } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { escapeLike } from '../../lib/like';
import { complaintActorsFor, dueColumnOf, duePage, ledgerWhere, newestPage } from './complaints.rules';
import { detailSelect, summarySelect, toDetail, toSummary, type SummaryRow, type Viewer } from './complaints.mappers';
import type { z } from 'zod';
import type { deskQuerySchema, ledgerQuerySchema, pageQuerySchema } from '@wuxie/shared';

type Order = 'newest' | { due: 'acceptDueAt' | 'replyDueAt' };

async function page(
  db: PrismaClient,
  where: Prisma.ComplaintWhereInput,
  order: Order,
  cursor: string | undefined,
  limit: number,
  viewer: Viewer,
  now: Date,
): Promise<ComplaintPage> {
  const keyset = order === 'newest' ? newestPage(cursor) : duePage(order.due, cursor);
  const rows: SummaryRow[] = await db.complaint.findMany({
    where: { AND: [where, keyset.where] },
    orderBy: keyset.orderBy,
    take: limit + 1,
    select: summarySelect,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  let nextCursor: string | null = null;
  if (rows.length > limit && last)
    nextCursor = encodeCursor({ key: (order === 'newest' ? last.createdAt : last[order.due])?.getTime() ?? null, id: last.id });
  return { items: items.map((r) => toSummary(r, viewer, now)), nextCursor };
}

/** The resident's own complaints, newest first. */
export function listMine(db: PrismaClient, caller: Caller, q: z.output<typeof pageQuerySchema>, now = new Date()): Promise<ComplaintPage> {
  return page(db, { residentId: caller.userId }, 'newest', q.cursor, q.limit, 'resident', now);
}

/** The company's desk: what it owes a reply on, most overdue first; or everything ever routed to it. */
export async function listDesk(
  db: PrismaClient,
  caller: Caller,
  q: z.output<typeof deskQuerySchema>,
  now = new Date(),
): Promise<ComplaintPage> {
  const companyId = await requireAdministeredCompany(db, caller, '查看本单位的投诉');
  const mine: Prisma.ComplaintWhereInput = { companyId, assignedAt: { not: null } };
  if (q.tab === 'todo')
    return page(db, { ...mine, status: { in: ['assigned', 'reopened'] } }, { due: 'replyDueAt' }, q.cursor, q.limit, 'company', now);
  return page(db, mine, 'newest', q.cursor, q.limit, 'company', now);
}

/** The association's ledger (台账): every complaint, filtered; newest first, or by deadline within one status. */
export function listLedger(db: PrismaClient, q: z.output<typeof ledgerQuerySchema>, now = new Date()): Promise<ComplaintPage> {
  let order: Order = 'newest';
  if (q.order === 'due') {
    const due = dueColumnOf(q.status);
    if (!due) {
      throw new AppError('VALIDATION_FAILED', '按期限排序时请先选择状态：待受理、已受理、办理中或重新办理', [
        { path: 'order', message: '按期限排序需要选择有期限的状态' },
      ]);
    }
    order = { due };
  }
  return page(db, ledgerWhere(q, now), order, q.cursor, q.limit, 'staff', now);
}

/** One complaint as the caller may see it; someone else's is "not found", never "forbidden". */
export async function getDetail(db: PrismaClient, caller: Caller, id: number, secret: string, now = new Date()): Promise<ComplaintDetail> {
  const row = await db.complaint.findUnique({ where: { id }, select: detailSelect });
  if (!row) throw notFound('投诉');
  const actors = await complaintActorsFor(db, caller, row);
  if (actors.length === 0) throw notFound('投诉');
  return toDetail(row, actors, now, secret);
}

/** Communities for the filing form's searchable picker, with the company that will handle it. */
export async function searchCommunities(db: PrismaClient, q: string, limit: number) {
  const rows = await db.community.findMany({
    where: q
      ? { OR: [{ name: { contains: escapeLike(q) } }, { district: { contains: escapeLike(q) } }, { address: { contains: escapeLike(q) } }] }
      : {},
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, name: true, district: true, company: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, district: r.district, companyName: r.company?.name ?? null }));
}

/** Member companies for staff to assign or filter by. */
export function listCompanies(db: PrismaClient, q: string) {
  return db.company.findMany({
    where: q ? { name: { contains: escapeLike(q) } } : {},
    orderBy: { name: 'asc' },
    take: 200,
    select: { id: true, name: true },
  });
}
