import { complaintsApi as api, complaintDetailSchema } from '@wuxie/shared';
import { defineRoute, errorResponse, jsonResponse } from '../../lib/route';

const tags = ['投诉'];
export const submitComplaint = defineRoute(api.submitComplaint, {
  tags,
  summary: '提交投诉（请求头 Idempotency-Key 或字段 idempotencyKey：重试返回第一次的投诉）',
  ok: '已提交',
  responses: { 200: jsonResponse('重复提交：返回第一次提交的投诉', complaintDetailSchema), 429: errorResponse('超过每日提交上限') },
});

export const listMine = defineRoute(api.listMine, { tags, summary: '我的投诉（新的在前，游标分页）', ok: '我的投诉' });

export const listDesk = defineRoute(api.listDesk, {
  tags,
  summary: '企业工作台：派给本企业的投诉（待办按回复期限，超时在前）',
  ok: '本企业的投诉',
});

export const listLedger = defineRoute(api.listLedger, {
  tags,
  summary: '投诉台账（筛选 + 游标分页；order=due 按期限排序，超时在前）',
  ok: '台账',
});

export const exportLedger = defineRoute(api.exportLedger, { tags, summary: '导出筛选后的台账（Excel）', ok: 'xlsx 文件' });

export const figures = defineRoute(api.figures, {
  tags,
  summary: '投诉统计：受理、办结、平均回复时长、超时、重办率、回访满意度（含分母），按企业和类别',
  ok: '统计',
});

export const communities = defineRoute(api.communities, {
  tags,
  summary: '选择小区（按名称、区县、地址搜索），附负责的物业企业',
  ok: '小区',
});

export const companies = defineRoute(api.companies, { tags, summary: '派单、改派和筛选用的物业企业列表', ok: '企业' });

export const getComplaint = defineRoute(api.getComplaint, {
  tags,
  summary: '投诉详情与时间线（按查看者隐去身份和电话），附当前可进行的操作',
  ok: '详情',
  responses: { 404: errorResponse('不存在或无权查看') },
});

export const act = defineRoute(api.act, {
  tags,
  summary: '对投诉进行操作（受理、驳回、派单、改派、接单、回复、办结、回访评价、调解、结案、催办、备注）',
  ok: '操作后的详情',
  responses: { 404: errorResponse('不存在或无权查看'), 409: errorResponse('当前状态或角色不允许此操作，或已被他人处理') },
});

export const subscription = defineRoute(api.subscription, {
  tags,
  summary: '投诉进度订阅消息的模板（小程序提交前用 wx.requestSubscribeMessage 请求）',
  ok: '模板；未配置时 templateId 为 null',
});
