import {
  communityInputSchema,
  communityListQuerySchema,
  communityListSchema,
  companyDetailSchema,
  companyInputSchema,
  companyListQuerySchema,
  companyListSchema,
  companySavedSchema,
  idParamsSchema,
  memberImportResultSchema,
  participationListSchema,
  participationQuerySchema,
} from '@wuxie/shared';
import { z } from 'zod';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['会员单位'];
const staff = ['staff'] as const;
const params = idParamsSchema();
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const duplicate = { description: '名称或统一社会信用代码与已有单位重复', content: errorContent };

export const listCompanies = defineRoute({
  method: 'get',
  path: '/companies',
  tags,
  summary: '会员单位名录（公开字段：名称、类型、等级、地址、管理小区数）；按名称搜索、按类型和等级筛选',
  access: 'public',
  request: { query: companyListQuerySchema },
  responses: { 200: { description: '一页单位', content: json(companyListSchema) } },
});

export const getCompany = defineRoute({
  method: 'get',
  path: '/companies/{id}',
  tags,
  summary: '单位详情：未登录只有公开字段（details 为 null）；登录后有联系人、管理的小区和历年表彰',
  access: 'public',
  request: { params },
  responses: { 200: { description: '单位', content: json(companyDetailSchema) }, 404: { description: '单位不存在', content: errorContent } },
});

export const createCompany = defineRoute({
  method: 'post',
  path: '/companies',
  tags,
  summary: '新增会员单位（统一社会信用代码按 GB 32100 校验）',
  access: staff,
  request: { body: { content: json(companyInputSchema), required: true } },
  responses: { 201: { description: '已新增', content: json(companySavedSchema) }, 409: duplicate },
});

export const updateCompany = defineRoute({
  method: 'put',
  path: '/companies/{id}',
  tags,
  summary: '修改会员单位',
  access: staff,
  request: { params, body: { content: json(companyInputSchema), required: true } },
  responses: { 200: { description: '已保存', content: json(companySavedSchema) }, 404: { description: '单位不存在', content: errorContent }, 409: duplicate },
});

export const listCommunities = defineRoute({
  method: 'get',
  path: '/communities',
  tags,
  summary: '小区列表（协会工作人员维护用）',
  access: staff,
  request: { query: communityListQuerySchema },
  responses: { 200: { description: '一页小区', content: json(communityListSchema) } },
});

export const createCommunity = defineRoute({
  method: 'post',
  path: '/communities',
  tags,
  summary: '新增小区（同一区县内名称唯一）',
  access: staff,
  request: { body: { content: json(communityInputSchema), required: true } },
  responses: { 201: { description: '已新增', content: json(companySavedSchema) }, 409: { description: '同区县已有同名小区', content: errorContent } },
});

export const updateCommunity = defineRoute({
  method: 'put',
  path: '/communities/{id}',
  tags,
  summary: '修改小区（含管理单位）',
  access: staff,
  request: { params, body: { content: json(communityInputSchema), required: true } },
  responses: {
    200: { description: '已保存', content: json(companySavedSchema) },
    404: { description: '小区不存在', content: errorContent },
    409: { description: '同区县已有同名小区', content: errorContent },
  },
});

export const importTemplate = defineRoute({
  method: 'get',
  path: '/members/import-template.xlsx',
  tags,
  summary: '下载会员单位与小区的导入模板（Excel，两张表，带表头）',
  access: staff,
  responses: { 200: { description: 'Excel 模板', content: { [XLSX]: { schema: z.string().meta({ format: 'binary' }) } } } },
});

export const importMembers = defineRoute({
  method: 'post',
  path: '/members/import',
  tags,
  summary: '从 Excel 导入会员单位（按信用代码更新或新增）和小区（按名称+区县）；逐行报告，错误行不影响其他行（multipart 字段 file）',
  access: staff,
  responses: {
    200: { description: '逐行结果', content: json(memberImportResultSchema) },
    400: { description: '不是可读的 Excel、缺少列或行数过多', content: errorContent },
    415: { description: '不是 multipart/form-data', content: errorContent },
  },
});

export const participation = defineRoute({
  method: 'get',
  path: '/members/participation',
  tags,
  summary: '各会员单位参加活动情况（报名、签到人次、人数）',
  access: staff,
  request: { query: participationQuerySchema },
  responses: { 200: { description: '按签到人次排序', content: json(participationListSchema) } },
});
