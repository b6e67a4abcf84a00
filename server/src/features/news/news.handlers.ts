import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { actorOf, requireCaller } from '../../lib/caller';
import { HttpStatus } from '../../lib/http-status';
import { SingleFlight } from '../../lib/single-flight';
import type { NewsStats } from '@wuxie/shared';
import { clientAddress } from '../../middlewares/rate-limit';
import { answerRendered, ARTICLE_CACHE, FEED_CACHE } from '../../lib/http-cache';
import { publicNewsCacheFor } from './public-news.cache';
import * as desk from './news-desk.service';
import { listDeskArticles, loadDeskArticle } from './news-desk.queries';
import { loadNewsStats } from './news-stats.service';
import { countRead, loadFeed, loadPublishedArticle } from './news.service';
import type * as routes from './news.routes';
import { readCounterFor } from './read-counter.cache';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listFeed: Handler<'listFeed'> = async (c) => {
  const { db } = c.var.deps;
  const query = c.req.valid('query');
  const key = `feed|${query.category ?? ''}|${query.limit}|${query.cursor ?? ''}|${query.q ?? ''}`;
  return answerRendered(c, await publicNewsCacheFor(db).get(key, () => loadFeed(db, query)), FEED_CACHE);
};

export const getArticle: Handler<'getArticle'> = async (c) => {
  const { db } = c.var.deps;
  const { id } = c.req.valid('param');
  return answerRendered(c, await publicNewsCacheFor(db).get(`article|${id}`, () => loadPublishedArticle(db, id)), ARTICLE_CACHE);
};

export const recordRead: Handler<'recordRead'> = async (c) => {
  const { db, logger } = c.var.deps;
  const caller = c.get('caller');
  const reader = caller ? `u${caller.userId}` : `ip${clientAddress(c)}`;
  const readCount = await countRead(db, readCounterFor(db, { logger }), c.req.valid('param').id, reader);
  c.header('Cache-Control', 'no-store');
  return c.json({ readCount }, HttpStatus.OK);
};

export const listDesk: Handler<'listDesk'> = async (c) => {
  return c.json(await listDeskArticles(c.var.deps.db, requireCaller(c), c.req.valid('query')), HttpStatus.OK);
};

export const createDraft: Handler<'createDraft'> = async (c) => {
  return c.json(await desk.createDraft(c.var.deps.db, actorOf(c), c.req.valid('json')), HttpStatus.CREATED);
};

export const getDeskArticle: Handler<'getDeskArticle'> = async (c) => {
  return c.json(await loadDeskArticle(c.var.deps.db, requireCaller(c), c.req.valid('param').id), HttpStatus.OK);
};

export const updateDraft: Handler<'updateDraft'> = async (c) => {
  return c.json(await desk.updateArticle(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json')), HttpStatus.OK);
};

export const actOnArticle: Handler<'actOnArticle'> = async (c) => {
  return c.json(await desk.takeAction(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json')), HttpStatus.OK);
};

export const pinArticle: Handler<'pinArticle'> = async (c) => {
  return c.json(await desk.setPinned(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json').pinned), HttpStatus.OK);
};

/** Staff asking for the same period's figures together share one computation (lib/single-flight). */
const statsLoads = new SingleFlight<NewsStats>();

export const newsStats: Handler<'newsStats'> = async (c) => {
  const query = c.req.valid('query');
  const { db } = c.var.deps;
  return c.json(await statsLoads.run(db, JSON.stringify(query), () => loadNewsStats(db, query)), HttpStatus.OK);
};
