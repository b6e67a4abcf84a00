import { createRouter } from '../../lib/route';
import { rateLimit } from '../../middlewares/rate-limit';
import * as handlers from './auth.handlers';
import * as routes from './auth.routes';

/** The auth routes; logins are rate-limited per client address on top of the per-account lock-out. */
export function createAuthRouter(limits: { loginPerMinute: number }) {
  const router = createRouter();
  router.use('/auth/login/*', rateLimit({ limit: limits.loginPerMinute, windowMs: 60_000, message: '登录尝试过于频繁，请一分钟后再试' }));
  return router
    .openapi(routes.demoAccounts, handlers.demoAccounts)
    .openapi(routes.passwordLogin, handlers.passwordLogin)
    .openapi(routes.wechatLogin, handlers.wechatLogin)
    .openapi(routes.refresh, handlers.refresh)
    .openapi(routes.logout, handlers.logout)
    .openapi(routes.getMe, handlers.getMe)
    .openapi(routes.updateMe, handlers.updateMe)
    .openapi(routes.bindPhone, handlers.bindPhone);
}
