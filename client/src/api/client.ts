import { sessionSchema, type Session } from '@wuxie/shared/auth/auth.schemas'
import type { z } from 'zod'
import { ApiRequestError, CLIENT_MESSAGES, errorFromResponse, networkError } from './errors'
import type { SessionStore } from './session-store'

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface TransportRequest {
  url: string
  method: HttpMethod
  headers: Record<string, string>
  body?: unknown
}
export interface TransportResponse {
  status: number
  body: unknown
}
/** Sends one HTTP request; rejects only when no response arrived at all. */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>

export interface RequestOptions<S extends z.ZodType> {
  method?: HttpMethod
  path: string
  body?: unknown
  query?: Record<string, string | number | boolean | undefined>
  /** Schema from @wuxie/shared that the response must match. */
  schema: S
  /** Send the access token if there is one (default true). */
  auth?: boolean
}

export interface ApiClientOptions {
  baseUrl: string
  transport: Transport
  sessions: SessionStore
  /** Called when the session is gone for good (refresh failed or server said UNAUTHENTICATED). */
  onSessionLost?: () => void
}

export interface ApiClient {
  request<S extends z.ZodType>(opts: RequestOptions<S>): Promise<z.output<S>>
  /** Replaces the stored session with a fresh one (after login). */
  adoptSession(session: Session): void
}

function buildUrl(base: string, path: string, query?: RequestOptions<z.ZodType>['query']): string {
  const qs = Object.entries(query ?? {})
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `${base}${path}${qs ? `?${qs}` : ''}`
}

/**
 * The one way the client talks to the API: attaches the session, refreshes an expired access token once
 * (a single refresh shared by every request that hit the expiry), validates the response with the shared
 * schema, and rejects with ApiRequestError carrying the server's Chinese message.
 */
export function createApiClient({ baseUrl, transport, sessions, onSessionLost }: ApiClientOptions): ApiClient {
  let refreshing: Promise<boolean> | null = null

  async function send(req: TransportRequest): Promise<TransportResponse> {
    try {
      return await transport(req)
    } catch {
      throw networkError()
    }
  }

  async function refreshOnce(): Promise<boolean> {
    const current = sessions.get()
    if (!current) return false
    const res = await send({
      url: buildUrl(baseUrl, '/api/auth/refresh'),
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: { refreshToken: current.refreshToken },
    })
    if (res.status < 200 || res.status >= 300) return false
    const parsed = sessionSchema.safeParse(res.body)
    if (!parsed.success) return false
    sessions.save(parsed.data)
    return true
  }

  /** Shares one refresh between all requests that found the token expired at the same time. */
  function refreshShared(): Promise<boolean> {
    if (!refreshing) {
      refreshing = refreshOnce()
        .catch((err: unknown) => {
          // A network failure during refresh is not a lost session: let the caller see the network error.
          if (err instanceof ApiRequestError && err.code === 'NETWORK_ERROR') throw err
          return false
        })
        .finally(() => {
          refreshing = null
        })
    }
    return refreshing
  }

  function loseSession(): ApiRequestError {
    sessions.clear()
    onSessionLost?.()
    return new ApiRequestError('UNAUTHENTICATED', '登录已失效，请重新登录', 401)
  }

  async function request<S extends z.ZodType>(opts: RequestOptions<S>): Promise<z.output<S>> {
    const method = opts.method ?? 'GET'
    const useAuth = opts.auth ?? true

    const attempt = async (): Promise<{ res: TransportResponse; sentToken: string | undefined }> => {
      const token = useAuth ? sessions.get()?.accessToken : undefined
      const headers: Record<string, string> = { Accept: 'application/json' }
      if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
      if (token) headers.Authorization = `Bearer ${token}`
      const res = await send({ url: buildUrl(baseUrl, opts.path, opts.query), method, headers, body: opts.body })
      return { res, sentToken: token }
    }

    let { res, sentToken } = await attempt()
    if (res.status === 401 && sentToken) {
      const err = errorFromResponse(res.status, res.body)
      if (err.code === 'TOKEN_EXPIRED') {
        // Another request may already have refreshed while this one was in flight.
        const fresh = sessions.get()?.accessToken
        const ok = fresh && fresh !== sentToken ? true : await refreshShared()
        if (!ok) throw loseSession()
        ;({ res } = await attempt())
      }
    }

    if (res.status < 200 || res.status >= 300) {
      const err = errorFromResponse(res.status, res.body)
      if (err.code === 'UNAUTHENTICATED' || err.code === 'TOKEN_EXPIRED') {
        if (sentToken) throw loseSession()
      }
      throw err
    }
    const parsed = opts.schema.safeParse(res.body)
    if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', CLIENT_MESSAGES.BAD_RESPONSE, res.status)
    return parsed.data
  }

  return {
    request,
    adoptSession(session) {
      sessions.save(session)
    },
  }
}
