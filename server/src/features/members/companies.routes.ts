import { membersApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['会员单位'];
const duplicate = errorResponse('名称或统一社会信用代码与已有单位重复');
export const listCompanies = defineRoute(api.listCompanies, {
  tags,
  summary: '会员单位名录（公开字段：名称、类型、等级、地址、管理小区数）；按名称搜索、按类型和等级筛选',
  ok: '一页单位',
});

export const getCompany = defineRoute(api.getCompany, {
  tags,
  summary: '单位详情：未登录只有公开字段（details 为 null）；登录后有联系人、管理的小区和历年表彰',
  ok: '单位',
  responses: { 404: errorResponse('单位不存在') },
});

export const createCompany = defineRoute(api.createCompany, {
  tags,
  summary: '新增会员单位（统一社会信用代码按 GB 32100 校验）',
  ok: '已新增',
  responses: { 409: duplicate },
});

export const updateCompany = defineRoute(api.updateCompany, {
  tags,
  summary: '修改会员单位',
  ok: '已保存',
  responses: { 404: errorResponse('单位不存在'), 409: duplicate },
});

export const listCommunities = defineRoute(api.listCommunities, { tags, summary: '小区列表（协会工作人员维护用）', ok: '一页小区' });

export const createCommunity = defineRoute(api.createCommunity, {
  tags,
  summary: '新增小区（同一区县内名称唯一）',
  ok: '已新增',
  responses: { 409: errorResponse('同区县已有同名小区') },
});

export const updateCommunity = defineRoute(api.updateCommunity, {
  tags,
  summary: '修改小区（含管理单位）',
  ok: '已保存',
  responses: { 404: errorResponse('小区不存在'), 409: errorResponse('同区县已有同名小区') },
});

export const importTemplate = defineRoute(api.importTemplate, {
  tags,
  summary: '下载会员单位与小区的导入模板（Excel，两张表，带表头）',
  ok: 'Excel 模板',
});

export const importMembers = defineRoute(api.importMembers, {
  tags,
  summary: '从 Excel 导入会员单位（按信用代码更新或新增）和小区（按名称+区县）；逐行报告，错误行不影响其他行（multipart 字段 file）',
  ok: '逐行结果',
  responses: { 400: errorResponse('不是可读的 Excel、缺少列或行数过多'), 415: errorResponse('不是 multipart/form-data') },
});

export const participation = defineRoute(api.participation, {
  tags,
  summary: '各会员单位参加活动情况（报名、签到人次、人数）',
  ok: '按签到人次排序',
});
