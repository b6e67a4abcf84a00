import { companyAdminChangeSchema, companyAdminParamsSchema, companyPeopleQuerySchema, companyWorkerListSchema, grantCompanyAdminSchema, idParamsSchema } from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['会员单位'];
const staff = ['staff'] as const;

export const listCompanyPeople = defineRoute({
  method: 'get',
  path: '/companies/{id}/people',
  tags,
  summary: '单位已绑定的人员（协会工作人员查看，用于指定企业管理员；admins=true 只列管理员；手机号打码）',
  access: staff,
  request: { params: idParamsSchema('单位'), query: companyPeopleQuerySchema },
  responses: { 200: { description: '人员', content: json(companyWorkerListSchema) }, 404: { description: '单位不存在', content: errorContent } },
});

export const grantCompanyAdmin = defineRoute({
  method: 'post',
  path: '/companies/{id}/admins',
  tags,
  summary:
    '指定企业管理员：本单位已绑定的人员（userId），或按账号手机号查找（未绑定企业的会绑定到本单位）；记入审计日志。邀请码与员工管理立即生效，其他企业管理员功能在对方刷新登录状态后生效',
  access: staff,
  request: { params: idParamsSchema('单位'), body: { content: json(grantCompanyAdminSchema), required: true } },
  responses: {
    200: { description: '已指定（或本来就是）', content: json(companyAdminChangeSchema) },
    404: { description: '单位或人员不存在；没有使用该手机号的账号', content: errorContent },
    409: { description: '对方已绑定其他单位、账号已停用，或多个账号使用该手机号', content: errorContent },
  },
});

export const revokeCompanyAdmin = defineRoute({
  method: 'delete',
  path: '/companies/{id}/admins/{userId}',
  tags,
  summary: '撤销企业管理员（仍为本单位从业人员）；记入审计日志。邀请码与员工管理立即关闭，其他功能在对方刷新登录状态后生效',
  access: staff,
  request: { params: companyAdminParamsSchema },
  responses: {
    200: { description: '已撤销', content: json(companyAdminChangeSchema) },
    404: { description: '单位不存在，或此人不是该单位的企业管理员', content: errorContent },
  },
});
