import { membersApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['会员单位'];
export const listInvitations = defineRoute(api.listInvitations, {
  tags,
  summary: '本单位的邀请码（企业管理员）',
  ok: '邀请码，最新的在前',
});

export const createInvitation = defineRoute(api.createInvitation, {
  tags,
  summary: '生成邀请码（8 位，不含易混字符；设有效天数和可使用次数）',
  ok: '新邀请码',
});

export const revokeInvitation = defineRoute(api.revokeInvitation, {
  tags,
  summary: '作废本单位的一个邀请码',
  ok: '已作废',
  responses: { 404: errorResponse('本单位没有这个邀请码') },
});

export const listWorkers = defineRoute(api.listWorkers, { tags, summary: '本单位已绑定的人员（手机号打码）', ok: '人员' });

export const unbindWorker = defineRoute(api.unbindWorker, {
  tags,
  summary: '解绑已离职的员工（去掉所属单位和从业人员身份，记入审计日志）',
  ok: '已解绑',
  responses: { 404: errorResponse('不是本单位的员工'), 409: errorResponse('不能解绑自己或企业管理员') },
});

export const redeemInvitation = defineRoute(api.redeemInvitation, {
  tags,
  summary: '输入邀请码绑定企业，成为该单位的从业人员；成功后请调用 POST /api/auth/refresh 换取带新身份的令牌',
  ok: '已绑定',
  responses: { 409: errorResponse('邀请码不存在、已过期、已作废或已用完；或已绑定企业'), 429: errorResponse('尝试过于频繁') },
});
