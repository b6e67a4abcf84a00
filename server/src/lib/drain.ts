import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context';

/**
 * Counts requests in flight so shutdown can wait for them. While draining, answers carry
 * `Connection: close` so keep-alive clients open their next request elsewhere.
 */
export function createDrain() {
  let inFlight = 0;
  let draining = false;
  let lastActivity = Date.now();
  const middleware = createMiddleware<AppEnv>(async function trackInFlight(c, next) {
    inFlight++;
    lastActivity = Date.now();
    try {
      await next();
    } finally {
      inFlight--;
      lastActivity = Date.now();
      if (draining) c.header('Connection', 'close');
    }
  });
  return {
    middleware,
    start() {
      draining = true;
    },
    /** Resolves once nothing has been in flight for `quietMs` (bytes already on a socket get their turn). */
    async settled(quietMs = 300): Promise<void> {
      while (inFlight > 0 || Date.now() - lastActivity < quietMs) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
export type Drain = ReturnType<typeof createDrain>;
