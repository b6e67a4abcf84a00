import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  decodeCursor,
  encodeCursor,
  hasRole,
  MEMBERSHIP_LEVELS,
  type CompanyCard,
  type CompanyData,
  type CompanyDetail,
  type CompanyList,
  type MembershipLevel,
  type companyListQuerySchema,
} from '@wuxie/shared';
import type { z } from 'zod';
import { administeredCompany } from '../../lib/company-admin';
import type { Caller } from '../../lib/context';
import { type AppError, conflict, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';
import { isUniqueViolation } from '../../lib/db-errors';
import { escapeLike } from '../../lib/like';

type ListQuery = z.output<typeof companyListQuerySchema>;

const cardSelect = {
  id: true,
  name: true,
  type: true,
  level: true,
  address: true,
  _count: { select: { communities: true } },
} satisfies Prisma.CompanySelect;

type CardRow = Prisma.CompanyGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow): CompanyCard {
  return { id: row.id, name: row.name, type: row.type, level: row.level, address: row.address, communityCount: row._count.communities };
}

function cursorOf(row: { level: MembershipLevel; id: number }): string {
  return encodeCursor({ key: MEMBERSHIP_LEVELS.indexOf(row.level), id: row.id });
}

/** Rows after the cursor in (level, id) order: a later level, or the same level and a larger id. */
function afterCursor(cursor: string | undefined): Prisma.CompanyWhereInput {
  const keyset = cursor ? decodeCursor(cursor) : null;
  if (!keyset) return {};
  const levelIndex = keyset.key ?? 0;
  const level = MEMBERSHIP_LEVELS[levelIndex] ?? 'member';
  return { OR: [{ level: { in: MEMBERSHIP_LEVELS.slice(levelIndex + 1) } }, { level, id: { gt: keyset.id } }] };
}

/** The public directory: 会长单位 first, then by joining order; search by name, filter by type/level. */
export async function listCompanies(db: PrismaClient, query: ListQuery): Promise<CompanyList> {
  const where: Prisma.CompanyWhereInput = {
    AND: [
      query.q ? { name: { contains: escapeLike(query.q), mode: 'insensitive' } } : {},
      query.type ? { type: query.type } : {},
      query.level ? { level: query.level } : {},
      afterCursor(query.cursor),
    ],
  };
  const rows = await db.company.findMany({ where, select: cardSelect, orderBy: [{ level: 'asc' }, { id: 'asc' }], take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { items: page.map(toCard), nextCursor: rows.length > query.limit && last ? cursorOf(last) : null };
}

/** A company's page: the card for everyone; contact, communities and commendations for logged-in users. */
export async function companyDetail(db: PrismaClient, caller: Caller | null, id: number): Promise<CompanyDetail> {
  const row = await db.company.findUnique({
    where: { id },
    select: {
      ...cardSelect,
      creditCode: true,
      contactName: true,
      contactPhone: true,
      intro: true,
      joinedAt: true,
      communities: { select: { id: true, name: true, district: true, address: true }, orderBy: { id: 'asc' } },
      commendations: { select: { id: true, year: true, kind: true, note: true }, orderBy: [{ year: 'desc' }, { kind: 'asc' }] },
    },
  });
  if (!row) throw notFound('会员单位');
  const card = toCard(row);
  if (!caller) return { ...card, details: null };
  const seesWorkers = hasRole(caller.roles, 'staff') || (await administeredCompany(db, caller)) === id;
  const workerCount = seesWorkers ? await db.user.count({ where: { companyId: id } }) : null;
  return {
    ...card,
    details: {
      creditCode: row.creditCode,
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      intro: row.intro,
      joinedAt: row.joinedAt.toISOString(),
      communities: row.communities,
      commendations: row.commendations,
      workerCount,
    },
  };
}

/** Why a company write hit a unique key: the name or the credit code belongs to another company. */
export async function companyConflict(
  db: PrismaClient,
  data: Pick<CompanyData, 'name' | 'creditCode'>,
  exceptId?: number,
): Promise<AppError> {
  const others = await db.company.findMany({
    where: { OR: [{ name: data.name }, { creditCode: data.creditCode }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true, creditCode: true },
  });
  const byCode = others.find((o) => o.creditCode === data.creditCode);
  if (byCode) return conflict(`统一社会信用代码 ${data.creditCode} 已登记为“${byCode.name}”，不能重复添加`);
  const byName = others.find((o) => o.name === data.name);
  if (byName) return conflict(`单位名称“${data.name}”已被另一家单位（信用代码 ${byName.creditCode}）使用`);
  return conflict('单位名称或统一社会信用代码与已有单位重复');
}

/** Staff add a member company; a taken name or credit code is a 409 naming which. */
export async function createCompany(db: PrismaClient, actor: Actor, data: CompanyData): Promise<number> {
  try {
    return await db.$transaction(async (tx) => {
      const company = await tx.company.create({ data, select: { id: true } });
      await writeAudit(tx, actor, {
        action: 'company.create',
        entity: 'company',
        entityId: company.id,
        detail: { name: data.name, creditCode: data.creditCode },
      });
      return company.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await companyConflict(db, data);
    throw error;
  }
}

/** Staff edit a member company. */
export async function updateCompany(db: PrismaClient, actor: Actor, id: number, data: CompanyData): Promise<number> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.company.findUnique({ where: { id }, select: { name: true, creditCode: true, level: true, type: true } });
      if (!before) throw notFound('会员单位');
      await tx.company.update({ where: { id }, data, select: { id: true } });
      await writeAudit(tx, actor, {
        action: 'company.update',
        entity: 'company',
        entityId: id,
        detail: { before, after: { name: data.name, creditCode: data.creditCode, level: data.level, type: data.type } },
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await companyConflict(db, data, id);
    throw error;
  }
}
