import { idempotencyKeySchema, xlsxFile, type ComplaintFigures } from '@wuxie/shared';
import { attachment } from '../../lib/attachment';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { actorOf, requireCaller } from '../../lib/caller';
import { validationError } from '../../lib/errors';
import { HttpStatus } from '../../lib/http-status';
import { SingleFlight } from '../../lib/single-flight';
import { exportLedger as buildLedgerWorkbook } from './ledger-export.service';
import { complaintFigures } from './figures.service';
import * as queries from './complaints.queries';
import type * as routes from './complaints.routes';
import { submitComplaint as submit } from './submit.service';
import { actOnComplaint } from './transitions.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const submitComplaint: Handler<'submitComplaint'> = async (c) => {
  const caller = requireCaller(c);
  const { db, env } = c.var.deps;
  const { idempotencyKey: fromBody, ...input } = c.req.valid('json');
  const key = idempotencyKeySchema.safeParse(c.req.valid('header')['idempotency-key'] ?? fromBody);
  if (!key.success) {
    const missing = (c.req.valid('header')['idempotency-key'] ?? fromBody) === undefined;
    if (missing)
      throw validationError([
        {
          code: 'custom',
          path: ['idempotencyKey'],
          message: '缺少幂等键：请在请求头 Idempotency-Key 或字段 idempotencyKey 中提供',
          input: undefined,
        },
      ]);
    throw validationError(key.error.issues.map((i) => ({ ...i, path: ['idempotencyKey'] })));
  }
  const result = await submit(db, env, caller, input, key.data);
  const detail = await queries.getDetail(db, caller, result.id, env.jwtSecret);
  if (result.replayed) {
    c.header('Idempotent-Replayed', 'true');
    return c.json(detail, HttpStatus.OK);
  }
  return c.json(detail, HttpStatus.CREATED);
};

export const listMine: Handler<'listMine'> = async (c) =>
  c.json(await queries.listMine(c.var.deps.db, requireCaller(c), c.req.valid('query')), HttpStatus.OK);

export const listDesk: Handler<'listDesk'> = async (c) =>
  c.json(await queries.listDesk(c.var.deps.db, requireCaller(c), c.req.valid('query')), HttpStatus.OK);

export const listLedger: Handler<'listLedger'> = async (c) =>
  c.json(await queries.listLedger(c.var.deps.db, c.req.valid('query')), HttpStatus.OK);

export const exportLedger: Handler<'exportLedger'> = async (c) => {
  const file = await buildLedgerWorkbook(c.var.deps.db, c.req.valid('query'));
  return attachment(c, file, xlsxFile, { ascii: 'complaints.xlsx', display: `投诉台账-${new Date().toISOString().slice(0, 10)}.xlsx` });
};

/** Staff asking for the same period's figures together share one computation (lib/single-flight). */
const figureLoads = new SingleFlight<ComplaintFigures>();

export const figures: Handler<'figures'> = async (c) => {
  const { from, to } = c.req.valid('query');
  const { db } = c.var.deps;
  return c.json(await figureLoads.run(db, `${from}/${to}`, () => complaintFigures(db, from, to)), HttpStatus.OK);
};

export const communities: Handler<'communities'> = async (c) => {
  const { q, limit } = c.req.valid('query');
  return c.json(await queries.searchCommunities(c.var.deps.db, q, limit), HttpStatus.OK);
};

export const companies: Handler<'companies'> = async (c) =>
  c.json(await queries.listCompanies(c.var.deps.db, c.req.valid('query').q), HttpStatus.OK);

export const getComplaint: Handler<'getComplaint'> = async (c) => {
  const { db, env } = c.var.deps;
  return c.json(await queries.getDetail(db, requireCaller(c), c.req.valid('param').id, env.jwtSecret), HttpStatus.OK);
};

export const act: Handler<'act'> = async (c) => {
  const actor = actorOf(c);
  const { db, env } = c.var.deps;
  const { id } = c.req.valid('param');
  await actOnComplaint(db, env, actor, id, c.req.valid('json'));
  return c.json(await queries.getDetail(db, actor, id, env.jwtSecret), HttpStatus.OK);
};

export const subscription: Handler<'subscription'> = (c) =>
  c.json({ templateKey: 'complaint_progress' as const, templateId: c.var.deps.env.templateIds.complaint_progress ?? null }, HttpStatus.OK);
