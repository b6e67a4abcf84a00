import { createRouter } from '../../lib/route';
import * as handlers from './news.handlers';
import * as routes from './news.routes';

/** 资讯: the public feed and articles, the correspondents' and editors' desk, and the figures. */
export const newsRouter = createRouter()
  .openapi(routes.listFeed, handlers.listFeed)
  .openapi(routes.getArticle, handlers.getArticle)
  .openapi(routes.recordRead, handlers.recordRead)
  .openapi(routes.listDesk, handlers.listDesk)
  .openapi(routes.createDraft, handlers.createDraft)
  .openapi(routes.getDeskArticle, handlers.getDeskArticle)
  .openapi(routes.updateDraft, handlers.updateDraft)
  .openapi(routes.actOnArticle, handlers.actOnArticle)
  .openapi(routes.pinArticle, handlers.pinArticle)
  .openapi(routes.newsStats, handlers.newsStats);
