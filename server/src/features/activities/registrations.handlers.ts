import type { RouteHandler } from '@hono/zod-openapi';
import { requireAdministeredCompany } from '../../lib/company-admin';
import type { AppEnv } from '../../lib/context';
import { actorOf, requireCaller } from '../../lib/caller';
import { HttpStatus } from '../../lib/http-status';
import { checkIn as checkInTicket } from './check-in.service';
import type * as routes from './registrations.routes';
import * as registrations from './registrations.service';
import { recordResult as record, verifyCertificate as verify } from './results.service';
import { companyRegistrations as listCompanyRegistrations } from './roster.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const signUp: Handler<'signUp'> = async (c) => {
  const { db, env } = c.var.deps;
  const { created, result } = await registrations.signUpSelf(
    db,
    env.jwtSecret,
    requireCaller(c),
    c.req.valid('param').id,
    c.req.valid('json').extra,
    new Date(),
  );
  return created ? c.json(result, HttpStatus.CREATED) : c.json(result, HttpStatus.OK);
};

export const cancelRegistration: Handler<'cancelRegistration'> = async (c) => {
  const { db, env } = c.var.deps;
  const { registration } = await registrations.cancelRegistration(db, requireCaller(c), c.req.valid('param').id, new Date());
  return c.json(await registrations.viewOf(db, registration, env.jwtSecret), HttpStatus.OK);
};

export const myRegistrations: Handler<'myRegistrations'> = async (c) => {
  const { db, env } = c.var.deps;
  return c.json(
    await registrations.listMyRegistrations(db, env.jwtSecret, requireCaller(c).userId, c.req.valid('query').only, new Date()),
    HttpStatus.OK,
  );
};

export const companyCandidates: Handler<'companyCandidates'> = async (c) => {
  return c.json(await registrations.companyCandidates(c.var.deps.db, requireCaller(c), c.req.valid('param').id), HttpStatus.OK);
};

export const companySignUp: Handler<'companySignUp'> = async (c) => {
  const { db, env } = c.var.deps;
  const caller = requireCaller(c);
  const result = await registrations.signUpCompanyWorkers(
    db,
    env.jwtSecret,
    caller,
    c.req.valid('param').id,
    c.req.valid('json'),
    new Date(),
  );
  return c.json(result, HttpStatus.OK);
};

export const companyRegistrations: Handler<'companyRegistrations'> = async (c) => {
  const companyId = await requireAdministeredCompany(c.var.deps.db, requireCaller(c), '查看本单位的报名');
  return c.json(await listCompanyRegistrations(c.var.deps.db, companyId, c.req.valid('query').activityId, new Date()), HttpStatus.OK);
};

export const checkIn: Handler<'checkIn'> = async (c) => {
  const { db, env } = c.var.deps;
  const { code, activityId } = c.req.valid('json');
  return c.json(await checkInTicket(db, env.jwtSecret, actorOf(c), code, activityId, new Date()), HttpStatus.OK);
};

export const recordResult: Handler<'recordResult'> = async (c) => {
  return c.json(await record(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), new Date()), HttpStatus.OK);
};

export const verifyCertificate: Handler<'verifyCertificate'> = async (c) => {
  return c.json(await verify(c.var.deps.db, c.req.valid('param').certificateNo), HttpStatus.OK);
};

export const subscription: Handler<'subscription'> = (c) => {
  const ids = c.var.deps.env.templateIds;
  return c.json({ waitlistPromoted: ids.waitlist_promoted ?? null, reminder: ids.activity_reminder ?? null }, HttpStatus.OK);
};
