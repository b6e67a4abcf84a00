import { endpoint } from '../common/endpoint';
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
} from './news.schemas';

const WRITERS = ['correspondent', 'staff'] as const;

/** 资讯: the public feed and articles, the correspondents' and editors' desk, and the figures. */
export const newsApi = {
  listFeed: endpoint({
    method: 'get',
    path: '/news/articles',
    query: articleFeedQuerySchema,
    response: articleFeedSchema,
    access: 'public',
  }),
  getArticle: endpoint({
    method: 'get',
    path: '/news/articles/{id}',
    params: articleIdParamSchema,
    response: articleDetailSchema,
    access: 'public',
  }),
  recordRead: endpoint({
    method: 'post',
    path: '/news/articles/{id}/reads',
    params: articleIdParamSchema,
    response: articleReadSchema,
    access: 'public',
  }),
  listDesk: endpoint({
    method: 'get',
    path: '/news/desk/articles',
    query: deskListQuerySchema,
    response: deskArticleListSchema,
    access: WRITERS,
  }),
  createDraft: endpoint({
    method: 'post',
    path: '/news/desk/articles',
    body: articleDraftSchema,
    response: deskArticleSchema,
    status: 201,
    access: WRITERS,
  }),
  getDeskArticle: endpoint({
    method: 'get',
    path: '/news/desk/articles/{id}',
    params: articleIdParamSchema,
    response: deskArticleSchema,
    access: WRITERS,
  }),
  updateDraft: endpoint({
    method: 'put',
    path: '/news/desk/articles/{id}',
    params: articleIdParamSchema,
    body: articleDraftSchema,
    response: deskArticleSchema,
    access: WRITERS,
  }),
  actOnArticle: endpoint({
    method: 'post',
    path: '/news/desk/articles/{id}/actions',
    params: articleIdParamSchema,
    body: articleActionRequestSchema,
    response: deskArticleSchema,
    access: WRITERS,
  }),
  pinArticle: endpoint({
    method: 'put',
    path: '/news/desk/articles/{id}/pin',
    params: articleIdParamSchema,
    body: articlePinSchema,
    response: deskArticleSchema,
    access: ['staff'],
  }),
  newsStats: endpoint({ method: 'get', path: '/news/stats', query: newsStatsQuerySchema, response: newsStatsSchema, access: ['staff'] }),
};
