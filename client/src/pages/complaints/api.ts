import Taro from '@tarojs/taro'
import {
  communityOptionSchema,
  companyOptionSchema,
  complaintDetailSchema,
  complaintFiguresSchema,
  complaintPageSchema,
  complaintSubscriptionSchema,
  type ComplaintActionBody,
  type CreateComplaint,
  type LedgerQuery,
} from '@wuxie/shared/complaints'
import { workCalendarDaySchema, workCalendarYearSchema, type SetWorkCalendarDay } from '@wuxie/shared/complaints'
import { subscribeResultSchema } from '@wuxie/shared/notifications'
import { uploadSchema, type UploadInfo, type UploadPurpose } from '@wuxie/shared/uploads'
import { z } from 'zod'
import { api, sessions } from '@/api'
import { ApiRequestError, errorFromResponse, networkError } from '@/api/errors'

const okSchema = z.object({ ok: z.literal(true) })
type Query = Record<string, string | number | boolean | undefined>

/** Every complaints call the client makes, each checked against the shared schema. */
export const complaintsApi = {
  mine: (cursor: string | null) => api.request({ path: '/api/complaints/mine', query: { cursor: cursor ?? undefined }, schema: complaintPageSchema }),
  desk: (tab: 'todo' | 'all', cursor: string | null) =>
    api.request({ path: '/api/complaints/desk', query: { tab, cursor: cursor ?? undefined }, schema: complaintPageSchema }),
  ledger: (filter: LedgerQuery, cursor: string | null) =>
    api.request({ path: '/api/complaints/ledger', query: { ...(filter as Query), cursor: cursor ?? undefined }, schema: complaintPageSchema }),
  get: (id: number) => api.request({ path: `/api/complaints/${id}`, schema: complaintDetailSchema }),
  act: (id: number, body: ComplaintActionBody) => api.request({ method: 'POST', path: `/api/complaints/${id}/actions`, body, schema: complaintDetailSchema }),
  /** The same key on every retry of one form: the server returns the first complaint instead of a second one. */
  submit: (body: CreateComplaint, idempotencyKey: string) =>
    api.request({ method: 'POST', path: '/api/complaints', body: { ...body, idempotencyKey }, schema: complaintDetailSchema }),
  communities: (q: string) => api.request({ path: '/api/complaints/communities', query: { q }, schema: z.array(communityOptionSchema) }),
  companies: (q = '') => api.request({ path: '/api/complaints/companies', query: { q }, schema: z.array(companyOptionSchema) }),
  figures: (from: string, to: string) => api.request({ path: '/api/complaints/figures', query: { from, to }, schema: complaintFiguresSchema }),
  subscription: () => api.request({ path: '/api/complaints/subscription', schema: complaintSubscriptionSchema }),
  recordSubscribe: (results: z.input<typeof subscribeResultSchema>['results']) =>
    api.request({ method: 'POST', path: '/api/notifications/subscribe', body: { results }, schema: okSchema }),
  /** The working-day calendar the deadlines count in: a year's holidays and make-up working days. */
  calendar: (year: number) => api.request({ path: '/api/complaints/work-calendar', query: { year }, schema: workCalendarYearSchema }),
  setCalendarDay: (date: string, body: SetWorkCalendarDay) =>
    api.request({ method: 'PUT', path: `/api/complaints/work-calendar/${date}`, body, schema: workCalendarDaySchema }),
  removeCalendarDay: (date: string) => api.request({ method: 'DELETE', path: `/api/complaints/work-calendar/${date}`, schema: okSchema }),
}

/** A random key for one submission, kept across its retries. */
export function newIdempotencyKey(): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0')).join('')
  return `c-${Date.now().toString(36)}-${hex}`
}

/** A chosen image: its temp path, and in H5 the browser's File (sent directly: fetching a blob: URL is blocked by the page's CSP). */
export interface ChosenImage {
  path: string
  file?: File
}

async function uploadOnce(image: ChosenImage, purpose: UploadPurpose): Promise<{ status: number; body: unknown }> {
  const token = sessions.get()?.accessToken
  if (image.file) {
    const form = new FormData()
    form.append('file', image.file, image.file.name || 'photo.jpg')
    try {
      const res = await fetch(`${WUXIE_API_BASE}/api/uploads?purpose=${purpose}`, { method: 'POST', body: form, headers: token ? { Authorization: `Bearer ${token}` } : {} })
      return { status: res.status, body: await res.json().catch(() => null) }
    } catch {
      throw networkError()
    }
  }
  const filePath = image.path
  try {
    const res = await Taro.uploadFile({
      url: `${WUXIE_API_BASE}/api/uploads?purpose=${purpose}`,
      filePath,
      name: 'file',
      header: token ? { Authorization: `Bearer ${token}` } : {},
    })
    let body: unknown = res.data
    try {
      body = JSON.parse(res.data)
    } catch {
      // not JSON: errorFromResponse reports it
    }
    return { status: res.statusCode, body }
  } catch {
    throw networkError()
  }
}

/** Uploads one image (multipart field `file`); an expired token is refreshed once through the API client. */
export async function uploadImage(image: ChosenImage, purpose: UploadPurpose): Promise<UploadInfo> {
  let res = await uploadOnce(image, purpose)
  if (res.status === 401) {
    await complaintsApi.subscription() // any authenticated call refreshes the session if it can
    res = await uploadOnce(image, purpose)
  }
  if (res.status !== 201) throw errorFromResponse(res.status, res.body)
  const parsed = uploadSchema.safeParse(res.body)
  if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', '上传结果无法识别，请重试', res.status)
  return parsed.data
}

/** Shrinks a photo on the phone before upload (WeChat); H5 uploads the file as chosen. */
export async function compressForUpload(path: string): Promise<string> {
  if (process.env.TARO_ENV !== 'weapp') return path
  try {
    const res = await Taro.compressImage({ src: path, quality: 70 })
    return res.tempFilePath
  } catch {
    return path
  }
}

/** Absolute URL of an API path (images, downloads). */
export function apiUrl(path: string): string {
  return `${WUXIE_API_BASE}${path}`
}
