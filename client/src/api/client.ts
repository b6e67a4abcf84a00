import { authApi, type Session } from '@wuxie/shared/auth';
import { isFileAnswer, type EndpointConfig, type FileAnswer, type MultipartBody, type WireInput } from '@wuxie/shared/common';
import type { z } from 'zod';
import { ApiRequestError, CLIENT_MESSAGES, errorFromResponse, networkError } from './errors';
import type { SessionStore } from './session-store';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface TransportRequest {
  url: string;
  method: HttpMethod;
  headers: Record<string, string>;
  body?: unknown;
}
export interface TransportResponse {
  status: number;
  body: unknown;
}
/** Sends one JSON request; rejects only when no response arrived at all. */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

/** A file the user picked: the browser's File in H5, a temporary path in the mini-program. */
export type PickedFile = { kind: 'browser'; file: File; name: string } | { kind: 'weapp'; path: string; name: string };

/** Moves files: a multipart upload (field `file`) and a download handed to the user. Both reject only on network failure. */
export interface FileTransport {
  upload(req: { url: string; headers: Record<string, string>; file: PickedFile }): Promise<TransportResponse>;
  /** On a 2xx the file is already saved (H5) or opened (WeChat); otherwise the error body comes back. */
  download(req: {
    url: string;
    headers: Record<string, string>;
    fileName: string;
    fileType: FileAnswer['fileType'];
  }): Promise<TransportResponse>;
}

export interface ApiClientOptions {
  baseUrl: string;
  transport: Transport;
  files?: FileTransport;
  sessions: SessionStore;
  /** Called when the session is gone for good (refresh failed or server said UNAUTHENTICATED). */
  onSessionLost?: () => void;
}

type Schema = z.ZodType;
type Primitive = string | number | boolean | null | undefined;

type ParamsArg<E> = E extends { params: infer P extends Schema } ? { params: WireInput<P> } : { params?: never };
type QueryArg<E> = E extends { query: infer Q extends Schema }
  ? Partial<WireInput<Q>> extends WireInput<Q>
    ? { query?: WireInput<Q> }
    : { query: WireInput<Q> }
  : { query?: never };
type HeadersArg<E> = E extends { headers: infer H extends Schema } ? { headers?: WireInput<H> } : { headers?: never };
type BodyArg<E> = E extends { body: infer B }
  ? B extends MultipartBody
    ? { body?: never }
    : B extends Schema
      ? Partial<z.input<B>> extends z.input<B>
        ? { body?: z.input<B> }
        : { body: z.input<B> }
      : never
  : { body?: never };

/** What a call of endpoint `E` passes: exactly its params, query, headers and body, each typed by its schema. */
export type CallInput<E extends EndpointConfig> = ParamsArg<E> & QueryArg<E> & HeadersArg<E> & BodyArg<E>;
/** The call's arguments: optional when the endpoint needs nothing. */
export type CallArgs<E extends EndpointConfig> =
  Partial<CallInput<E>> extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** An endpoint answering JSON. */
export type JsonEndpoint = EndpointConfig & { response: Schema; body?: Schema };
/** An endpoint answering a file. */
export type FileEndpoint = EndpointConfig & { response: FileAnswer };
/** An endpoint taking a multipart file and answering JSON. */
export type UploadEndpoint = EndpointConfig & { body: MultipartBody; response: Schema };

export interface ApiClient {
  /** Calls an endpoint declared in `@wuxie/shared` and returns its answer, parsed by the endpoint's own schema. */
  call<E extends JsonEndpoint>(endpoint: E, ...args: CallArgs<E>): Promise<z.output<E['response']>>;
  /** Uploads a picked file as the endpoint's multipart field `file`. */
  upload<E extends UploadEndpoint>(endpoint: E, file: PickedFile, ...args: CallArgs<E>): Promise<z.output<E['response']>>;
  /** Downloads the endpoint's file: saved under `fileName` in H5, opened by WeChat in the mini-program. */
  download<E extends FileEndpoint>(endpoint: E, fileName: string, ...args: CallArgs<E>): Promise<void>;
  /** The absolute URL of an endpoint (images, links), without any token. */
  url<E extends EndpointConfig>(endpoint: E, ...args: CallArgs<E>): string;
  /** Replaces the stored session with a fresh one (after login). */
  adoptSession(session: Session): void;
  /** Exchanges the refresh token for a new session now (after a change the access token carries: roles, company). */
  refreshSession(): Promise<boolean>;
}

function queryString(query: Record<string, Primitive> | undefined): string {
  const qs = Object.entries(query ?? {})
    .filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return qs ? `?${qs}` : '';
}

/** `/api` + the endpoint's path with each `{name}` filled from params (encoded) + the query string. */
export function endpointPath(endpoint: EndpointConfig, input: { params?: unknown; query?: unknown } = {}): string {
  const params = (input.params ?? {}) as Record<string, Primitive>;
  const path = endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`${endpoint.method} ${endpoint.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  return `/api${path}${queryString(input.query as Record<string, Primitive> | undefined)}`;
}

/** A call's input once its type has done its job at the call site. */
type AnyInput = { params?: unknown; query?: unknown; headers?: Record<string, string>; body?: unknown };

const upper = (m: EndpointConfig['method']) => m.toUpperCase() as HttpMethod;

/**
 * The one way the client talks to the API: attaches the session, refreshes an expired access token once
 * (a single refresh shared by every request that hit the expiry, uploads and downloads included),
 * validates the response with the endpoint's schema, and rejects with ApiRequestError carrying the
 * server's Chinese message.
 */
export function createApiClient({ baseUrl, transport, files, sessions, onSessionLost }: ApiClientOptions): ApiClient {
  let refreshing: Promise<boolean> | null = null;

  async function send<T>(go: () => Promise<T>): Promise<T> {
    try {
      return await go();
    } catch {
      throw networkError();
    }
  }

  async function refreshOnce(): Promise<boolean> {
    const current = sessions.get();
    if (!current) return false;
    const res = await send(() =>
      transport({
        url: `${baseUrl}${endpointPath(authApi.refresh)}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: { refreshToken: current.refreshToken },
      }),
    );
    if (res.status < 200 || res.status >= 300) return false;
    const parsed = authApi.refresh.response.safeParse(res.body);
    if (!parsed.success) return false;
    sessions.save(parsed.data);
    return true;
  }

  /** Shares one refresh between all requests that found the token expired at the same time. */
  function refreshShared(): Promise<boolean> {
    if (!refreshing) {
      refreshing = refreshOnce()
        .catch((err: unknown) => {
          // A network failure during refresh is not a lost session: let the caller see the network error.
          if (err instanceof ApiRequestError && err.code === 'NETWORK_ERROR') throw err;
          return false;
        })
        .finally(() => {
          refreshing = null;
        });
    }
    return refreshing;
  }

  function loseSession(): ApiRequestError {
    sessions.clear();
    onSessionLost?.();
    return new ApiRequestError('UNAUTHENTICATED', '登录已失效，请重新登录', 401);
  }

  /** Sends with the current token; on TOKEN_EXPIRED refreshes (once, shared) and sends again. Returns a 2xx answer or throws. */
  async function withSession(attempt: (headers: Record<string, string>) => Promise<TransportResponse>): Promise<TransportResponse> {
    const go = async () => {
      const token = sessions.get()?.accessToken;
      const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return { res: await send(() => attempt(headers)), sentToken: token };
    };
    const first = await go();
    const sentToken = first.sentToken;
    let res = first.res;
    if (res.status === 401 && sentToken) {
      const err = errorFromResponse(res.status, res.body);
      if (err.code === 'TOKEN_EXPIRED') {
        // Another request may already have refreshed while this one was in flight.
        const fresh = sessions.get()?.accessToken;
        const ok = fresh && fresh !== sentToken ? true : await refreshShared();
        if (!ok) throw loseSession();
        ({ res } = await go());
      }
    }
    if (res.status < 200 || res.status >= 300) {
      const err = errorFromResponse(res.status, res.body);
      if ((err.code === 'UNAUTHENTICATED' || err.code === 'TOKEN_EXPIRED') && sentToken) throw loseSession();
      throw err;
    }
    return res;
  }

  function parse<S extends Schema>(schema: S, res: TransportResponse): z.output<S> {
    const parsed = schema.safeParse(res.body);
    if (!parsed.success) throw new ApiRequestError('BAD_RESPONSE', CLIENT_MESSAGES.BAD_RESPONSE, res.status);
    return parsed.data;
  }

  function needFiles(): FileTransport {
    if (!files) throw new Error('this API client was created without a file transport');
    return files;
  }

  return {
    async call<E extends JsonEndpoint>(endpoint: E, ...args: CallArgs<E>): Promise<z.output<E['response']>> {
      const input: AnyInput = args[0] ?? {};
      const { body, headers: extra } = input;
      const url = `${baseUrl}${endpointPath(endpoint, input)}`;
      const res = await withSession((auth) =>
        transport({
          url,
          method: upper(endpoint.method),
          headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...extra, ...auth },
          body,
        }),
      );
      return parse<E['response']>(endpoint.response, res);
    },
    async upload<E extends UploadEndpoint>(endpoint: E, file: PickedFile, ...args: CallArgs<E>): Promise<z.output<E['response']>> {
      const input: AnyInput = args[0] ?? {};
      const url = `${baseUrl}${endpointPath(endpoint, input)}`;
      const res = await withSession((auth) => needFiles().upload({ url, headers: auth, file }));
      return parse<E['response']>(endpoint.response, res);
    },
    async download(endpoint, fileName, ...args) {
      const input: AnyInput = args[0] ?? {};
      if (!isFileAnswer(endpoint.response)) throw new Error(`${endpoint.path} does not answer a file`);
      const { fileType } = endpoint.response;
      const url = `${baseUrl}${endpointPath(endpoint, input)}`;
      await withSession((auth) => needFiles().download({ url, headers: auth, fileName, fileType }));
    },
    url: (endpoint, ...args) => `${baseUrl}${endpointPath(endpoint, args[0] ?? {})}`,
    adoptSession(session) {
      sessions.save(session);
    },
    refreshSession: () => refreshShared(),
  };
}
