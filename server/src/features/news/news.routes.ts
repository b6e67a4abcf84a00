import {
  articleActionRequestSchema,
  articleDetailSchema,
  articleDraftSchema,
  articleFeedQuerySchema,
  articleFeedSchema,
  articleIdParamSchema,
  articlePinSchema,
  articleReadSchema,
  deskArticleListSchema,
  deskArticleSchema,
  deskListQuerySchema,
  newsStatsQuerySchema,
  newsStatsSchema,
} from '@wuxie/shared';
import { defineRoute, errorContent } from '../../lib/route';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const readerTags = ['资讯'];
const deskTags = ['资讯·采编'];
const WRITERS = ['correspondent', 'staff'] as const;
const notModified = { description: '未变化（If-None-Match 命中 ETag）' };
const notFoundResponse = { description: '不存在或无权查看', content: errorContent };
const transitionRefused = { description: '当前状态不允许这样做', content: errorContent };

export const listFeed = defineRoute({
  method: 'get',
  path: '/news/articles',
  tags: readerTags,
  summary: '资讯列表：置顶在前（仅第一页），其余按发布时间倒序，游标翻页；可按栏目筛选、按标题正文搜索（带 ETag，可缓存）',
  access: 'public',
  request: { query: articleFeedQuerySchema },
  responses: { 200: { description: '一页资讯', content: json(articleFeedSchema) }, 304: notModified },
});

export const getArticle = defineRoute({
  method: 'get',
  path: '/news/articles/{id}',
  tags: readerTags,
  summary: '文章详情（已发布；带 ETag，可缓存）',
  access: 'public',
  request: { params: articleIdParamSchema },
  responses: { 200: { description: '文章', content: json(articleDetailSchema) }, 304: notModified, 404: notFoundResponse },
});

export const recordRead = defineRoute({
  method: 'post',
  path: '/news/articles/{id}/reads',
  tags: readerTags,
  summary: '记一次阅读（同一读者每小时每篇只计一次；计数在内存中汇总后批量写入），返回当前阅读数',
  access: 'public',
  request: { params: articleIdParamSchema },
  responses: { 200: { description: '当前阅读数', content: json(articleReadSchema) }, 404: notFoundResponse },
});

export const listDesk = defineRoute({
  method: 'get',
  path: '/news/desk/articles',
  tags: deskTags,
  summary: '采编台稿件列表：mine 我的稿件；queue 待审核（工作人员）；all 全部（工作人员，不含他人草稿）',
  access: WRITERS,
  request: { query: deskListQuerySchema },
  responses: { 200: { description: '稿件列表', content: json(deskArticleListSchema) } },
});

export const createDraft = defineRoute({
  method: 'post',
  path: '/news/desk/articles',
  tags: deskTags,
  summary: '新建草稿（正文 HTML 在服务器端按白名单净化）',
  access: WRITERS,
  request: { body: { content: json(articleDraftSchema), required: true } },
  responses: { 201: { description: '草稿', content: json(deskArticleSchema) } },
});

export const getDeskArticle = defineRoute({
  method: 'get',
  path: '/news/desk/articles/{id}',
  tags: deskTags,
  summary: '稿件详情，含审核记录',
  access: WRITERS,
  request: { params: articleIdParamSchema },
  responses: { 200: { description: '稿件', content: json(deskArticleSchema) }, 404: notFoundResponse },
});

export const updateDraft = defineRoute({
  method: 'put',
  path: '/news/desk/articles/{id}',
  tags: deskTags,
  summary: '修改稿件（作者：草稿或被退回时；工作人员：任何时候）',
  access: WRITERS,
  request: { params: articleIdParamSchema, body: { content: json(articleDraftSchema), required: true } },
  responses: { 200: { description: '稿件', content: json(deskArticleSchema) }, 404: notFoundResponse, 409: transitionRefused },
});

export const actOnArticle = defineRoute({
  method: 'post',
  path: '/news/desk/articles/{id}/actions',
  tags: deskTags,
  summary: '稿件流转：submit 提交、withdraw 撤回、publish 发布、schedule 定时发布、return 退回（须写意见）、unpublish 撤下',
  access: WRITERS,
  request: { params: articleIdParamSchema, body: { content: json(articleActionRequestSchema), required: true } },
  responses: { 200: { description: '流转后的稿件', content: json(deskArticleSchema) }, 404: notFoundResponse, 409: transitionRefused },
});

export const pinArticle = defineRoute({
  method: 'put',
  path: '/news/desk/articles/{id}/pin',
  tags: deskTags,
  summary: '置顶或取消置顶（已发布的文章）',
  access: ['staff'],
  request: { params: articleIdParamSchema, body: { content: json(articlePinSchema), required: true } },
  responses: { 200: { description: '稿件', content: json(deskArticleSchema) }, 404: notFoundResponse, 409: transitionRefused },
});

export const newsStats = defineRoute({
  method: 'get',
  path: '/news/stats',
  tags: deskTags,
  summary: '资讯统计：各栏目每月发布数；通讯员按发稿数排名（优秀通讯员候选）',
  access: ['staff'],
  request: { query: newsStatsQuerySchema },
  responses: { 200: { description: '统计', content: json(newsStatsSchema) } },
});
