import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { type companyWorkersQuerySchema, maskPhone, type CompanyWorkerList, type Role } from '@wuxie/shared';
import type { z } from 'zod';
import { AppError, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';
import { escapeLike } from '../../lib/like';

type WorkersQuery = z.output<typeof companyWorkersQuerySchema> & { admins?: boolean };

/** The people bound to a company (admins included, or only admins), by id; phones masked. */
export async function listWorkers(db: PrismaClient, companyId: number, viewerId: number, query: WorkersQuery): Promise<CompanyWorkerList> {
  const search: Prisma.UserWhereInput = query.q
    ? { OR: [{ name: { contains: escapeLike(query.q), mode: 'insensitive' } }, { phone: { contains: escapeLike(query.q) } }] }
    : {};
  // The admins by SQL: Prisma's `roles: { has }` is refused by the PGlite adapter on some paths (see notify.service.ts).
  const admins = query.admins
    ? (
        await db.$queryRaw<
          { id: number }[]
        >`SELECT "id" FROM "User" WHERE "companyId" = ${companyId} AND 'company_admin'::"Role" = ANY ("roles")`
      ).map((r) => r.id)
    : null;
  const where: Prisma.UserWhereInput = { companyId, ...search, ...(admins ? { id: { in: admins } } : {}) };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where: { ...where, ...(query.cursor ? { id: { gt: query.cursor } } : {}) },
      select: { id: true, name: true, username: true, phone: true, roles: true },
      orderBy: { id: 'asc' },
      take: query.limit + 1,
    }),
    db.user.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((u) => ({
      id: u.id,
      name: u.name || u.username || `用户${u.id}`,
      phone: u.phone ? maskPhone(u.phone) : null,
      roles: u.roles,
      isAdmin: u.roles.includes('company_admin'),
      isSelf: u.id === viewerId,
    })),
    total,
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * A company admin unbinds a worker who left: the company and the worker role are removed in one
 * conditional update (only while the person is still in this company). Admins are not unbound
 * here — the association changes admin accounts. The person's old access token keeps its claims
 * until it expires (minutes); their next refresh carries the new ones.
 */
export async function unbindWorker(
  db: PrismaClient,
  actor: Actor,
  companyId: number,
  userId: number,
): Promise<{ id: number; name: string; roles: Role[] }> {
  if (userId === actor.userId) throw new AppError('CONFLICT', '不能解绑自己；如需更换企业管理员，请联系协会');
  return db.$transaction(async (tx) => {
    const person = await tx.user.findFirst({ where: { id: userId, companyId }, select: { name: true, username: true, roles: true } });
    if (!person) throw notFound('本单位员工');
    if (person.roles.includes('company_admin')) throw new AppError('CONFLICT', '企业管理员不能在这里解绑；如需调整，请联系协会');
    const roles = person.roles.filter((r) => r !== 'worker');
    const finalRoles: Role[] = roles.length ? roles : ['resident'];
    const changed = await tx.user.updateMany({ where: { id: userId, companyId }, data: { companyId: null, roles: finalRoles } });
    if (changed.count !== 1) throw notFound('本单位员工');
    await writeAudit(tx, actor, {
      action: 'worker.unbind',
      entity: 'user',
      entityId: userId,
      detail: { companyId, rolesBefore: person.roles, rolesAfter: finalRoles },
    });
    return { id: userId, name: person.name || person.username || `用户${userId}`, roles: finalRoles };
  });
}
