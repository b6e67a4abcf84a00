import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@wuxie/shared';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { HttpStatus } from '../../lib/http-status';
import { requireCaller } from '../../lib/caller';
import type * as routes from './auth.routes';
import * as service from './auth.service';

type Handler<R extends keyof typeof routes> = RouteHandler<(typeof routes)[R], AppEnv>;

export const demoAccounts: Handler<'demoAccounts'> = (c) => {
  const enabled = c.var.deps.env.demoLogin;
  const accounts = enabled ? DEMO_ACCOUNTS.map((a) => ({ ...a, password: DEMO_PASSWORD })) : [];
  return c.json({ enabled, accounts }, HttpStatus.OK);
};

export const passwordLogin: Handler<'passwordLogin'> = async (c) => {
  const { db, env } = c.var.deps;
  const session = await service.loginWithPassword(db, env, c.req.valid('json'), c.req.header('user-agent'));
  return c.json(session, HttpStatus.OK);
};

export const wechatLogin: Handler<'wechatLogin'> = async (c) => {
  const { db, env, wechat } = c.var.deps;
  const session = await service.loginWithWechat(db, env, wechat, c.req.valid('json').code, c.req.header('user-agent'));
  return c.json(session, HttpStatus.OK);
};

export const refresh: Handler<'refresh'> = async (c) => {
  const { db, env } = c.var.deps;
  const session = await service.refreshSession(db, env, c.req.valid('json').refreshToken, c.req.header('user-agent'));
  return c.json(session, HttpStatus.OK);
};

export const logout: Handler<'logout'> = async (c) => {
  await service.logout(c.var.deps.db, c.req.valid('json').refreshToken);
  return c.json({ ok: true as const }, HttpStatus.OK);
};

export const getMe: Handler<'getMe'> = async (c) => {
  return c.json(await service.loadMe(c.var.deps.db, requireCaller(c).userId), HttpStatus.OK);
};

export const updateMe: Handler<'updateMe'> = async (c) => {
  const { userId } = requireCaller(c);
  const { name, privacyAgreed } = c.req.valid('json');
  const db = c.var.deps.db;
  await db.user.update({
    where: { id: userId },
    data: { ...(name !== undefined ? { name } : {}), ...(privacyAgreed ? { privacyAgreedAt: new Date() } : {}) },
  });
  return c.json(await service.loadMe(db, userId), HttpStatus.OK);
};

export const bindPhone: Handler<'bindPhone'> = async (c) => {
  const { db, wechat } = c.var.deps;
  return c.json(await service.bindPhone(db, wechat, requireCaller(c).userId, c.req.valid('json').code), HttpStatus.OK);
};
