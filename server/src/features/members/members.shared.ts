import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { hasRole, type Role } from '@wuxie/shared';
import type { Caller } from '../../lib/context';
import { isUniqueViolation } from '../../lib/db-errors';

/** Who did a staff or company-admin action, for the audit trail. */
export interface Actor {
  userId: number;
  requestId?: string;
}

type Tx = Prisma.TransactionClient | PrismaClient;

/** One AuditLog row for a members action. */
export async function audit(tx: Tx, actor: Actor, action: string, entity: string, entityId: number, detail: Prisma.InputJsonValue = {}): Promise<void> {
  await tx.auditLog.create({ data: { actorId: actor.userId, action, entity, entityId: String(entityId), detail, requestId: actor.requestId ?? null } });
}

/** True for the association's staff (admin counts as staff). */
export function isStaff(caller: Pick<Caller, 'roles'> | null): boolean {
  return caller !== null && hasRole(caller.roles as Role[], 'staff');
}

/** True for the admin of the given company (from the token's company). */
export function isAdminOf(caller: Pick<Caller, 'roles' | 'companyId'> | null, companyId: number): boolean {
  return caller !== null && caller.companyId === companyId && hasRole(caller.roles as Role[], 'company_admin');
}

export { isUniqueViolation };

/** Escapes LIKE wildcards so a search for "100%" means the text "100%". */
export function likeText(q: string): string {
  return q.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
