import type { RouteHandler } from '@hono/zod-openapi';
import { requireCaller } from '../../lib/caller';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import type * as routes from './company-desk.routes';
import * as invitations from './invitations.service';
import { actorOf } from './members.handlers';
import * as workers from './workers.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

const myCompany = (c: Parameters<Handler<'listInvitations'>>[0]) => invitations.companyOfAdmin(requireCaller(c).companyId);

export const listInvitations: Handler<'listInvitations'> = async (c) => c.json(await invitations.listInvitations(c.var.deps.db, myCompany(c), new Date()), HttpStatus.OK);

export const createInvitation: Handler<'createInvitation'> = async (c) =>
  c.json(await invitations.createInvitation(c.var.deps.db, actorOf(c), myCompany(c), c.req.valid('json'), new Date()), HttpStatus.CREATED);

export const revokeInvitation: Handler<'revokeInvitation'> = async (c) =>
  c.json(await invitations.revokeInvitation(c.var.deps.db, actorOf(c), myCompany(c), c.req.valid('param').id, new Date()), HttpStatus.OK);

export const listWorkers: Handler<'listWorkers'> = async (c) =>
  c.json(await workers.listWorkers(c.var.deps.db, myCompany(c), requireCaller(c).userId, c.req.valid('query')), HttpStatus.OK);

export const unbindWorker: Handler<'unbindWorker'> = async (c) =>
  c.json(await workers.unbindWorker(c.var.deps.db, actorOf(c), myCompany(c), c.req.valid('param').id), HttpStatus.OK);

export const redeemInvitation: Handler<'redeemInvitation'> = async (c) =>
  c.json(await invitations.redeemInvitation(c.var.deps.db, actorOf(c), c.req.valid('json').code, new Date()), HttpStatus.OK);
