import Taro from '@tarojs/taro'
import type { Transport } from './client'
import type { KeyValueStorage } from './storage'

const TIMEOUT_MS = 15000

/** Sends requests with Taro.request, which resolves for every HTTP status and rejects only on network failure. */
export const taroTransport: Transport = async (req) => {
  const res = await Taro.request({
    url: req.url,
    method: req.method,
    header: req.headers,
    data: req.body as TaroGeneral.IAnyObject | undefined,
    dataType: 'json',
    timeout: TIMEOUT_MS,
  })
  return { status: res.statusCode, body: res.data as unknown }
}

/** Taro's synchronous storage; failures (full quota, private mode) degrade to "not stored". */
export const taroStorage: KeyValueStorage = {
  get(key) {
    try {
      const v: unknown = Taro.getStorageSync(key)
      return typeof v === 'string' && v !== '' ? v : undefined
    } catch {
      return undefined
    }
  },
  set(key, value) {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Storage is a convenience; the app keeps working in memory.
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // same as above
    }
  },
}
