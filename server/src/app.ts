import { existsSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { Prisma } from '@wuxie/prisma';
import { Hono, type Context, type Next } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { createAuthRouter } from './features/auth/auth.index';
import { notificationsRouter } from './features/notifications/notifications.index';
import { newsRouter } from './features/news/news.index';
import { createUploadsRouter } from './features/uploads/uploads.index';
import { complaintsRouter } from './features/complaints/complaints.index';
import { activitiesRouter } from './features/activities/activities.index';
import { createMembersRouter } from './features/members/members.index';
import { deskRouter } from './features/desk/desk.index';
import { mountApiDocs, systemRouter } from './features/system/system.index';
import { limitBody } from './lib/body-limit';
import type { AppDeps, AppEnv } from './lib/context';
import type { Drain } from './lib/drain';
import { AppError } from './lib/errors';
import { HttpStatus } from './lib/http-status';
import { authenticate } from './middlewares/authenticate';
import { requestContext } from './middlewares/request-context';
import { responseHeaders } from './middlewares/response-headers';

const EXPOSED_HEADERS = ['X-Request-Id'];

/** The API under /api: every feature router, the docs, and the one error contract. */
export function createApi(deps: AppDeps) {
  const api = new OpenAPIHono<AppEnv>();
  // Preflights only: the CORS headers of actual answers are set up front by responseHeaders().
  const preflight = cors({
    origin: (origin) => (deps.env.corsOrigins.includes(origin) ? origin : null),
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  api.use('*', (c: Context<AppEnv, string>, next: Next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : next()));
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', `提交的内容过大（上限 ${Math.round(deps.env.BODY_LIMIT_BYTES / 1024)} KB）`);
  const apiBodyLimit = limitBody(deps.env.BODY_LIMIT_BYTES, tooLarge);
  // Image uploads carry their own, larger limit (features/uploads). GET and HEAD carry no body,
  // and asking for one would make @hono/node-server build a full Request for nothing.
  api.use('*', (c: Context<AppEnv, string>, next: Next) => {
    const { method, path: url } = c.req;
    if (method === 'GET' || method === 'HEAD' || (method === 'POST' && url === '/api/uploads')) return next();
    // A declared length is checked without touching the body (Node's parser never reads past it),
    // so @hono/node-server still reads the body straight off the socket for c.req.json() instead
    // of through a WHATWG Request and streams (~10 % of a sign-up's CPU). A body of unknown length
    // (chunked) is counted as it streams by hono's bodyLimit.
    const declared = c.req.header('content-length');
    if (declared !== undefined && /^\d{1,15}$/.test(declared) && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > deps.env.BODY_LIMIT_BYTES) throw tooLarge();
      return next();
    }
    return apiBodyLimit(c, next);
  });
  api.use('*', authenticate());
  api.route('/', systemRouter);
  api.route('/', createAuthRouter({ loginPerMinute: deps.env.LOGIN_RATE_PER_MINUTE }));
  api.route('/', notificationsRouter);
  api.route('/', newsRouter);
  api.route('/', createUploadsRouter({ uploadsPerHour: deps.env.UPLOADS_PER_HOUR }));
  api.route('/', complaintsRouter);
  api.route('/', activitiesRouter);
  api.route('/', createMembersRouter());
  api.route('/', deskRouter);
  mountApiDocs(api);
  return api;
}

export type Api = ReturnType<typeof createApi>;

/** The whole server: /api plus the H5 build of the client on the same origin. */
export function createApp(deps: AppDeps, options: { drain?: Drain } = {}) {
  const app = new Hono<AppEnv>();
  if (options.drain) app.use('*', options.drain.middleware);
  app.use('*', requestContext(deps));
  app.use('*', responseHeaders({ corsOrigins: deps.env.corsOrigins, exposeHeaders: EXPOSED_HEADERS }));
  app.onError((error, c) => renderError(error, c.var.requestId, c.var.log, deps));
  app.route('/api', createApi(deps));
  mountClient(app, deps.env.CLIENT_DIST);
  app.notFound((c) => {
    const what = c.req.path.startsWith('/api/') ? `接口不存在：${c.req.method} ${c.req.path}` : `页面不存在：${c.req.path}`;
    return c.json({ code: 'NOT_FOUND', message: what, requestId: c.var.requestId }, HttpStatus.NOT_FOUND);
  });
  return app;
}

function mountClient(app: Hono<AppEnv>, dist: string): void {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return;
  app.use('/*', compress());
  app.use('/*', serveStatic({ root: dist }));
  // The H5 app uses the hash router, so any other page path is the app itself.
  app.get('/*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    return serveStatic({ path: index })(c, next);
  });
}

export function renderError(
  error: Error,
  requestId: string | undefined,
  log: AppEnv['Variables']['log'] | undefined,
  deps: AppDeps,
): Response {
  const body = (status: number, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify({ ...payload, requestId }), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    });
  if (error instanceof AppError) {
    return body(
      error.status,
      { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
      error.headers,
    );
  }
  if (error instanceof HTTPException) {
    if (error.status === HttpStatus.BAD_REQUEST)
      return body(HttpStatus.BAD_REQUEST, { code: 'BAD_REQUEST', message: '请求格式不正确（不是有效的 JSON 或表单）' });
    if (error.status === HttpStatus.PAYLOAD_TOO_LARGE) return body(error.status, { code: 'PAYLOAD_TOO_LARGE', message: '提交的内容过大' });
    // zod-openapi answers 415 when a JSON route gets another Content-Type (a form, text/plain).
    if (error.status === HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
      return body(error.status, {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: '提交的内容类型不受支持，请以 JSON 提交（Content-Type: application/json）',
      });
    }
    return body(error.status, { code: 'BAD_REQUEST', message: error.message || '请求无法处理' });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return body(HttpStatus.CONFLICT, { code: 'CONFLICT', message: '记录已存在，请勿重复提交' });
    if (error.code === 'P2025') return body(HttpStatus.NOT_FOUND, { code: 'NOT_FOUND', message: '记录不存在或已被删除' });
  }
  // The stack goes to the log, under the request id the answer carries; never into an answer, in any environment.
  (log ?? deps.logger).error({ err: error, requestId }, 'unhandled error');
  return body(HttpStatus.INTERNAL_SERVER_ERROR, {
    code: 'INTERNAL',
    message: '服务器开小差了，请稍后再试；如果一直这样，请把请求编号告诉协会',
  });
}
