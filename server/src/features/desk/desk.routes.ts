import { deskDashboardSchema, deskPeriodQuerySchema, deskRecordsQuerySchema, deskRecordListSchema, workReportSchema } from '@wuxie/shared';
import { z } from 'zod';
import { defineRoute } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['工作台'];
const staff = ['staff'] as const;
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const dashboard = defineRoute({
  method: 'get',
  path: '/desk/dashboard',
  tags,
  summary: '数据看板：期间内活动、培训、考试、资讯、投诉、调研的各项数字（每项附来源列表），会员单位参与与投诉记分卡，优秀会员单位和优秀通讯员候选',
  access: staff,
  request: { query: deskPeriodQuerySchema },
  responses: { 200: { description: '看板', content: json(deskDashboardSchema) } },
});

export const report = defineRoute({
  method: 'get',
  path: '/desk/report',
  tags,
  summary: '工作报告（结构化）：党建引领、培训与技能、咨询服务与投诉处理、宣传工作，每个数字附来源',
  access: staff,
  request: { query: deskPeriodQuerySchema },
  responses: { 200: { description: '工作报告', content: json(workReportSchema) } },
});

export const reportDocx = defineRoute({
  method: 'get',
  path: '/desk/report.docx',
  tags,
  summary: '下载工作报告（Word .docx）',
  access: staff,
  request: { query: deskPeriodQuerySchema },
  responses: { 200: { description: 'docx 文件', content: { [DOCX_MIME]: { schema: z.string().meta({ format: 'binary' }) } } } },
});

export const records = defineRoute({
  method: 'get',
  path: '/desk/records',
  tags,
  summary:
    '看板数字背后、别处没有逐条列出的记录（分页）：专题调研、意见建议、参加活动人员（可按单位）与单位、认定考试参考人员与一次性通过者、供稿通讯员、投诉回访、超时投诉；total 即看板数字（比率为分母，numerator 为分子）',
  access: staff,
  request: { query: deskRecordsQuerySchema },
  responses: { 200: { description: '记录列表', content: json(deskRecordListSchema) } },
});
