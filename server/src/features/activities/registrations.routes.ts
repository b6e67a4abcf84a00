import { activitiesApi as api, signupResultSchema } from '@wuxie/shared';
import { defineRoute, errorResponse, jsonResponse } from '../../lib/route';

const tags = ['活动报名'];
export const signUp = defineRoute(api.signUp, {
  tags,
  summary: '报名（有名额即报名成功，否则进入候补；重复提交返回已有的报名）',
  ok: '新报名',
  responses: {
    200: jsonResponse('已经报过名（返回已有的报名）', signupResultSchema),
    403: errorResponse('不在报名对象范围内'),
    404: errorResponse('活动不存在'),
    409: errorResponse('不在报名时间内、活动已取消，或名额已满且不设候补'),
  },
});

export const cancelRegistration = defineRoute(api.cancelRegistration, {
  tags,
  summary: '取消报名（名额按候补顺序递补给下一位并通知）',
  ok: '已取消',
  responses: { 404: errorResponse('不存在或不是您的报名'), 409: errorResponse('按活动规则现在不能取消') },
});

export const myRegistrations = defineRoute(api.myRegistrations, { tags, summary: '我的报名（含电子票、考试结果和证书）', ok: '我的报名' });

export const companyCandidates = defineRoute(api.companyCandidates, {
  tags,
  summary: '本单位可报名的员工及其报名状态（单位管理员）',
  ok: '员工',
});

export const companySignUp = defineRoute(api.companySignUp, {
  tags,
  summary: '单位管理员一次为多名员工报名（每人单独成败，逐人返回结果）',
  ok: '逐人结果',
  responses: { 404: errorResponse('活动不存在') },
});

export const companyRegistrations = defineRoute(api.companyRegistrations, { tags, summary: '本单位员工的报名（单位管理员）', ok: '报名' });

export const checkIn = defineRoute(api.checkIn, {
  tags,
  summary: '签到：扫描或输入电子票票码（活动开始前 2 小时至结束）',
  ok: '签到成功，或已签到（alreadyCheckedIn 为真）',
  responses: { 404: errorResponse('票码无效（伪造或输错）'), 409: errorResponse('不在签到时间内、不是本场活动或不是正式报名') },
});

export const recordResult = defineRoute(api.recordResult, {
  tags,
  summary: '登记考试结果（合格即发证书编号）',
  ok: '已登记',
  responses: { 404: errorResponse('报名不存在'), 409: errorResponse('不是考试、考试未开始或不是正式报名') },
});

export const verifyCertificate = defineRoute(api.verifyCertificate, {
  tags: ['证书查验'],
  summary: '证书查验（公开，无需登录；姓名部分隐去）',
  ok: '证书有效',
  responses: { 404: errorResponse('查无此证书或已作废') },
});

export const subscription = defineRoute(api.subscription, {
  tags,
  summary: '报名前请求的订阅消息模板（候补递补通知、活动前一天提醒；未配置时为 null）',
  ok: '模板',
});
