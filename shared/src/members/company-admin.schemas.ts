import { z } from 'zod';
import { roleSchema } from '../auth/roles';
import { idSchema, idTextSchema } from '../common/ids';
import { mobilePhoneSchema } from '../common/phone';
import { companyWorkerSchema, companyWorkersQuerySchema } from './invitation.schemas';

/**
 * Staff make someone a company's admin: a person already bound to it (picked from its people by
 * id), or a person found by the phone number on their account (bound to the company if unbound).
 */
export const grantCompanyAdminSchema = z
  .object({
    userId: idSchema('人员').optional(),
    phone: mobilePhoneSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.userId === undefined && v.phone === undefined)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: '请从本单位人员中选择，或填写对方账号绑定的手机号' });
    if (v.userId !== undefined && v.phone !== undefined)
      ctx.addIssue({ code: 'custom', path: ['phone'], message: '选择了人员就不用再填手机号（二选一）' });
  })
  .meta({ id: 'GrantCompanyAdmin' });
export type GrantCompanyAdmin = z.input<typeof grantCompanyAdminSchema>;

/** Staff list a company's people: everyone bound to it, or only its admins. */
export const companyPeopleQuerySchema = companyWorkersQuerySchema.extend({
  admins: z
    .enum(['true', 'false'], { error: '“只看管理员”应为 true 或 false' })
    .transform((v) => v === 'true')
    .optional(),
});

/** Path parameters of DELETE /companies/{id}/admins/{userId}. */
export const companyAdminParamsSchema = z.object({ id: idTextSchema('单位'), userId: idTextSchema('人员') });

/** When an appointment reaches the person: their session carries the role from its next refresh. */
export const ADMIN_GRANT_EFFECT = '企业管理员功能在对方登录状态刷新后生效（默认最长 15 分钟，重新登录即刻生效）';
/** A revocation takes every company-admin power away at once (the server reads the role from the database). */
export const ADMIN_REVOKE_EFFECT = '即刻生效：对方不能再管理邀请码和员工、查看本单位投诉或为员工报名';

export const companyAdminChangeSchema = z
  .object({
    company: z.object({ id: z.number().int(), name: z.string() }),
    person: companyWorkerSchema,
    roles: z.array(roleSchema),
    changed: z.boolean().describe('false when the person already was (or was not) the admin'),
    message: z.string(),
  })
  .meta({ id: 'CompanyAdminChange' });
export type CompanyAdminChange = z.infer<typeof companyAdminChangeSchema>;
