import { okSchema } from '../auth/auth.schemas';
import { endpoint, multipartFile, xlsxFile } from '../common/endpoint';
import { idParamsSchema } from '../common/ids';
import {
  commendationInputSchema,
  commendationListQuerySchema,
  commendationListSchema,
  commendationSchema,
  personOptionListSchema,
  personSearchQuerySchema,
} from './commendation.schemas';
import { communityInputSchema, communityListQuerySchema, communityListSchema } from './community.schemas';
import {
  companyAdminChangeSchema,
  companyAdminParamsSchema,
  companyPeopleQuerySchema,
  grantCompanyAdminSchema,
} from './company-admin.schemas';
import { companyDetailSchema, companyInputSchema, companyListQuerySchema, companyListSchema, companySavedSchema } from './company.schemas';
import { memberImportResultSchema } from './import.schemas';
import {
  companyWorkerListSchema,
  companyWorkersQuerySchema,
  createInvitationSchema,
  invitationListSchema,
  invitationSchema,
  redeemInvitationSchema,
  redeemResultSchema,
  unbindResultSchema,
} from './invitation.schemas';
import { participationListSchema, participationQuerySchema } from './participation.schemas';

const staff = ['staff'] as const;
const params = idParamsSchema();
const companyAdmin = ['company_admin'] as const;

/** 会员单位: the directory, communities, invitations and workers, company admins, commendations and participation. */
export const membersApi = {
  listCommendations: endpoint({
    method: 'get',
    path: '/commendations',
    query: commendationListQuerySchema,
    response: commendationListSchema,
    access: staff,
  }),
  createCommendation: endpoint({
    method: 'post',
    path: '/commendations',
    body: commendationInputSchema,
    response: commendationSchema,
    status: 201,
    access: staff,
  }),
  deleteCommendation: endpoint({
    method: 'delete',
    path: '/commendations/{id}',
    params: idParamsSchema(),
    response: okSchema,
    access: staff,
  }),
  searchPeople: endpoint({
    method: 'get',
    path: '/members/people',
    query: personSearchQuerySchema,
    response: personOptionListSchema,
    access: staff,
  }),
  myCommendations: endpoint({ method: 'get', path: '/me/commendations', response: commendationListSchema, access: 'authenticated' }),
  listCompanies: endpoint({
    method: 'get',
    path: '/companies',
    query: companyListQuerySchema,
    response: companyListSchema,
    access: 'public',
  }),
  getCompany: endpoint({ method: 'get', path: '/companies/{id}', params: params, response: companyDetailSchema, access: 'public' }),
  createCompany: endpoint({
    method: 'post',
    path: '/companies',
    body: companyInputSchema,
    response: companySavedSchema,
    status: 201,
    access: staff,
  }),
  updateCompany: endpoint({
    method: 'put',
    path: '/companies/{id}',
    params: params,
    body: companyInputSchema,
    response: companySavedSchema,
    access: staff,
  }),
  listCommunities: endpoint({
    method: 'get',
    path: '/communities',
    query: communityListQuerySchema,
    response: communityListSchema,
    access: staff,
  }),
  createCommunity: endpoint({
    method: 'post',
    path: '/communities',
    body: communityInputSchema,
    response: companySavedSchema,
    status: 201,
    access: staff,
  }),
  updateCommunity: endpoint({
    method: 'put',
    path: '/communities/{id}',
    params: params,
    body: communityInputSchema,
    response: companySavedSchema,
    access: staff,
  }),
  importTemplate: endpoint({ method: 'get', path: '/members/import-template.xlsx', response: xlsxFile, access: staff }),
  importMembers: endpoint({
    method: 'post',
    path: '/members/import',
    body: multipartFile('请选择要导入的 Excel 文件'),
    response: memberImportResultSchema,
    access: staff,
  }),
  participation: endpoint({
    method: 'get',
    path: '/members/participation',
    query: participationQuerySchema,
    response: participationListSchema,
    access: staff,
  }),
  listCompanyPeople: endpoint({
    method: 'get',
    path: '/companies/{id}/people',
    params: idParamsSchema('单位'),
    query: companyPeopleQuerySchema,
    response: companyWorkerListSchema,
    access: staff,
  }),
  grantCompanyAdmin: endpoint({
    method: 'post',
    path: '/companies/{id}/admins',
    params: idParamsSchema('单位'),
    body: grantCompanyAdminSchema,
    response: companyAdminChangeSchema,
    access: staff,
  }),
  revokeCompanyAdmin: endpoint({
    method: 'delete',
    path: '/companies/{id}/admins/{userId}',
    params: companyAdminParamsSchema,
    response: companyAdminChangeSchema,
    access: staff,
  }),
  listInvitations: endpoint({ method: 'get', path: '/company/invitations', response: invitationListSchema, access: companyAdmin }),
  createInvitation: endpoint({
    method: 'post',
    path: '/company/invitations',
    body: createInvitationSchema,
    response: invitationSchema,
    status: 201,
    access: companyAdmin,
  }),
  revokeInvitation: endpoint({
    method: 'post',
    path: '/company/invitations/{id}/revoke',
    params: params,
    response: invitationSchema,
    access: companyAdmin,
  }),
  listWorkers: endpoint({
    method: 'get',
    path: '/company/workers',
    query: companyWorkersQuerySchema,
    response: companyWorkerListSchema,
    access: companyAdmin,
  }),
  unbindWorker: endpoint({
    method: 'post',
    path: '/company/workers/{id}/unbind',
    params: params,
    response: unbindResultSchema,
    access: companyAdmin,
  }),
  redeemInvitation: endpoint({
    method: 'post',
    path: '/invitations/redeem',
    body: redeemInvitationSchema,
    response: redeemResultSchema,
    access: 'authenticated',
  }),
};
