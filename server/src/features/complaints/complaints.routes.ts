import {
  communityOptionSchema,
  communityOptionsQuerySchema,
  companyOptionSchema,
  companyOptionsQuerySchema,
  complaintActionBodySchema,
  complaintDetailSchema,
  complaintFiguresSchema,
  complaintIdParamSchema,
  complaintPageSchema,
  complaintSubscriptionSchema,
  createComplaintSchema,
  deskQuerySchema,
  figuresQuerySchema,
  ledgerFilterSchema,
  ledgerQuerySchema,
  pageQuerySchema,
} from '@wuxie/shared';
import { z } from 'zod';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['投诉'];
const STAFF = ['staff'] as const;

export const submitComplaint = defineRoute({
  method: 'post',
  path: '/complaints',
  tags,
  summary: '提交投诉（请求头 Idempotency-Key 或字段 idempotencyKey：重试返回第一次的投诉）',
  access: 'authenticated',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { content: json(createComplaintSchema), required: true },
  },
  responses: {
    201: { description: '已提交', content: json(complaintDetailSchema) },
    200: { description: '重复提交：返回第一次提交的投诉', content: json(complaintDetailSchema) },
    429: { description: '超过每日提交上限', content: errorContent },
  },
});

export const listMine = defineRoute({
  method: 'get',
  path: '/complaints/mine',
  tags,
  summary: '我的投诉（新的在前，游标分页）',
  access: 'authenticated',
  request: { query: pageQuerySchema },
  responses: { 200: { description: '我的投诉', content: json(complaintPageSchema) } },
});

export const listDesk = defineRoute({
  method: 'get',
  path: '/complaints/desk',
  tags,
  summary: '企业工作台：派给本企业的投诉（待办按回复期限，超时在前）',
  access: ['company_admin'],
  request: { query: deskQuerySchema },
  responses: { 200: { description: '本企业的投诉', content: json(complaintPageSchema) } },
});

export const listLedger = defineRoute({
  method: 'get',
  path: '/complaints/ledger',
  tags,
  summary: '投诉台账（筛选 + 游标分页；order=due 按期限排序，超时在前）',
  access: STAFF,
  request: { query: ledgerQuerySchema },
  responses: { 200: { description: '台账', content: json(complaintPageSchema) } },
});

export const exportLedger = defineRoute({
  method: 'get',
  path: '/complaints/ledger/export',
  tags,
  summary: '导出筛选后的台账（Excel）',
  access: STAFF,
  request: { query: ledgerFilterSchema },
  responses: {
    200: {
      description: 'xlsx 文件',
      content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) } },
    },
  },
});

export const figures = defineRoute({
  method: 'get',
  path: '/complaints/figures',
  tags,
  summary: '投诉统计：受理、办结、平均回复时长、超时、重办率、回访满意度（含分母），按企业和类别',
  access: STAFF,
  request: { query: figuresQuerySchema },
  responses: { 200: { description: '统计', content: json(complaintFiguresSchema) } },
});

export const communities = defineRoute({
  method: 'get',
  path: '/complaints/communities',
  tags,
  summary: '选择小区（按名称、区县、地址搜索），附负责的物业企业',
  access: 'authenticated',
  request: { query: communityOptionsQuerySchema },
  responses: { 200: { description: '小区', content: json(z.array(communityOptionSchema)) } },
});

export const companies = defineRoute({
  method: 'get',
  path: '/complaints/companies',
  tags,
  summary: '派单、改派和筛选用的物业企业列表',
  access: STAFF,
  request: { query: companyOptionsQuerySchema },
  responses: { 200: { description: '企业', content: json(z.array(companyOptionSchema)) } },
});

export const getComplaint = defineRoute({
  method: 'get',
  path: '/complaints/{id}',
  tags,
  summary: '投诉详情与时间线（按查看者隐去身份和电话），附当前可进行的操作',
  access: 'authenticated',
  request: { params: complaintIdParamSchema },
  responses: {
    200: { description: '详情', content: json(complaintDetailSchema) },
    404: { description: '不存在或无权查看', content: errorContent },
  },
});

export const act = defineRoute({
  method: 'post',
  path: '/complaints/{id}/actions',
  tags,
  summary: '对投诉进行操作（受理、驳回、派单、改派、接单、回复、办结、回访评价、调解、结案、催办、备注）',
  access: 'authenticated',
  request: { params: complaintIdParamSchema, body: { content: json(complaintActionBodySchema), required: true } },
  responses: {
    200: { description: '操作后的详情', content: json(complaintDetailSchema) },
    404: { description: '不存在或无权查看', content: errorContent },
    409: { description: '当前状态或角色不允许此操作，或已被他人处理', content: errorContent },
  },
});

export const subscription = defineRoute({
  method: 'get',
  path: '/complaints/subscription',
  tags,
  summary: '投诉进度订阅消息的模板（小程序提交前用 wx.requestSubscribeMessage 请求）',
  access: 'authenticated',
  responses: { 200: { description: '模板；未配置时 templateId 为 null', content: json(complaintSubscriptionSchema) } },
});
