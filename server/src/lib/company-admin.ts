import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { hasRole } from '@wuxie/shared';
import type { Caller } from './context';
import { forbidden } from './errors';

type Db = Prisma.TransactionClient | PrismaClient;

/**
 * The one answer to "which company does this caller administer": the company the database says
 * they are an admin of now, or null. The roles in an access token are a cache: read from it alone, a
 * revoked admin would keep the company's powers until the token expires, so every company-admin
 * power (invitations, workers, bulk sign-up, the company's complaints) asks here and a revocation
 * takes them all at once. A token without the role is not read further: a new appointment
 * reaches the person with their next refresh, as the route guards see it (docs/decisions/007).
 */
export async function administeredCompany(db: Db, caller: Caller): Promise<number | null> {
  if (!hasRole(caller.roles, 'company_admin')) return null;
  const row = await db.user.findUnique({ where: { id: caller.userId }, select: { companyId: true, roles: true, disabled: true } });
  if (!row || row.disabled || row.companyId === null || !hasRole(row.roles, 'company_admin')) return null;
  return row.companyId;
}

/** The company the caller administers now; 403 saying they cannot `what` (e.g. 为员工报名) otherwise. */
export async function requireAdministeredCompany(db: Db, caller: Caller, what: string): Promise<number> {
  const companyId = await administeredCompany(db, caller);
  if (companyId !== null) return companyId;
  if (caller.companyId === null) throw forbidden(`您的账号还没有绑定企业，不能${what}`);
  throw forbidden(`您已不是该单位的企业管理员，不能${what}；如有疑问请联系协会`);
}
