import { z } from 'zod';
import { endpoint, multipartFile, xlsxFile } from '../common/endpoint';
import { idParamsSchema } from '../common/ids';
import { activityCancelledSchema, activityCreatedSchema, activityDetailSchema, activityInputSchema, activityListQuerySchema, activityListSchema, activitySubscriptionSchema, cancelActivitySchema, myRegistrationListSchema, myRegistrationsQuerySchema, registrationViewSchema, signupResultSchema, signupSchema } from './activities.schemas';
import { certificateNoSchema } from './certificate';
import { activityFiguresQuerySchema, activityFiguresSchema, certificateVerificationSchema, checkInResultSchema, checkInSchema, companyCandidatesSchema, companyRegistrationListSchema, companyRegistrationsQuerySchema, companySignupResultSchema, companySignupSchema, recordedResultSchema, resultImportSchema, resultInputSchema, rosterQuerySchema, rosterSchema } from './operations.schemas';

const staff = ['staff'] as const;
const params = idParamsSchema();

/** 活动: the activity list and pages, the staff editor, registrations, check-in, results, certificates and figures. */
export const activitiesApi = {
  listActivities: endpoint({ method: 'get', path: '/activities', query: activityListQuerySchema, response: activityListSchema, access: 'public' }),
  activityFigures: endpoint({ method: 'get', path: '/activity-figures', query: activityFiguresQuerySchema, response: activityFiguresSchema, access: staff }),
  getActivity: endpoint({ method: 'get', path: '/activities/{id}', params: params, response: activityDetailSchema, access: 'public' }),
  createActivity: endpoint({ method: 'post', path: '/activities', body: activityInputSchema, response: activityCreatedSchema, status: 201, access: staff }),
  updateActivity: endpoint({ method: 'put', path: '/activities/{id}', params: params, body: activityInputSchema, response: activityDetailSchema, access: staff }),
  publishActivity: endpoint({ method: 'post', path: '/activities/{id}/publish', params: params, response: activityDetailSchema, access: staff }),
  finishActivity: endpoint({ method: 'post', path: '/activities/{id}/finish', params: params, response: activityDetailSchema, access: staff }),
  cancelActivity: endpoint({ method: 'post', path: '/activities/{id}/cancel', params: params, body: cancelActivitySchema, response: activityCancelledSchema, access: staff }),
  getRoster: endpoint({ method: 'get', path: '/activities/{id}/roster', params: params, query: rosterQuerySchema, response: rosterSchema, access: staff }),
  exportRoster: endpoint({ method: 'get', path: '/activities/{id}/roster.xlsx', params: params, response: xlsxFile, access: staff }),
  importResults: endpoint({ method: 'post', path: '/activities/{id}/results/import', params: params, body: multipartFile('请选择填好结果的 Excel 文件'), response: resultImportSchema, access: staff }),
  signUp: endpoint({ method: 'post', path: '/activities/{id}/registrations', params: params, body: signupSchema, response: signupResultSchema, status: 201, access: 'authenticated' }),
  cancelRegistration: endpoint({ method: 'post', path: '/registrations/{id}/cancel', params: params, response: registrationViewSchema, access: 'authenticated' }),
  myRegistrations: endpoint({ method: 'get', path: '/me/registrations', query: myRegistrationsQuerySchema, response: myRegistrationListSchema, access: 'authenticated' }),
  companyCandidates: endpoint({ method: 'get', path: '/activities/{id}/company-candidates', params: params, response: companyCandidatesSchema, access: ['company_admin'] }),
  companySignUp: endpoint({ method: 'post', path: '/activities/{id}/company-registrations', params: params, body: companySignupSchema, response: companySignupResultSchema, access: ['company_admin'] }),
  companyRegistrations: endpoint({ method: 'get', path: '/company/registrations', query: companyRegistrationsQuerySchema, response: companyRegistrationListSchema, access: ['company_admin'] }),
  checkIn: endpoint({ method: 'post', path: '/check-ins', body: checkInSchema, response: checkInResultSchema, access: ['staff'] }),
  recordResult: endpoint({ method: 'put', path: '/registrations/{id}/result', params: params, body: resultInputSchema, response: recordedResultSchema, access: ['staff'] }),
  verifyCertificate: endpoint({ method: 'get', path: '/certificates/{certificateNo}', params: z.object({ certificateNo: certificateNoSchema }), response: certificateVerificationSchema, access: 'public' }),
  subscription: endpoint({ method: 'get', path: '/activity-subscription', response: activitySubscriptionSchema, access: 'authenticated' }),
};
