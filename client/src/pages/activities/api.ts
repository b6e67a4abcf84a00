import Taro from '@tarojs/taro'
import {
  activityCancelledSchema,
  activityCreatedSchema,
  activityDetailSchema,
  activityListSchema,
  activitySubscriptionSchema,
  myRegistrationListSchema,
  registrationViewSchema,
  signupResultSchema,
  type ActivityInput,
  type ActivityListQuery,
} from '@wuxie/shared/activities'
import {
  activityFiguresSchema,
  certificateVerificationSchema,
  checkInResultSchema,
  companyCandidatesSchema,
  companyRegistrationListSchema,
  companySignupResultSchema,
  recordedResultSchema,
  resultImportSchema,
  rosterSchema,
  type CompanySignupRequest,
  type ResultInput,
  type ResultImport,
} from '@wuxie/shared/activities'
import type { RegistrationStatus } from '@wuxie/shared/activities'
import { subscribeResultSchema } from '@wuxie/shared/notifications'
import { z } from 'zod'
import { api } from '@/api'
import { downloadDocument, pickExcel, uploadPickedFile } from '@/api/files'

const okSchema = z.object({ ok: z.literal(true) })
type Query = Record<string, string | number | boolean | undefined>

/** Every activities call the client makes, each checked against the shared schema. */
export const activitiesApi = {
  list: (query: ActivityListQuery) => api.request({ path: '/api/activities', query: query as Query, schema: activityListSchema }),
  get: (id: number) => api.request({ path: `/api/activities/${id}`, schema: activityDetailSchema }),
  create: (body: ActivityInput) => api.request({ method: 'POST', path: '/api/activities', body, schema: activityCreatedSchema }),
  update: (id: number, body: ActivityInput) => api.request({ method: 'PUT', path: `/api/activities/${id}`, body, schema: activityDetailSchema }),
  publish: (id: number) => api.request({ method: 'POST', path: `/api/activities/${id}/publish`, schema: activityDetailSchema }),
  finish: (id: number) => api.request({ method: 'POST', path: `/api/activities/${id}/finish`, schema: activityDetailSchema }),
  cancel: (id: number, reason: string) => api.request({ method: 'POST', path: `/api/activities/${id}/cancel`, body: { reason }, schema: activityCancelledSchema }),
  signUp: (id: number, extra: Record<string, string>) =>
    api.request({ method: 'POST', path: `/api/activities/${id}/registrations`, body: { extra }, schema: signupResultSchema }),
  cancelRegistration: (id: number) => api.request({ method: 'POST', path: `/api/registrations/${id}/cancel`, schema: registrationViewSchema }),
  mine: (only: 'all' | 'certificates') => api.request({ path: '/api/me/registrations', query: { only }, schema: myRegistrationListSchema }),
  candidates: (id: number) => api.request({ path: `/api/activities/${id}/company-candidates`, schema: companyCandidatesSchema }),
  companySignUp: (id: number, body: CompanySignupRequest) =>
    api.request({ method: 'POST', path: `/api/activities/${id}/company-registrations`, body, schema: companySignupResultSchema }),
  companyRegistrations: (activityId?: number) => api.request({ path: '/api/company/registrations', query: { activityId }, schema: companyRegistrationListSchema }),
  roster: (id: number, status?: RegistrationStatus, q?: string) => api.request({ path: `/api/activities/${id}/roster`, query: { status, q: q || undefined }, schema: rosterSchema }),
  checkIn: (code: string, activityId?: number) => api.request({ method: 'POST', path: '/api/check-ins', body: { code, activityId }, schema: checkInResultSchema }),
  recordResult: (registrationId: number, body: ResultInput) =>
    api.request({ method: 'PUT', path: `/api/registrations/${registrationId}/result`, body, schema: recordedResultSchema }),
  verify: (no: string) => api.request({ path: `/api/certificates/${encodeURIComponent(no)}`, schema: certificateVerificationSchema, auth: false }),
  figures: (from: string, to: string) => api.request({ path: '/api/activity-figures', query: { from, to }, schema: activityFiguresSchema }),
  subscription: () => api.request({ path: '/api/activity-subscription', schema: activitySubscriptionSchema }),
  recordSubscribe: (results: z.input<typeof subscribeResultSchema>['results']) =>
    api.request({ method: 'POST', path: '/api/notifications/subscribe', body: { results }, schema: okSchema }),
}

/** Downloads the roster Excel: saved by the browser in H5, opened with the document viewer in WeChat. */
export const downloadRoster = (activityId: number) => downloadDocument(`/api/activities/${activityId}/roster.xlsx`, `报名名单-${activityId}.xlsx`, 'xlsx')

/** Lets staff pick the filled-in roster (a file from a chat in WeChat, a file input in H5) and uploads it. */
export async function importResults(activityId: number): Promise<ResultImport> {
  return uploadPickedFile(`/api/activities/${activityId}/results/import`, await pickExcel(), resultImportSchema)
}

/**
 * Asks once for the waitlist-promotion and day-before messages (WeChat's one-time subscription)
 * and records the answers. Declined, unsupported (H5) or unconfigured is fine: every message also
 * arrives in the app, so signing up never waits on it.
 */
export async function subscribeBeforeSignup(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    const { waitlistPromoted, reminder } = await activitiesApi.subscription()
    const ids = [waitlistPromoted, reminder].filter((id): id is string => id !== null)
    if (ids.length === 0) return
    const res = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] })) as unknown as Record<string, unknown>
    const answer = (id: string | null) => {
      const a = id ? res[id] : undefined
      return a === 'accept' || a === 'reject' || a === 'ban' || a === 'filter' ? a : undefined
    }
    await activitiesApi.recordSubscribe({ waitlist_promoted: answer(waitlistPromoted), activity_reminder: answer(reminder) })
  } catch {
    // Declined or unavailable: the in-app message is the fallback.
  }
}
