import type { Context, Next } from 'hono';
import type { AppEnv } from '../../lib/context';
import { createRouter } from '../../lib/route';
import { rateLimit } from '../../middlewares/rate-limit';
import * as admins from './company-admins.handlers';
import * as adminRoutes from './company-admins.routes';
import * as desk from './company-desk.handlers';
import * as deskRoutes from './company-desk.routes';
import * as commendationRoutes from './commendations.routes';
import * as routes from './companies.routes';
import * as members from './members.handlers';

/** Member companies, communities, the Excel import, invitation codes, workers and commendations. */
export function createMembersRouter(limits: { redeemPerMinute: number } = { redeemPerMinute: 10 }) {
  const router = createRouter();
  const limitRedeem = rateLimit({
    limit: limits.redeemPerMinute,
    windowMs: 60_000,
    message: '邀请码尝试过于频繁，请一分钟后再试',
    key: (c) => `user:${c.get('caller')?.userId ?? 0}`,
  });
  // Counted per person; callers without a login are left to the guard (401).
  router.use('/invitations/redeem', (c: Context<AppEnv, string>, next: Next) => (c.get('caller') ? limitRedeem(c, next) : next()));
  return router
    .openapi(routes.listCompanies, members.listCompanies)
    .openapi(routes.getCompany, members.getCompany)
    .openapi(routes.createCompany, members.createCompany)
    .openapi(routes.updateCompany, members.updateCompany)
    .openapi(routes.listCommunities, members.listCommunities)
    .openapi(routes.createCommunity, members.createCommunity)
    .openapi(routes.updateCommunity, members.updateCommunity)
    .openapi(routes.importTemplate, members.importTemplate)
    .openapi(routes.importMembers, members.importMembers)
    .openapi(routes.participation, members.participation)
    .openapi(adminRoutes.listCompanyPeople, admins.listCompanyPeople)
    .openapi(adminRoutes.grantCompanyAdmin, admins.grantCompanyAdmin)
    .openapi(adminRoutes.revokeCompanyAdmin, admins.revokeCompanyAdmin)
    .openapi(commendationRoutes.listCommendations, members.listCommendations)
    .openapi(commendationRoutes.createCommendation, members.createCommendation)
    .openapi(commendationRoutes.deleteCommendation, members.deleteCommendation)
    .openapi(commendationRoutes.searchPeople, members.searchPeople)
    .openapi(commendationRoutes.myCommendations, members.myCommendations)
    .openapi(deskRoutes.listInvitations, desk.listInvitations)
    .openapi(deskRoutes.createInvitation, desk.createInvitation)
    .openapi(deskRoutes.revokeInvitation, desk.revokeInvitation)
    .openapi(deskRoutes.listWorkers, desk.listWorkers)
    .openapi(deskRoutes.unbindWorker, desk.unbindWorker)
    .openapi(deskRoutes.redeemInvitation, desk.redeemInvitation);
}
