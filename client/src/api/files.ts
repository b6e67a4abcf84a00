import Taro from '@tarojs/taro'
import { meSchema } from '@wuxie/shared/auth/auth.schemas'
import type { z } from 'zod'
import { ApiRequestError, errorFromResponse, networkError } from './errors'
import { api, sessions } from './index'

// Downloads and uploads of files (Excel rosters, the Word report) cannot go through the JSON
// request layer, so they live here once: the session is refreshed first, the bearer token
// attached, and failures turned into the same typed error as every other call.

function authHeader(): Record<string, string> {
  const token = sessions.get()?.accessToken
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** Any cheap authenticated call, so an expired access token is refreshed before a raw transfer. */
const touchSession = () => api.request({ path: '/api/me', schema: meSchema })

/**
 * Downloads a document from the API and hands it to the user: in H5 the browser saves it under
 * `fileName`; in the mini-program WeChat opens it (and offers to forward or save it).
 */
export async function downloadDocument(path: string, fileName: string, fileType: 'xlsx' | 'docx'): Promise<void> {
  await touchSession()
  const url = `${WUXIE_API_BASE}${path}`
  if (process.env.TARO_ENV === 'h5') {
    const res = await fetch(url, { headers: authHeader() }).catch(() => {
      throw networkError()
    })
    if (!res.ok) throw errorFromResponse(res.status, await res.json().catch(() => null))
    const link = document.createElement('a')
    link.href = URL.createObjectURL(await res.blob())
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
    return
  }
  const res = await Taro.downloadFile({ url, header: authHeader() })
  if (res.statusCode !== 200) throw new ApiRequestError('BAD_RESPONSE', `下载失败（${res.statusCode}），请稍后重试`, res.statusCode)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true })
}

/** A picked file: the browser's File in H5, a temp path from a chat in WeChat. */
export type PickedFile = { kind: 'browser'; file: File; name: string } | { kind: 'weapp'; path: string; name: string }

/** Lets the user pick an .xlsx: a file input in H5, a file from a chat (chooseMessageFile) in WeChat. */
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

/** Uploads a picked file as the multipart field `file` and checks the answer against `schema`. */
export async function uploadPickedFile<T extends z.ZodType>(path: string, picked: PickedFile, schema: T): Promise<z.output<T>> {
  await touchSession()
  const url = `${WUXIE_API_BASE}${path}`
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
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', '导入结果无法识别，请重试', status)
  return parsed.data
}
