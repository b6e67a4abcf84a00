import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../lib/context';
import { AppError } from '../lib/errors';

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  limit: number;
  windowMs: number;
  /** What the user reads when refused. */
  message: string;
  key?: (c: Context<AppEnv>) => string;
}

/** The client's address as the socket saw it ('local' for in-process requests in tests). */
export function clientAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/**
 * A fixed-window limiter kept in this process's memory: enough to blunt password guessing and
 * floods against one instance. Several instances each keep their own count (see the README).
 */
export function rateLimit(options: RateLimitOptions) {
  const windows = new Map<string, { start: number; count: number }>();
  const keyOf = options.key ?? clientAddress;
  return createMiddleware<AppEnv>(async function limitRate(c, next) {
    const now = Date.now();
    const key = keyOf(c);
    let w = windows.get(key);
    if (!w || now - w.start >= options.windowMs) {
      w = { start: now, count: 0 };
      windows.set(key, w);
      if (windows.size > 50_000) {
        for (const [k, v] of windows) if (now - v.start >= options.windowMs) windows.delete(k);
      }
    }
    w.count++;
    if (w.count > options.limit) {
      const retryAfter = Math.ceil((w.start + options.windowMs - now) / 1000);
      throw new AppError('RATE_LIMITED', options.message, undefined, { 'Retry-After': String(retryAfter) });
    }
    await next();
  });
}
