import { activitiesApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const tags = ['活动'];
export const listActivities = defineRoute(api.listActivities, {
  tags,
  summary: '活动列表（按类型、报名状态筛选；工作人员可按状态查看含草稿）',
  ok: '活动列表',
});

export const activityFigures = defineRoute(api.activityFigures, {
  tags,
  summary: '活动统计：按类型的举办场次、参加人数、参加单位数、缺席率、考试通过率',
  ok: '统计',
});

export const getActivity = defineRoute(api.getActivity, {
  tags,
  summary: '活动详情（剩余名额、谁可以报名、我的报名）',
  ok: '活动详情',
  responses: { 404: errorResponse('不存在（草稿只有工作人员可见）') },
});

export const createActivity = defineRoute(api.createActivity, { tags, summary: '新建活动（草稿）', ok: '已创建' });

export const updateActivity = defineRoute(api.updateActivity, {
  tags,
  summary: '修改活动（名额增加时按候补顺序递补）',
  ok: '修改后的活动',
  responses: { 404: errorResponse('不存在'), 409: errorResponse('已取消或已结束的活动不能修改') },
});

export const publishActivity = defineRoute(api.publishActivity, {
  tags,
  summary: '发布活动',
  ok: '已发布',
  responses: { 409: errorResponse('当前状态不能发布') },
});

export const finishActivity = defineRoute(api.finishActivity, {
  tags,
  summary: '结束活动',
  ok: '已结束',
  responses: { 409: errorResponse('当前状态不能结束') },
});

export const cancelActivity = defineRoute(api.cancelActivity, {
  tags,
  summary: '取消活动并通知所有报名和候补的人',
  ok: '已取消',
  responses: { 409: errorResponse('当前状态不能取消') },
});

export const getRoster = defineRoute(api.getRoster, {
  tags,
  summary: '报名名单（签到、登记成绩用）',
  ok: '名单',
  responses: { 404: errorResponse('活动不存在') },
});

export const exportRoster = defineRoute(api.exportRoster, {
  tags,
  summary: '导出报名名单 Excel（状态、单位、附加信息、签到时间、考试结果）',
  ok: 'Excel 文件',
  responses: { 404: errorResponse('活动不存在') },
});

export const importResults = defineRoute(api.importResults, {
  tags,
  summary: '导入考试结果：在导出的名单里填“考试结果”“分数”后上传（multipart 字段 file）',
  ok: '逐行结果',
  responses: { 400: errorResponse('不是可读的 Excel 或缺少列'), 415: errorResponse('不是 multipart/form-data') },
});
