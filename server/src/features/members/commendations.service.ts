import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  COMMENDATION_KIND_LABELS,
  type commendationInputSchema,
  type commendationListQuerySchema,
  commendationSubject,
  maskPhone,
  type Commendation,
  type CommendationList,
} from '@wuxie/shared';
import type { z } from 'zod';
import { AppError, conflict, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';
import { isUniqueViolation } from '../../lib/db-errors';
import { escapeLike } from '../../lib/like';

type Input = z.output<typeof commendationInputSchema>;
type ListQuery = z.output<typeof commendationListQuerySchema>;

const select = {
  id: true,
  year: true,
  kind: true,
  note: true,
  createdAt: true,
  company: { select: { id: true, name: true } },
  user: { select: { id: true, name: true, username: true, company: { select: { name: true } } } },
} satisfies Prisma.CommendationSelect;

type Row = Prisma.CommendationGetPayload<{ select: typeof select }>;

function toCommendation(row: Row): Commendation {
  return {
    id: row.id,
    year: row.year,
    kind: row.kind,
    note: row.note,
    company: row.company,
    user: row.user
      ? { id: row.user.id, name: row.user.name || row.user.username || `用户${row.user.id}`, companyName: row.user.company?.name ?? null }
      : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Commendations by year or range of years (newest first), optionally of one kind, company or person. */
export async function listCommendations(db: PrismaClient, query: ListQuery): Promise<CommendationList> {
  const rows = await db.commendation.findMany({
    where: {
      ...(query.year ? { year: query.yearTo ? { gte: query.year, lte: query.yearTo } : query.year } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.companyId ? { companyId: query.companyId } : {}),
      ...(query.userId ? { userId: query.userId } : {}),
    },
    select,
    orderBy: [{ year: 'desc' }, { kind: 'asc' }, { id: 'asc' }],
    take: 500,
  });
  return { items: rows.map(toCommendation) };
}

/** Staff record a commendation; the same one twice in a year is a 409 (unique year + kind + subject). */
export async function createCommendation(db: PrismaClient, actor: Actor, input: Input): Promise<Commendation> {
  const target = input.companyId !== undefined ? { companyId: input.companyId } : { userId: input.userId ?? 0 };
  const subjectName =
    'companyId' in target
      ? (await db.company.findUnique({ where: { id: target.companyId }, select: { name: true } }))?.name
      : await db.user
          .findUnique({ where: { id: target.userId }, select: { name: true, username: true } })
          .then((u) => (u ? u.name || u.username || `用户${target.userId}` : undefined));
  if (subjectName === undefined) {
    const field = 'companyId' in target ? 'companyId' : 'userId';
    throw new AppError('VALIDATION_FAILED', `所选${'companyId' in target ? '单位' : '人员'}不存在，请重新选择`, [
      { path: field, message: '不存在' },
    ]);
  }
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.commendation.create({
        data: { year: input.year, kind: input.kind, note: input.note, subject: commendationSubject(target), ...target },
        select,
      });
      await writeAudit(tx, actor, {
        action: 'commendation.create',
        entity: 'commendation',
        entityId: row.id,
        detail: { year: input.year, kind: input.kind, subject: commendationSubject(target) },
      });
      return toCommendation(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`${input.year} 年已将“${subjectName}”评为${COMMENDATION_KIND_LABELS[input.kind]}，无需重复登记`);
    throw error;
  }
}

/** Staff withdraw a commendation recorded by mistake. */
export async function deleteCommendation(db: PrismaClient, actor: Actor, id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.commendation.findUnique({ where: { id }, select: { year: true, kind: true, subject: true } });
    if (!row) throw notFound('表彰记录');
    await tx.commendation.delete({ where: { id } });
    await writeAudit(tx, actor, { action: 'commendation.delete', entity: 'commendation', entityId: id, detail: row });
  });
}

/** People staff can pick for 优秀通讯员: by name, username or phone. */
export async function searchPeople(db: PrismaClient, q: string) {
  const text = escapeLike(q);
  const rows = await db.user.findMany({
    where: {
      disabled: false,
      OR: [
        { name: { contains: text, mode: 'insensitive' } },
        { username: { contains: text, mode: 'insensitive' } },
        { phone: { contains: text } },
      ],
    },
    select: { id: true, name: true, username: true, phone: true, company: { select: { name: true } } },
    orderBy: { id: 'asc' },
    take: 20,
  });
  return {
    items: rows.map((u) => ({
      id: u.id,
      name: u.name || u.username || `用户${u.id}`,
      phone: u.phone ? maskPhone(u.phone) : null,
      companyName: u.company?.name ?? null,
    })),
  };
}
