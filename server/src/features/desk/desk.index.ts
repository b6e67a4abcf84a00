import { createRouter } from '../../lib/route';
import * as handlers from './desk.handlers';
import * as routes from './desk.routes';

export const deskRouter = createRouter()
  .openapi(routes.dashboard, handlers.dashboard)
  .openapi(routes.report, handlers.report)
  .openapi(routes.reportDocx, handlers.reportDocx)
  .openapi(routes.records, handlers.records);
