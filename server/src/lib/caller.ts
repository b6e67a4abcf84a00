import type { Context } from 'hono';
import type { Actor } from './audit';
import type { AppEnv, Caller } from './context';
import { unauthenticated } from './errors';

/** The caller of a route whose guard already required a login. */
export function requireCaller(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw unauthenticated();
  return caller;
}

/** The logged-in caller as the actor of what the request does, with its request id (for the audit trail). */
export function actorOf(c: Context<AppEnv>): Actor {
  return { ...requireCaller(c), requestId: c.var.requestId };
}
