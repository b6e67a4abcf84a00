import { newsApi as api } from '@wuxie/shared';
import { defineRoute, errorResponse } from '../../lib/route';

const readerTags = ['资讯'];
const deskTags = ['资讯·采编'];
const notModified = { description: '未变化（If-None-Match 命中 ETag）' };
const notFoundResponse = errorResponse('不存在或无权查看');
const transitionRefused = errorResponse('当前状态不允许这样做');
export const listFeed = defineRoute(api.listFeed, {
  tags: readerTags,
  summary: '资讯列表：置顶在前（仅第一页），其余按发布时间倒序，游标翻页；可按栏目筛选、按标题正文搜索（带 ETag，可缓存）',
  ok: '一页资讯',
  responses: { 304: notModified },
});

export const getArticle = defineRoute(api.getArticle, {
  tags: readerTags,
  summary: '文章详情（已发布；带 ETag，可缓存）',
  ok: '文章',
  responses: { 304: notModified, 404: notFoundResponse },
});

export const recordRead = defineRoute(api.recordRead, {
  tags: readerTags,
  summary: '记一次阅读（同一读者每小时每篇只计一次；计数在内存中汇总后批量写入），返回当前阅读数',
  ok: '当前阅读数',
  responses: { 404: notFoundResponse },
});

export const listDesk = defineRoute(api.listDesk, {
  tags: deskTags,
  summary: '采编台稿件列表：mine 我的稿件；queue 待审核（工作人员）；all 全部（工作人员，不含他人草稿）',
  ok: '稿件列表',
});

export const createDraft = defineRoute(api.createDraft, {
  tags: deskTags,
  summary: '新建草稿（正文 HTML 在服务器端按白名单净化）',
  ok: '草稿',
});

export const getDeskArticle = defineRoute(api.getDeskArticle, {
  tags: deskTags,
  summary: '稿件详情，含审核记录',
  ok: '稿件',
  responses: { 404: notFoundResponse },
});

export const updateDraft = defineRoute(api.updateDraft, {
  tags: deskTags,
  summary: '修改稿件（作者：草稿或被退回时；工作人员：任何时候）',
  ok: '稿件',
  responses: { 404: notFoundResponse, 409: transitionRefused },
});

export const actOnArticle = defineRoute(api.actOnArticle, {
  tags: deskTags,
  summary: '稿件流转：submit 提交、withdraw 撤回、publish 发布、schedule 定时发布、return 退回（须写意见）、unpublish 撤下',
  ok: '流转后的稿件',
  responses: { 404: notFoundResponse, 409: transitionRefused },
});

export const pinArticle = defineRoute(api.pinArticle, {
  tags: deskTags,
  summary: '置顶或取消置顶（已发布的文章）',
  ok: '稿件',
  responses: { 404: notFoundResponse, 409: transitionRefused },
});

export const newsStats = defineRoute(api.newsStats, {
  tags: deskTags,
  summary: '资讯统计：各栏目每月发布数；通讯员按发稿数排名（优秀通讯员候选）',
  ok: '统计',
});
