import { sessionSchema } from '@wuxie/shared/auth'
import {
  commendationListSchema,
  commendationSchema,
  personOptionListSchema,
  type CommendationInput,
} from '@wuxie/shared/members'
import { communityListSchema, type CommunityInput } from '@wuxie/shared/members'
import { companyAdminChangeSchema, type GrantCompanyAdmin } from '@wuxie/shared/members'
import { companyDetailSchema, companyListSchema, companySavedSchema, type CompanyInput, type CompanyListQuery } from '@wuxie/shared/members'
import { memberImportResultSchema, type MemberImportResult } from '@wuxie/shared/members'
import {
  companyWorkerListSchema,
  invitationListSchema,
  invitationSchema,
  redeemResultSchema,
  unbindResultSchema,
  type CreateInvitation,
  type RedeemResult,
} from '@wuxie/shared/members'
import { z } from 'zod'
import { api, sessions } from '@/api'
import { downloadDocument, pickExcel, uploadPickedFile, type PickedFile } from '@/api/files'

type Query = Record<string, string | number | boolean | undefined>
const okSchema = z.object({ ok: z.literal(true) })

/** Every members call the client makes, each checked against the shared schema. */
export const membersApi = {
  companies: (query: CompanyListQuery) => api.request({ path: '/api/companies', query: query as Query, schema: companyListSchema }),
  company: (id: number) => api.request({ path: `/api/companies/${id}`, schema: companyDetailSchema }),
  createCompany: (body: CompanyInput) => api.request({ method: 'POST', path: '/api/companies', body, schema: companySavedSchema }),
  updateCompany: (id: number, body: CompanyInput) => api.request({ method: 'PUT', path: `/api/companies/${id}`, body, schema: companySavedSchema }),
  communities: (query: { q?: string; companyId?: number; cursor?: number; limit?: number }) => api.request({ path: '/api/communities', query, schema: communityListSchema }),
  createCommunity: (body: CommunityInput) => api.request({ method: 'POST', path: '/api/communities', body, schema: companySavedSchema }),
  updateCommunity: (id: number, body: CommunityInput) => api.request({ method: 'PUT', path: `/api/communities/${id}`, body, schema: companySavedSchema }),
  invitations: () => api.request({ path: '/api/company/invitations', schema: invitationListSchema }),
  createInvitation: (body: CreateInvitation) => api.request({ method: 'POST', path: '/api/company/invitations', body, schema: invitationSchema }),
  revokeInvitation: (id: number) => api.request({ method: 'POST', path: `/api/company/invitations/${id}/revoke`, schema: invitationSchema }),
  workers: (query: { q?: string; cursor?: number }) => api.request({ path: '/api/company/workers', query, schema: companyWorkerListSchema }),
  unbind: (userId: number) => api.request({ method: 'POST', path: `/api/company/workers/${userId}/unbind`, schema: unbindResultSchema }),
  companyPeople: (companyId: number, query: { q?: string; cursor?: number; limit?: number; admins?: 'true' }) => api.request({ path: `/api/companies/${companyId}/people`, query, schema: companyWorkerListSchema }),
  grantAdmin: (companyId: number, body: GrantCompanyAdmin) => api.request({ method: 'POST', path: `/api/companies/${companyId}/admins`, body, schema: companyAdminChangeSchema }),
  revokeAdmin: (companyId: number, userId: number) => api.request({ method: 'DELETE', path: `/api/companies/${companyId}/admins/${userId}`, schema: companyAdminChangeSchema }),
  commendations: (query: { year?: number; yearTo?: number; kind?: string }) => api.request({ path: '/api/commendations', query, schema: commendationListSchema }),
  createCommendation: (body: CommendationInput) => api.request({ method: 'POST', path: '/api/commendations', body, schema: commendationSchema }),
  deleteCommendation: (id: number) => api.request({ method: 'DELETE', path: `/api/commendations/${id}`, schema: okSchema }),
  people: (q: string) => api.request({ path: '/api/members/people', query: { q }, schema: personOptionListSchema }),
  myCommendations: () => api.request({ path: '/api/me/commendations', schema: commendationListSchema }),
}

/**
 * Binds the user to a company with an invitation code, then refreshes the session at once: the
 * access token carries roles and company, so the new worker role only counts from the new token.
 */
export async function redeemInvitation(code: string): Promise<RedeemResult> {
  const result = await api.request({ method: 'POST', path: '/api/invitations/redeem', body: { code }, schema: redeemResultSchema })
  const current = sessions.get()
  if (result.refreshSession && current) {
    const fresh = await api.request({ method: 'POST', path: '/api/auth/refresh', body: { refreshToken: current.refreshToken }, schema: sessionSchema, auth: false })
    api.adoptSession(fresh)
  }
  return result
}

/** Downloads the import template: saved by the browser in H5, opened with the document viewer in WeChat. */
export const downloadTemplate = () => downloadDocument('/api/members/import-template.xlsx', '会员单位导入模板.xlsx', 'xlsx')

export { pickExcel, type PickedFile }

/** Uploads the picked sheet to the import and returns the row-by-row results. */
export const uploadImport = (picked: PickedFile): Promise<MemberImportResult> => uploadPickedFile('/api/members/import', picked, memberImportResultSchema)
