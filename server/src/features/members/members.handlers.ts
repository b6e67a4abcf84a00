import { xlsxFile } from '@wuxie/shared';
import { attachment } from '../../lib/attachment';
import type { RouteHandler } from '@hono/zod-openapi';
import { actorOf, requireCaller } from '../../lib/caller';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import type * as commendationRoutes from './commendations.routes';
import * as commendations from './commendations.service';
import * as communities from './communities.service';
import * as companies from './companies.service';
import type * as routes from './companies.routes';
import { importMembers as readImport, importTemplate as buildTemplate } from './import.service';
import { companyParticipation } from './participation.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;
type CommendationHandler<R extends keyof typeof commendationRoutes> = RouteHandler<(typeof commendationRoutes)[R], AppEnv>;

export const listCompanies: Handler<'listCompanies'> = async (c) =>
  c.json(await companies.listCompanies(c.var.deps.db, c.req.valid('query')), HttpStatus.OK);

export const getCompany: Handler<'getCompany'> = async (c) =>
  c.json(await companies.companyDetail(c.var.deps.db, c.get('caller'), c.req.valid('param').id), HttpStatus.OK);

export const createCompany: Handler<'createCompany'> = async (c) =>
  c.json({ id: await companies.createCompany(c.var.deps.db, actorOf(c), c.req.valid('json')) }, HttpStatus.CREATED);

export const updateCompany: Handler<'updateCompany'> = async (c) =>
  c.json({ id: await companies.updateCompany(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json')) }, HttpStatus.OK);

export const listCommunities: Handler<'listCommunities'> = async (c) =>
  c.json(await communities.listCommunities(c.var.deps.db, c.req.valid('query')), HttpStatus.OK);

export const createCommunity: Handler<'createCommunity'> = async (c) =>
  c.json({ id: await communities.createCommunity(c.var.deps.db, actorOf(c), c.req.valid('json')) }, HttpStatus.CREATED);

export const updateCommunity: Handler<'updateCommunity'> = async (c) =>
  c.json({ id: await communities.updateCommunity(c.var.deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json')) }, HttpStatus.OK);

export const importTemplate: Handler<'importTemplate'> = async (c) =>
  attachment(c, await buildTemplate(), xlsxFile, { ascii: 'members-template.xlsx', display: '会员单位导入模板.xlsx' });

export const importMembers: Handler<'importMembers'> = async (c) => {
  const { file } = c.req.valid('form');
  return c.json(await readImport(c.var.deps.db, actorOf(c), await file.arrayBuffer()), HttpStatus.OK);
};

export const participation: Handler<'participation'> = async (c) => {
  const { from, to } = c.req.valid('query');
  return c.json({ from, to, items: await companyParticipation(c.var.deps.db, { from, to }) }, HttpStatus.OK);
};

export const listCommendations: CommendationHandler<'listCommendations'> = async (c) =>
  c.json(await commendations.listCommendations(c.var.deps.db, c.req.valid('query')), HttpStatus.OK);

export const createCommendation: CommendationHandler<'createCommendation'> = async (c) =>
  c.json(await commendations.createCommendation(c.var.deps.db, actorOf(c), c.req.valid('json')), HttpStatus.CREATED);

export const deleteCommendation: CommendationHandler<'deleteCommendation'> = async (c) => {
  await commendations.deleteCommendation(c.var.deps.db, actorOf(c), c.req.valid('param').id);
  return c.json({ ok: true as const }, HttpStatus.OK);
};

export const searchPeople: CommendationHandler<'searchPeople'> = async (c) =>
  c.json(await commendations.searchPeople(c.var.deps.db, c.req.valid('query').q), HttpStatus.OK);

export const myCommendations: CommendationHandler<'myCommendations'> = async (c) =>
  c.json(await commendations.listCommendations(c.var.deps.db, { userId: requireCaller(c).userId }), HttpStatus.OK);
