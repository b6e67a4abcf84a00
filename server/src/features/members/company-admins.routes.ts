import { membersApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['会员单位'];
export const listCompanyPeople = defineRoute(api.listCompanyPeople, {
  tags,
  summary: '单位已绑定的人员（协会工作人员查看，用于指定企业管理员；admins=true 只列管理员；手机号打码）',
  ok: '人员',
  responses: { 404: errorResponse('单位不存在') },
});

export const grantCompanyAdmin = defineRoute(api.grantCompanyAdmin, {
  tags,
  summary:
    '指定企业管理员：本单位已绑定的人员（userId），或按账号手机号查找（未绑定企业的会绑定到本单位）；记入审计日志。邀请码与员工管理立即生效，其他企业管理员功能在对方刷新登录状态后生效',
  ok: '已指定（或本来就是）',
  responses: {
    404: errorResponse('单位或人员不存在；没有使用该手机号的账号'),
    409: errorResponse('对方已绑定其他单位、账号已停用，或多个账号使用该手机号'),
  },
});

export const revokeCompanyAdmin = defineRoute(api.revokeCompanyAdmin, {
  tags,
  summary: '撤销企业管理员（仍为本单位从业人员）；记入审计日志。邀请码与员工管理立即关闭，其他功能在对方刷新登录状态后生效',
  ok: '已撤销',
  responses: { 404: errorResponse('单位不存在，或此人不是该单位的企业管理员') },
});
