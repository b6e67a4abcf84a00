import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/context';
import { verifyAccessToken } from '../features/auth/tokens.service';

/** Reads the bearer token if one is sent; the guard decides what a missing or bad one means. */
export function authenticate() {
  return createMiddleware<AppEnv>(async function authenticateBearer(c, next) {
    c.set('caller', null);
    c.set('authFailure', null);
    const header = c.req.header('authorization');
    const match = header?.match(/^Bearer\s+(.+)$/i);
    if (match?.[1]) {
      const result = await verifyAccessToken(match[1], c.get('deps').env.jwtSecret);
      if (result.ok) c.set('caller', result.caller);
      else c.set('authFailure', result.reason);
    }
    await next();
  });
}
