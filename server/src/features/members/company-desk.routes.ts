import {
  companyWorkerListSchema,
  companyWorkersQuerySchema,
  createInvitationSchema,
  invitationListSchema,
  invitationSchema,
  idParamsSchema,
  redeemInvitationSchema,
  redeemResultSchema,
  unbindResultSchema,
} from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['会员单位'];
const companyAdmin = ['company_admin'] as const;
const params = idParamsSchema();

export const listInvitations = defineRoute({
  method: 'get',
  path: '/company/invitations',
  tags,
  summary: '本单位的邀请码（企业管理员）',
  access: companyAdmin,
  responses: { 200: { description: '邀请码，最新的在前', content: json(invitationListSchema) } },
});

export const createInvitation = defineRoute({
  method: 'post',
  path: '/company/invitations',
  tags,
  summary: '生成邀请码（8 位，不含易混字符；设有效天数和可使用次数）',
  access: companyAdmin,
  request: { body: { content: json(createInvitationSchema), required: true } },
  responses: { 201: { description: '新邀请码', content: json(invitationSchema) } },
});

export const revokeInvitation = defineRoute({
  method: 'post',
  path: '/company/invitations/{id}/revoke',
  tags,
  summary: '作废本单位的一个邀请码',
  access: companyAdmin,
  request: { params },
  responses: { 200: { description: '已作废', content: json(invitationSchema) }, 404: { description: '本单位没有这个邀请码', content: errorContent } },
});

export const listWorkers = defineRoute({
  method: 'get',
  path: '/company/workers',
  tags,
  summary: '本单位已绑定的人员（手机号打码）',
  access: companyAdmin,
  request: { query: companyWorkersQuerySchema },
  responses: { 200: { description: '人员', content: json(companyWorkerListSchema) } },
});

export const unbindWorker = defineRoute({
  method: 'post',
  path: '/company/workers/{id}/unbind',
  tags,
  summary: '解绑已离职的员工（去掉所属单位和从业人员身份，记入审计日志）',
  access: companyAdmin,
  request: { params },
  responses: {
    200: { description: '已解绑', content: json(unbindResultSchema) },
    404: { description: '不是本单位的员工', content: errorContent },
    409: { description: '不能解绑自己或企业管理员', content: errorContent },
  },
});

export const redeemInvitation = defineRoute({
  method: 'post',
  path: '/invitations/redeem',
  tags,
  summary: '输入邀请码绑定企业，成为该单位的从业人员；成功后请调用 POST /api/auth/refresh 换取带新身份的令牌',
  access: 'authenticated',
  request: { body: { content: json(redeemInvitationSchema), required: true } },
  responses: {
    200: { description: '已绑定', content: json(redeemResultSchema) },
    409: { description: '邀请码不存在、已过期、已作废或已用完；或已绑定企业', content: errorContent },
    429: { description: '尝试过于频繁', content: errorContent },
  },
});
