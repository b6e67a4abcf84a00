import { endpoint, type Role } from '@wuxie/shared';
import { Hono } from 'hono';
import pino from 'pino';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { renderError } from '../app';
import { loadEnv } from '../env';
import { signAccessToken } from '../features/auth/tokens.service';
import type { AppDeps, AppEnv } from '../lib/context';
import { createRouter, defineRoute } from '../lib/route';
import { authenticate } from './authenticate';
import { requestContext } from './request-context';

const env = loadEnv({ NODE_ENV: 'test' });
const deps = { env, logger: pino({ level: 'silent' }) } as unknown as AppDeps;
const okResponse = z.object({ ok: z.boolean() });
const doc = { tags: ['t'], summary: 'guarded' };

/** A small app with one route per kind of access rule, behind the real middlewares and error rendering. */
function guardedApp() {
  const app = new Hono<AppEnv>();
  app.use('*', requestContext(deps), authenticate());
  app.onError((error, c) => renderError(error, c.var.requestId, c.var.log, deps));
  const router = createRouter()
    .openapi(defineRoute(endpoint({ method: 'get', path: '/open', response: okResponse, access: 'public' }), doc), (c) =>
      c.json({ ok: true }, 200),
    )
    .openapi(defineRoute(endpoint({ method: 'get', path: '/any-user', response: okResponse, access: 'authenticated' }), doc), (c) =>
      c.json({ ok: true }, 200),
    )
    .openapi(defineRoute(endpoint({ method: 'get', path: '/staff-only', response: okResponse, access: ['staff'] }), doc), (c) =>
      c.json({ ok: true }, 200),
    )
    .openapi(
      defineRoute(endpoint({ method: 'get', path: '/company-desk', response: okResponse, access: ['company_admin', 'staff'] }), doc),
      (c) => c.json({ ok: true }, 200),
    );
  app.route('/', router);
  return app;
}

async function statusFor(path: string, roles: Role[] | null): Promise<number> {
  const headers: Record<string, string> = {};
  if (roles) headers.authorization = `Bearer ${await signAccessToken({ userId: 7, roles, companyId: null }, env.jwtSecret, 60)}`;
  return (await guardedApp().request(path, { headers })).status;
}

describe('the role guard', () => {
  it.each([
    ['/open', null, 200],
    ['/open', ['resident'], 200],
    ['/any-user', null, 401],
    ['/any-user', ['resident'], 200],
    ['/staff-only', null, 401],
    ['/staff-only', ['resident'], 403],
    ['/staff-only', ['company_admin', 'worker'], 403],
    ['/staff-only', ['staff'], 200],
    ['/staff-only', ['admin'], 200],
    ['/company-desk', ['company_admin'], 200],
    ['/company-desk', ['correspondent'], 403],
  ] as const)('GET %s as %j answers %i', async (path, roles, expected) => {
    expect(await statusFor(path, roles ? [...roles] : null)).toBe(expected);
  });

  it('answers a refusal in the error contract with a Chinese message', async () => {
    const token = await signAccessToken({ userId: 7, roles: ['resident'], companyId: null }, env.jwtSecret, 60);
    const res = await guardedApp().request('/staff-only', { headers: { authorization: `Bearer ${token}` } });
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', message: '您没有权限进行此操作' });
  });
});
