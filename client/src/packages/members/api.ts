import Taro from '@tarojs/taro'
import { meSchema, sessionSchema } from '@wuxie/shared/auth/auth.schemas'
import {
  commendationListSchema,
  commendationSchema,
  personOptionListSchema,
  type CommendationInput,
} from '@wuxie/shared/members/commendation.schemas'
import { communityListSchema, type CommunityInput } from '@wuxie/shared/members/community.schemas'
import { companyDetailSchema, companyListSchema, companySavedSchema, type CompanyInput, type CompanyListQuery } from '@wuxie/shared/members/company.schemas'
import { memberImportResultSchema, type MemberImportResult } from '@wuxie/shared/members/import.schemas'
import {
  companyWorkerListSchema,
  invitationListSchema,
  invitationSchema,
  redeemResultSchema,
  unbindResultSchema,
  type CreateInvitation,
  type RedeemResult,
} from '@wuxie/shared/members/invitation.schemas'
import { z } from 'zod'
import { api, sessions } from '@/api'
import { ApiRequestError, errorFromResponse, networkError } from '@/api/errors'

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
  commendations: (query: { year?: number; kind?: string }) => api.request({ path: '/api/commendations', query, schema: commendationListSchema }),
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

function authHeader(): Record<string, string> {
  const token = sessions.get()?.accessToken
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** Any cheap authenticated call, so an expired access token is refreshed before a raw download/upload. */
const touchSession = () => api.request({ path: '/api/me', schema: meSchema })

/** Downloads the import template: saved by the browser in H5, opened with the document viewer in WeChat. */
export async function downloadTemplate(): Promise<void> {
  await touchSession()
  const url = `${WUXIE_API_BASE}/api/members/import-template.xlsx`
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(url, { headers: authHeader() }).catch(() => {
      throw networkError()
    })
    if (!res.ok) throw errorFromResponse(res.status, await res.json().catch(() => null))
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await res.blob())
    link.download = '会员单位导入模板.xlsx'
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
    return
  }
  const res = await Taro.downloadFile({ url, header: authHeader() })
  if (res.statusCode !== 200) throw new ApiRequestError('BAD_RESPONSE', `下载失败（${res.statusCode}）`, res.statusCode)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}

/** A picked file: the browser's File in H5, a temp path from a chat in WeChat. */
export type PickedFile = { kind: 'browser'; file: File; name: string } | { kind: 'weapp'; path: string; name: string }

/** Lets staff pick an .xlsx: a file input in H5, a file from a chat (chooseMessageFile) in WeChat. */
export async function pickExcel(): Promise<PickedFile> {
  if (process.env.TARO_ENV === 'h5') {
    const file = await new Promise<File>((resolve, reject) => {
      const input = document.createElement('input')
      input.type = 'file'
      input.accept = '.xlsx'
      input.onchange = () => {
        const picked = input.files?.[0]
        if (picked) resolve(picked)
        else reject(new ApiRequestError('BAD_REQUEST', '没有选择文件', 400))
      }
      input.click()
    })
    return { kind: 'browser', file, name: file.name }
  }
  const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] })
  const first = picked.tempFiles[0]
  if (!first) throw new ApiRequestError('BAD_REQUEST', '没有选择文件', 400)
  return { kind: 'weapp', path: first.path, name: first.name }
}

/** Uploads the picked sheet to the import and returns the row-by-row results. */
export async function uploadImport(picked: PickedFile): Promise<MemberImportResult> {
  await touchSession()
  const url = `${WUXIE_API_BASE}/api/members/import`
  let status: number
  let body: unknown
  if (picked.kind === 'browser') {
    const form = new FormData()
    form.append('file', picked.file, picked.name)
    const res = await fetch(url, { method: 'POST', body: form, headers: authHeader() }).catch(() => {
      throw networkError()
    })
    status = res.status
    body = await res.json().catch(() => null)
  } else {
    const res = await Taro.uploadFile({ url, filePath: picked.path, name: 'file', header: authHeader() })
    status = res.statusCode
    try {
      body = JSON.parse(res.data)
    } catch {
      body = null
    }
  }
  if (status !== 200) throw errorFromResponse(status, body)
  const parsed = memberImportResultSchema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', '导入结果无法识别，请重试', status)
  return parsed.data
}
