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
  summary: '看板自行统计的数字背后的列表：专题调研、报送意见建议、表彰',
  access: staff,
  request: { query: deskRecordsQuerySchema },
  responses: { 200: { description: '记录列表', content: json(deskRecordListSchema) } },
});
