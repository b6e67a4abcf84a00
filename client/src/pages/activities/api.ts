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
} from '@wuxie/shared/activities/activities.schemas'
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
} from '@wuxie/shared/activities/operations.schemas'
import type { RegistrationStatus } from '@wuxie/shared/activities/activity-enums'
import { subscribeResultSchema } from '@wuxie/shared/notifications/notifications.schemas'
import { z } from 'zod'
import { api, sessions } from '@/api'
import { ApiRequestError, errorFromResponse, networkError } from '@/api/errors'

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

function authHeader(): Record<string, string> {
  const token = sessions.get()?.accessToken
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** Downloads the roster Excel: saved by the browser in H5, opened with the document viewer in WeChat. */
export async function downloadRoster(activityId: number): Promise<void> {
  await activitiesApi.subscription() // refreshes an expired session before the raw download
  const url = `${WUXIE_API_BASE}/api/activities/${activityId}/roster.xlsx`
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(url, { headers: authHeader() }).catch(() => {
      throw networkError()
    })
    if (!res.ok) throw errorFromResponse(res.status, await res.json().catch(() => null))
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await res.blob())
    link.download = `报名名单-${activityId}.xlsx`
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
    return
  }
  const res = await Taro.downloadFile({ url, header: authHeader() })
  if (res.statusCode !== 200) throw new ApiRequestError('BAD_RESPONSE', `下载失败（${res.statusCode}）`, res.statusCode)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}

/** Lets staff pick the filled-in roster (a file from a chat in WeChat, a file input in H5) and uploads it. */
export async function importResults(activityId: number): Promise<ResultImport> {
  await activitiesApi.subscription()
  const url = `${WUXIE_API_BASE}/api/activities/${activityId}/results/import`
  let status: number
  let body: unknown
  if (process.env.TARO_ENV === 'h5') {
    const file = await pickFileInBrowser()
    const form = new FormData()
    form.append('file', file, file.name)
    const res = await fetch(url, { method: 'POST', body: form, headers: authHeader() }).catch(() => {
      throw networkError()
    })
    status = res.status
    body = await res.json().catch(() => null)
  } else {
    const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
    const path = picked.tempFiles[0]?.path
    if (!path) throw new ApiRequestError('BAD_REQUEST', '没有选择文件', 400)
    const res = await Taro.uploadFile({ url, filePath: path, name: 'file', header: authHeader() })
    status = res.statusCode
    try {
      body = JSON.parse(res.data)
    } catch {
      body = null
    }
  }
  if (status !== 200) throw errorFromResponse(status, body)
  const parsed = resultImportSchema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', '导入结果无法识别，请重试', status)
  return parsed.data
}

function pickFileInBrowser(): Promise<File> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx'
    input.onchange = () => {
      const file = input.files?.[0]
      if (file) resolve(file)
      else reject(new ApiRequestError('BAD_REQUEST', '没有选择文件', 400))
    }
    input.click()
  })
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
