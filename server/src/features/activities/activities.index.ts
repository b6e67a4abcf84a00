import { createRouter } from '../../lib/route';
import * as activities from './activities.handlers';
import * as activityRoutes from './activities.routes';
import * as registrations from './registrations.handlers';
import * as registrationRoutes from './registrations.routes';

export const activitiesRouter = createRouter()
  .openapi(activityRoutes.listActivities, activities.listActivities)
  .openapi(activityRoutes.activityFigures, activities.activityFigures)
  .openapi(activityRoutes.getActivity, activities.getActivity)
  .openapi(activityRoutes.createActivity, activities.createActivity)
  .openapi(activityRoutes.updateActivity, activities.updateActivity)
  .openapi(activityRoutes.publishActivity, activities.publishActivity)
  .openapi(activityRoutes.finishActivity, activities.finishActivity)
  .openapi(activityRoutes.cancelActivity, activities.cancelActivity)
  .openapi(activityRoutes.getRoster, activities.getRoster)
  .openapi(activityRoutes.exportRoster, activities.exportRoster)
  .openapi(activityRoutes.importResults, activities.importResults)
  .openapi(registrationRoutes.signUp, registrations.signUp)
  .openapi(registrationRoutes.cancelRegistration, registrations.cancelRegistration)
  .openapi(registrationRoutes.myRegistrations, registrations.myRegistrations)
  .openapi(registrationRoutes.companyCandidates, registrations.companyCandidates)
  .openapi(registrationRoutes.companySignUp, registrations.companySignUp)
  .openapi(registrationRoutes.companyRegistrations, registrations.companyRegistrations)
  .openapi(registrationRoutes.checkIn, registrations.checkIn)
  .openapi(registrationRoutes.recordResult, registrations.recordResult)
  .openapi(registrationRoutes.verifyCertificate, registrations.verifyCertificate)
  .openapi(registrationRoutes.subscription, registrations.subscription);
