import { xlsxFile } from '@wuxie/shared';
import { attachment } from '../../lib/attachment';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { actorOf } from '../../lib/caller';
import { HttpStatus } from '../../lib/http-status';
import { SingleFlight } from '../../lib/single-flight';
import type { ActivityFigures } from '@wuxie/shared';
import type * as routes from './activities.routes';
import * as activities from './activities.service';
import { exportRoster as buildRosterFile, importResults as readResultsFile } from './excel.service';
import { activityFigures as computeFigures } from './figures.service';
import { loadRoster } from './roster.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listActivities: Handler<'listActivities'> = async (c) => {
  return c.json(await activities.listActivities(c.var.deps.db, c.get('caller'), c.req.valid('query'), new Date()), HttpStatus.OK);
};

/** Staff asking for the same period's figures together share one computation (lib/single-flight). */
const figureLoads = new SingleFlight<ActivityFigures>();

export const activityFigures: Handler<'activityFigures'> = async (c) => {
  const { from, to } = c.req.valid('query');
  const { db } = c.var.deps;
  return c.json(await figureLoads.run(db, `${from}/${to}`, () => computeFigures(db, from, to, new Date())), HttpStatus.OK);
};

export const getActivity: Handler<'getActivity'> = async (c) => {
  const { db, env } = c.var.deps;
  return c.json(await activities.activityDetail(db, env.jwtSecret, c.get('caller'), c.req.valid('param').id, new Date()), HttpStatus.OK);
};

export const createActivity: Handler<'createActivity'> = async (c) => {
  const id = await activities.createActivity(c.var.deps.db, actorOf(c), c.req.valid('json'));
  return c.json({ id }, HttpStatus.CREATED);
};

export const updateActivity: Handler<'updateActivity'> = async (c) => {
  const { db, env } = c.var.deps;
  const { id } = c.req.valid('param');
  await activities.updateActivity(db, actorOf(c), id, c.req.valid('json'));
  return c.json(await activities.activityDetail(db, env.jwtSecret, c.get('caller'), id, new Date()), HttpStatus.OK);
};

export const publishActivity: Handler<'publishActivity'> = async (c) => {
  const { db, env } = c.var.deps;
  const { id } = c.req.valid('param');
  await activities.transitionActivity(db, actorOf(c), id, 'published');
  return c.json(await activities.activityDetail(db, env.jwtSecret, c.get('caller'), id, new Date()), HttpStatus.OK);
};

export const finishActivity: Handler<'finishActivity'> = async (c) => {
  const { db, env } = c.var.deps;
  const { id } = c.req.valid('param');
  await activities.transitionActivity(db, actorOf(c), id, 'finished');
  return c.json(await activities.activityDetail(db, env.jwtSecret, c.get('caller'), id, new Date()), HttpStatus.OK);
};

export const cancelActivity: Handler<'cancelActivity'> = async (c) => {
  const notified = await activities.cancelActivity(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json').reason);
  return c.json({ notified }, HttpStatus.OK);
};

export const getRoster: Handler<'getRoster'> = async (c) => {
  return c.json(await loadRoster(c.var.deps.db, c.req.valid('param').id, c.req.valid('query'), new Date()), HttpStatus.OK);
};

export const exportRoster: Handler<'exportRoster'> = async (c) => {
  const file = await buildRosterFile(c.var.deps.db, c.req.valid('param').id, new Date());
  return attachment(c, file.body, xlsxFile, { ascii: `roster-${c.req.valid('param').id}.xlsx`, display: file.filename });
};

export const importResults: Handler<'importResults'> = async (c) => {
  const { file } = c.req.valid('form');
  const result = await readResultsFile(c.var.deps.db, actorOf(c), c.req.valid('param').id, await file.arrayBuffer(), new Date());
  return c.json(result, HttpStatus.OK);
};
