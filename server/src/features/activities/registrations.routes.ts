import {
  activitySubscriptionSchema,
  certificateNoSchema,
  certificateVerificationSchema,
  checkInResultSchema,
  checkInSchema,
  companyCandidatesSchema,
  companyRegistrationListSchema,
  companyRegistrationsQuerySchema,
  companySignupResultSchema,
  companySignupSchema,
  idParamsSchema,
  myRegistrationListSchema,
  myRegistrationsQuerySchema,
  recordedResultSchema,
  registrationViewSchema,
  resultInputSchema,
  signupResultSchema,
  signupSchema,
} from '@wuxie/shared';
import { z } from 'zod';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['活动报名'];
const params = idParamsSchema();

export const signUp = defineRoute({
  method: 'post',
  path: '/activities/{id}/registrations',
  tags,
  summary: '报名（有名额即报名成功，否则进入候补；重复提交返回已有的报名）',
  access: 'authenticated',
  request: { params, body: { content: json(signupSchema), required: true } },
  responses: {
    201: { description: '新报名', content: json(signupResultSchema) },
    200: { description: '已经报过名（返回已有的报名）', content: json(signupResultSchema) },
    403: { description: '不在报名对象范围内', content: errorContent },
    404: { description: '活动不存在', content: errorContent },
    409: { description: '不在报名时间内、活动已取消，或名额已满且不设候补', content: errorContent },
  },
});

export const cancelRegistration = defineRoute({
  method: 'post',
  path: '/registrations/{id}/cancel',
  tags,
  summary: '取消报名（名额按候补顺序递补给下一位并通知）',
  access: 'authenticated',
  request: { params },
  responses: {
    200: { description: '已取消', content: json(registrationViewSchema) },
    404: { description: '不存在或不是您的报名', content: errorContent },
    409: { description: '按活动规则现在不能取消', content: errorContent },
  },
});

export const myRegistrations = defineRoute({
  method: 'get',
  path: '/me/registrations',
  tags,
  summary: '我的报名（含电子票、考试结果和证书）',
  access: 'authenticated',
  request: { query: myRegistrationsQuerySchema },
  responses: { 200: { description: '我的报名', content: json(myRegistrationListSchema) } },
});

export const companyCandidates = defineRoute({
  method: 'get',
  path: '/activities/{id}/company-candidates',
  tags,
  summary: '本单位可报名的员工及其报名状态（单位管理员）',
  access: ['company_admin'],
  request: { params },
  responses: { 200: { description: '员工', content: json(companyCandidatesSchema) } },
});

export const companySignUp = defineRoute({
  method: 'post',
  path: '/activities/{id}/company-registrations',
  tags,
  summary: '单位管理员一次为多名员工报名（每人单独成败，逐人返回结果）',
  access: ['company_admin'],
  request: { params, body: { content: json(companySignupSchema), required: true } },
  responses: { 200: { description: '逐人结果', content: json(companySignupResultSchema) }, 404: { description: '活动不存在', content: errorContent } },
});

export const companyRegistrations = defineRoute({
  method: 'get',
  path: '/company/registrations',
  tags,
  summary: '本单位员工的报名（单位管理员）',
  access: ['company_admin'],
  request: { query: companyRegistrationsQuerySchema },
  responses: { 200: { description: '报名', content: json(companyRegistrationListSchema) } },
});

export const checkIn = defineRoute({
  method: 'post',
  path: '/check-ins',
  tags,
  summary: '签到：扫描或输入电子票票码（活动开始前 2 小时至结束）',
  access: ['staff'],
  request: { body: { content: json(checkInSchema), required: true } },
  responses: {
    200: { description: '签到成功，或已签到（alreadyCheckedIn 为真）', content: json(checkInResultSchema) },
    404: { description: '票码无效（伪造或输错）', content: errorContent },
    409: { description: '不在签到时间内、不是本场活动或不是正式报名', content: errorContent },
  },
});

export const recordResult = defineRoute({
  method: 'put',
  path: '/registrations/{id}/result',
  tags,
  summary: '登记考试结果（合格即发证书编号）',
  access: ['staff'],
  request: { params, body: { content: json(resultInputSchema), required: true } },
  responses: {
    200: { description: '已登记', content: json(recordedResultSchema) },
    404: { description: '报名不存在', content: errorContent },
    409: { description: '不是考试、考试未开始或不是正式报名', content: errorContent },
  },
});

export const verifyCertificate = defineRoute({
  method: 'get',
  path: '/certificates/{certificateNo}',
  tags: ['证书查验'],
  summary: '证书查验（公开，无需登录；姓名部分隐去）',
  access: 'public',
  request: { params: z.object({ certificateNo: certificateNoSchema }) },
  responses: {
    200: { description: '证书有效', content: json(certificateVerificationSchema) },
    404: { description: '查无此证书或已作废', content: errorContent },
  },
});

export const subscription = defineRoute({
  method: 'get',
  path: '/activity-subscription',
  tags,
  summary: '报名前请求的订阅消息模板（候补递补通知、活动前一天提醒；未配置时为 null）',
  access: 'authenticated',
  responses: { 200: { description: '模板', content: json(activitySubscriptionSchema) } },
});
