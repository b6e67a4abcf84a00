import { createRouter } from '../../lib/route';
import * as calendarHandlers from './calendar.handlers';
import * as calendarRoutes from './calendar.routes';
import * as handlers from './complaints.handlers';
import * as routes from './complaints.routes';

/** Complaints: filing, the three desks (resident, company, association), the ledger and its figures, the working-day calendar. */
export const complaintsRouter = createRouter()
  .openapi(routes.submitComplaint, handlers.submitComplaint)
  .openapi(routes.listMine, handlers.listMine)
  .openapi(routes.listDesk, handlers.listDesk)
  .openapi(routes.listLedger, handlers.listLedger)
  .openapi(routes.exportLedger, handlers.exportLedger)
  .openapi(routes.figures, handlers.figures)
  .openapi(routes.communities, handlers.communities)
  .openapi(routes.companies, handlers.companies)
  .openapi(routes.subscription, handlers.subscription)
  // Before /complaints/{id}, which would otherwise take "work-calendar" for an id.
  .openapi(calendarRoutes.listWorkCalendar, calendarHandlers.listWorkCalendar)
  .openapi(calendarRoutes.setWorkCalendarDay, calendarHandlers.setWorkCalendarDay)
  .openapi(calendarRoutes.removeWorkCalendarDay, calendarHandlers.removeWorkCalendarDay)
  .openapi(routes.getComplaint, handlers.getComplaint)
  .openapi(routes.act, handlers.act);
