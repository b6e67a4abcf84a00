import type { RouteHandler } from '@hono/zod-openapi';
import { actorOf, requireCaller } from '../../lib/caller';
import { requireAdministeredCompany } from '../../lib/company-admin';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import type * as routes from './company-desk.routes';
import * as invitations from './invitations.service';
import * as workers from './workers.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

/** The caller's company, if they still administer it (read from the database, not the token). */
const myCompany = (c: Parameters<Handler<'listInvitations'>>[0]) =>
  requireAdministeredCompany(c.var.deps.db, requireCaller(c), '管理邀请码和员工');

export const listInvitations: Handler<'listInvitations'> = async (c) =>
  c.json(await invitations.listInvitations(c.var.deps.db, await myCompany(c), new Date()), HttpStatus.OK);

export const createInvitation: Handler<'createInvitation'> = async (c) =>
  c.json(
    await invitations.createInvitation(c.var.deps.db, actorOf(c), await myCompany(c), c.req.valid('json'), new Date()),
    HttpStatus.CREATED,
  );

export const revokeInvitation: Handler<'revokeInvitation'> = async (c) =>
  c.json(
    await invitations.revokeInvitation(c.var.deps.db, actorOf(c), await myCompany(c), c.req.valid('param').id, new Date()),
    HttpStatus.OK,
  );

export const listWorkers: Handler<'listWorkers'> = async (c) =>
  c.json(await workers.listWorkers(c.var.deps.db, await myCompany(c), requireCaller(c).userId, c.req.valid('query')), HttpStatus.OK);

export const unbindWorker: Handler<'unbindWorker'> = async (c) =>
  c.json(await workers.unbindWorker(c.var.deps.db, actorOf(c), await myCompany(c), c.req.valid('param').id), HttpStatus.OK);

export const redeemInvitation: Handler<'redeemInvitation'> = async (c) =>
  c.json(await invitations.redeemInvitation(c.var.deps.db, actorOf(c), c.req.valid('json').code, new Date()), HttpStatus.OK);
