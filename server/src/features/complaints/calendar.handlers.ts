import type { RouteHandler } from '@hono/zod-openapi';
import { actorOf } from '../../lib/caller';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import * as calendar from './calendar.service';
import type * as routes from './calendar.routes';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listWorkCalendar: Handler<'listWorkCalendar'> = async (c) =>
  c.json(await calendar.listWorkCalendarYear(c.var.deps.db, c.req.valid('query').year), HttpStatus.OK);

export const setWorkCalendarDay: Handler<'setWorkCalendarDay'> = async (c) =>
  c.json(await calendar.setWorkCalendarDay(c.var.deps.db, actorOf(c), c.req.valid('param').date, c.req.valid('json')), HttpStatus.OK);

export const removeWorkCalendarDay: Handler<'removeWorkCalendarDay'> = async (c) => {
  await calendar.removeWorkCalendarDay(c.var.deps.db, actorOf(c), c.req.valid('param').date);
  return c.json({ ok: true as const }, HttpStatus.OK);
};
