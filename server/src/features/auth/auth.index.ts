import { createRouter } from '../../lib/route';
import * as handlers from './auth.handlers';
import * as routes from './auth.routes';

export const authRouter = createRouter()
  .openapi(routes.demoAccounts, handlers.demoAccounts)
  .openapi(routes.passwordLogin, handlers.passwordLogin)
  .openapi(routes.wechatLogin, handlers.wechatLogin)
  .openapi(routes.refresh, handlers.refresh)
  .openapi(routes.logout, handlers.logout)
  .openapi(routes.getMe, handlers.getMe)
  .openapi(routes.updateMe, handlers.updateMe)
  .openapi(routes.bindPhone, handlers.bindPhone);
