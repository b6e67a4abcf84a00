import { z } from 'zod';

/** Every role a user can hold; one person may hold several. */
export const ROLES = ['resident', 'worker', 'company_admin', 'correspondent', 'staff', 'admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  resident: '居民',
  worker: '从业人员',
  company_admin: '企业管理员',
  correspondent: '通讯员',
  staff: '协会工作人员',
  admin: '系统管理员',
};

/** Roles that reach the association's desk (工作台). */
export const DESK_ROLES: readonly Role[] = ['staff', 'company_admin'];

/** Admin can do everything staff can; this is the one place that says so. */
export function hasRole(held: readonly Role[], wanted: Role): boolean {
  if (held.includes(wanted)) return true;
  return wanted === 'staff' && held.includes('admin');
}

/** True when the holder has at least one of the wanted roles. */
export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((r) => hasRole(held, r));
}
