import {
  activityCancelledSchema,
  activityCreatedSchema,
  activityDetailSchema,
  activityFiguresQuerySchema,
  activityFiguresSchema,
  activityInputSchema,
  activityListQuerySchema,
  activityListSchema,
  cancelActivitySchema,
  idParamsSchema,
  rosterQuerySchema,
  rosterSchema,
  resultImportSchema,
} from '@wuxie/shared';
import { z } from 'zod';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const tags = ['活动'];
const staff = ['staff'] as const;
const params = idParamsSchema();

export const listActivities = defineRoute({
  method: 'get',
  path: '/activities',
  tags,
  summary: '活动列表（按类型、报名状态筛选；工作人员可按状态查看含草稿）',
  access: 'public',
  request: { query: activityListQuerySchema },
  responses: { 200: { description: '活动列表', content: json(activityListSchema) } },
});

export const activityFigures = defineRoute({
  method: 'get',
  path: '/activity-figures',
  tags,
  summary: '活动统计：按类型的举办场次、参加人数、参加单位数、缺席率、考试通过率',
  access: staff,
  request: { query: activityFiguresQuerySchema },
  responses: { 200: { description: '统计', content: json(activityFiguresSchema) } },
});

export const getActivity = defineRoute({
  method: 'get',
  path: '/activities/{id}',
  tags,
  summary: '活动详情（剩余名额、谁可以报名、我的报名）',
  access: 'public',
  request: { params },
  responses: {
    200: { description: '活动详情', content: json(activityDetailSchema) },
    404: { description: '不存在（草稿只有工作人员可见）', content: errorContent },
  },
});

export const createActivity = defineRoute({
  method: 'post',
  path: '/activities',
  tags,
  summary: '新建活动（草稿）',
  access: staff,
  request: { body: { content: json(activityInputSchema), required: true } },
  responses: { 201: { description: '已创建', content: json(activityCreatedSchema) } },
});

export const updateActivity = defineRoute({
  method: 'put',
  path: '/activities/{id}',
  tags,
  summary: '修改活动（名额增加时按候补顺序递补）',
  access: staff,
  request: { params, body: { content: json(activityInputSchema), required: true } },
  responses: {
    200: { description: '修改后的活动', content: json(activityDetailSchema) },
    404: { description: '不存在', content: errorContent },
    409: { description: '已取消或已结束的活动不能修改', content: errorContent },
  },
});

export const publishActivity = defineRoute({
  method: 'post',
  path: '/activities/{id}/publish',
  tags,
  summary: '发布活动',
  access: staff,
  request: { params },
  responses: { 200: { description: '已发布', content: json(activityDetailSchema) }, 409: { description: '当前状态不能发布', content: errorContent } },
});

export const finishActivity = defineRoute({
  method: 'post',
  path: '/activities/{id}/finish',
  tags,
  summary: '结束活动',
  access: staff,
  request: { params },
  responses: { 200: { description: '已结束', content: json(activityDetailSchema) }, 409: { description: '当前状态不能结束', content: errorContent } },
});

export const cancelActivity = defineRoute({
  method: 'post',
  path: '/activities/{id}/cancel',
  tags,
  summary: '取消活动并通知所有报名和候补的人',
  access: staff,
  request: { params, body: { content: json(cancelActivitySchema), required: true } },
  responses: { 200: { description: '已取消', content: json(activityCancelledSchema) }, 409: { description: '当前状态不能取消', content: errorContent } },
});

export const getRoster = defineRoute({
  method: 'get',
  path: '/activities/{id}/roster',
  tags,
  summary: '报名名单（签到、登记成绩用）',
  access: staff,
  request: { params, query: rosterQuerySchema },
  responses: { 200: { description: '名单', content: json(rosterSchema) }, 404: { description: '活动不存在', content: errorContent } },
});

export const exportRoster = defineRoute({
  method: 'get',
  path: '/activities/{id}/roster.xlsx',
  tags,
  summary: '导出报名名单 Excel（状态、单位、附加信息、签到时间、考试结果）',
  access: staff,
  request: { params },
  responses: {
    200: {
      description: 'Excel 文件',
      content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string().meta({ format: 'binary' }) } },
    },
    404: { description: '活动不存在', content: errorContent },
  },
});

export const importResults = defineRoute({
  method: 'post',
  path: '/activities/{id}/results/import',
  tags,
  summary: '导入考试结果：在导出的名单里填“考试结果”“分数”后上传（multipart 字段 file）',
  access: staff,
  request: { params },
  responses: {
    200: { description: '逐行结果', content: json(resultImportSchema) },
    400: { description: '不是可读的 Excel 或缺少列', content: errorContent },
    415: { description: '不是 multipart/form-data', content: errorContent },
  },
});
