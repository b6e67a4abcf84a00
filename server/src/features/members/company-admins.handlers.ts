import type { RouteHandler } from '@hono/zod-openapi';
import { actorOf, requireCaller } from '../../lib/caller';
import type { AppEnv } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { HttpStatus } from '../../lib/http-status';
import type * as routes from './company-admins.routes';
import * as admins from './company-admins.service';
import { listWorkers } from './workers.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const listCompanyPeople: Handler<'listCompanyPeople'> = async (c) => {
  const { db } = c.var.deps;
  const { id } = c.req.valid('param');
  if (!(await db.company.findUnique({ where: { id }, select: { id: true } }))) throw notFound('会员单位');
  return c.json(await listWorkers(db, id, requireCaller(c).userId, c.req.valid('query')), HttpStatus.OK);
};

export const grantCompanyAdmin: Handler<'grantCompanyAdmin'> = async (c) =>
  c.json(await admins.grantCompanyAdmin(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json')), HttpStatus.OK);

export const revokeCompanyAdmin: Handler<'revokeCompanyAdmin'> = async (c) => {
  const { id, userId } = c.req.valid('param');
  return c.json(await admins.revokeCompanyAdmin(c.var.deps.db, actorOf(c), id, userId), HttpStatus.OK);
};
