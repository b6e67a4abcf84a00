import type { Context } from 'hono';
import type { AppEnv, Caller } from './context';
import { unauthenticated } from './errors';

/** The caller of a route whose guard already required a login. */
export function requireCaller(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw unauthenticated();
  return caller;
}
