import { z } from 'zod';
import { roleSchema } from '../auth/roles';
import { idTextSchema } from '../common/ids';
import { searchTextSchema } from '../common/search-text';
import { INVITATION_MAX_USES_LIMIT, INVITATION_STATES, INVITATION_VALID_DAYS_LIMIT, invitationCodeSchema } from './invitation-code';

/** What a company admin chooses for a new code. */
export const createInvitationSchema = z
  .object({
    maxUses: z
      .number({ error: '可使用次数应为数字' })
      .int({ message: '可使用次数应为整数' })
      .min(1, { message: '可使用次数至少为 1' })
      .max(INVITATION_MAX_USES_LIMIT, { message: `可使用次数最多 ${INVITATION_MAX_USES_LIMIT}` })
      .default(20),
    validDays: z
      .number({ error: '有效天数应为数字' })
      .int({ message: '有效天数应为整数' })
      .min(1, { message: '有效天数至少 1 天' })
      .max(INVITATION_VALID_DAYS_LIMIT, { message: `有效天数最多 ${INVITATION_VALID_DAYS_LIMIT} 天` })
      .default(7),
  })
  .meta({ id: 'CreateInvitation' });
export type CreateInvitation = z.input<typeof createInvitationSchema>;

export const invitationSchema = z
  .object({
    id: z.number().int(),
    code: z.string(),
    maxUses: z.number().int(),
    usedCount: z.number().int(),
    expiresAt: z.string().describe('ISO 8601'),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
    createdByName: z.string(),
    state: z.enum(INVITATION_STATES),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationListSchema = z.object({ items: z.array(invitationSchema) }).meta({ id: 'InvitationList' });
export type InvitationList = z.infer<typeof invitationListSchema>;

export const redeemInvitationSchema = z.object({ code: invitationCodeSchema }).meta({ id: 'RedeemInvitation' });
export type RedeemInvitation = z.input<typeof redeemInvitationSchema>;

export const redeemResultSchema = z
  .object({
    company: z.object({ id: z.number().int(), name: z.string() }),
    roles: z.array(roleSchema),
    refreshSession: z
      .literal(true)
      .describe('the access token still carries the old roles/company: call POST /api/auth/refresh before using company features'),
    message: z.string(),
  })
  .meta({ id: 'RedeemResult' });
export type RedeemResult = z.infer<typeof redeemResultSchema>;

export const companyWorkersQuerySchema = z.object({
  q: searchTextSchema('姓名或手机号', 20).optional(),
  cursor: idTextSchema('翻页游标').optional().describe('id of the last worker served'),
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1, { message: '每页至少 1 条' })
    .max(100, { message: '每页最多 100 条' })
    .default(50),
});

export const companyWorkerSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    phone: z.string().nullable().describe('masked, e.g. 138****1234'),
    roles: z.array(roleSchema),
    isAdmin: z.boolean(),
    isSelf: z.boolean(),
  })
  .meta({ id: 'CompanyWorker' });
export type CompanyWorker = z.infer<typeof companyWorkerSchema>;

export const companyWorkerListSchema = z
  .object({ items: z.array(companyWorkerSchema), total: z.number().int(), nextCursor: z.number().int().nullable() })
  .meta({ id: 'CompanyWorkerList' });
export type CompanyWorkerList = z.infer<typeof companyWorkerListSchema>;

export const unbindResultSchema = z
  .object({ id: z.number().int(), name: z.string(), roles: z.array(roleSchema) })
  .meta({ id: 'UnbindResult' });
