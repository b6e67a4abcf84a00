import type { Prisma, PrismaClient } from '@wuxie/prisma';
import type { communityListQuerySchema, CommunityData, CommunityList } from '@wuxie/shared';
import type { z } from 'zod';
import { AppError, conflict, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';
import { isUniqueViolation } from '../../lib/db-errors';
import { escapeLike } from '../../lib/like';

type ListQuery = z.output<typeof communityListQuerySchema>;

const rowSelect = {
  id: true,
  name: true,
  district: true,
  address: true,
  company: { select: { id: true, name: true } },
} satisfies Prisma.CommunitySelect;

/** Communities for staff: search by name, filter by managing company, newest first (keyset on id). */
export async function listCommunities(db: PrismaClient, query: ListQuery): Promise<CommunityList> {
  const rows = await db.community.findMany({
    where: {
      ...(query.q ? { name: { contains: escapeLike(query.q), mode: 'insensitive' as const } } : {}),
      ...(query.companyId ? { companyId: query.companyId } : {}),
      ...(query.cursor ? { id: { lt: query.cursor } } : {}),
    },
    select: rowSelect,
    orderBy: { id: 'desc' },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return { items: page, nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
}

async function requireCompany(db: Prisma.TransactionClient, companyId: number | null): Promise<void> {
  if (companyId === null) return;
  const found = await db.company.findUnique({ where: { id: companyId }, select: { id: true } });
  if (!found) throw new AppError('VALIDATION_FAILED', '所选管理单位不存在，请重新选择', [{ path: 'companyId', message: '管理单位不存在' }]);
}

function duplicate(data: CommunityData): AppError {
  return conflict(`${data.district || '（未填区县）'}已有名为“${data.name}”的小区，不能重复添加`);
}

/** Staff add a community (unique by name within a district). */
export async function createCommunity(db: PrismaClient, actor: Actor, data: CommunityData): Promise<number> {
  try {
    return await db.$transaction(async (tx) => {
      await requireCompany(tx, data.companyId);
      const row = await tx.community.create({ data, select: { id: true } });
      await writeAudit(tx, actor, {
        action: 'community.create',
        entity: 'community',
        entityId: row.id,
        detail: { name: data.name, district: data.district, companyId: data.companyId },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(data);
    throw error;
  }
}

/** Staff edit a community; changing its managing company re-routes future complaints only. */
export async function updateCommunity(db: PrismaClient, actor: Actor, id: number, data: CommunityData): Promise<number> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.community.findUnique({ where: { id }, select: { name: true, district: true, companyId: true } });
      if (!before) throw notFound('小区');
      await requireCompany(tx, data.companyId);
      await tx.community.update({ where: { id }, data, select: { id: true } });
      await writeAudit(tx, actor, {
        action: 'community.update',
        entity: 'community',
        entityId: id,
        detail: { before, after: { name: data.name, district: data.district, companyId: data.companyId } },
      });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(data);
    throw error;
  }
}
