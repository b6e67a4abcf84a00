import { hasAnyRole } from '@wuxie/shared';
import { createMiddleware } from 'hono/factory';
import { AppError, forbidden } from '../lib/errors';
import type { AppEnv } from '../lib/context';
import type { Access } from '@wuxie/shared';

/** The one access check: every route declares its Access and gets this middleware for it. */
export function guard(access: Access) {
  return createMiddleware<AppEnv>(async function guardAccess(c, next) {
    if (access === 'public') return next();
    const caller = c.get('caller');
    if (!caller) {
      if (c.get('authFailure') === 'expired') throw new AppError('TOKEN_EXPIRED', '登录已过期，请重新登录');
      throw new AppError('UNAUTHENTICATED', '请先登录');
    }
    if (access !== 'authenticated' && !hasAnyRole(caller.roles, access)) throw forbidden();
    return next();
  });
}
