import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppDeps, AppEnv } from '../lib/context';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Gives each request an id (kept from X-Request-Id when sane), a child logger and the app's deps. */
export function requestContext(deps: AppDeps) {
  return createMiddleware<AppEnv>(async function attachRequestContext(c, next) {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const log = deps.logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('deps', deps);
    c.header('X-Request-Id', requestId);
    log.debug({ method: c.req.method, path: c.req.path }, 'request received');
    const started = performance.now();
    await next();
    // The error handler's bare Response misses headers set before the handler ran.
    if (c.error && !c.res.headers.has('X-Request-Id')) c.res.headers.set('X-Request-Id', requestId);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
  });
}
