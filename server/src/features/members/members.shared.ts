import { hasRole, type Role } from '@wuxie/shared';
import type { Caller } from '../../lib/context';

/** True for the association's staff (admin counts as staff). */
export function isStaff(caller: Pick<Caller, 'roles'> | null): boolean {
  return caller !== null && hasRole(caller.roles as Role[], 'staff');
}

/** True for the admin of the given company (from the token's company). */
export function isAdminOf(caller: Pick<Caller, 'roles' | 'companyId'> | null, companyId: number): boolean {
  return caller !== null && caller.companyId === companyId && hasRole(caller.roles as Role[], 'company_admin');
}
