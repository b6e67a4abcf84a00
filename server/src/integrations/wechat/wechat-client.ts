import type { PrismaClient } from '@wuxie/prisma';
import type { Logger } from 'pino';

/** WeChat's own error, with its errcode (see the server API docs of each endpoint). */
export class WechatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly endpoint: string,
  ) {
    super(`WeChat ${endpoint} failed: ${errcode} ${errmsg}`);
    this.name = 'WechatError';
  }
  /** -1 system busy, 45011 frequency limit: worth another try after a pause. */
  get retryable(): boolean {
    return this.errcode === -1 || this.errcode === 45011;
  }
}

export interface WechatSession {
  openid: string;
  unionid?: string;
  sessionKey: string;
}

export interface WechatPhone {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface WechatClient {
  /** False when no app id is configured: WeChat features answer 503 and H5 login is the way in. */
  readonly enabled: boolean;
  code2Session(code: string): Promise<WechatSession>;
  getPhoneNumber(code: string): Promise<WechatPhone>;
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>;
}

export interface WechatClientOptions {
  appId?: string;
  appSecret?: string;
  baseUrl: string;
  db: PrismaClient;
  logger: Logger;
  /** Pauses between retries of a busy answer, in ms. */
  retryDelaysMs?: readonly number[];
  fetch?: typeof fetch;
  timeoutMs?: number;
}

interface WechatBody {
  errcode?: number;
  errmsg?: string;
}

const ACCESS_TOKEN_KEY = 'wechat:access_token';

/** Talks to WeChat's server API; base URL from config so tests run it against a local fake. */
export function createWechatClient(options: WechatClientOptions): WechatClient {
  const { appId, appSecret, baseUrl, db, logger } = options;
  const retryDelays = options.retryDelaysMs ?? [200, 500, 1000];
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const enabled = Boolean(appId && appSecret);
  let memoryToken: { value: string; expiresAt: number } | null = null;

  async function call<T extends WechatBody>(endpoint: string, init: { query: Record<string, string>; body?: unknown }): Promise<T> {
    const url = new URL(endpoint, baseUrl);
    for (const [k, v] of Object.entries(init.query)) url.searchParams.set(k, v);
    for (let attempt = 0; ; attempt++) {
      let body: T;
      try {
        const res = await doFetch(url, {
          method: init.body === undefined ? 'GET' : 'POST',
          headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!res.ok) throw new WechatError(-1, `HTTP ${res.status}`, endpoint);
        body = (await res.json()) as T;
      } catch (error) {
        if (error instanceof WechatError) body = { errcode: error.errcode, errmsg: error.errmsg } as T;
        else body = { errcode: -1, errmsg: error instanceof Error ? error.message : 'network error' } as T;
      }
      const errcode = body.errcode ?? 0;
      if (errcode === 0) return body;
      const error = new WechatError(errcode, body.errmsg ?? '', endpoint);
      const delay = retryDelays[attempt];
      if (!error.retryable || delay === undefined) throw error;
      logger.warn({ endpoint, errcode, attempt }, 'wechat busy, retrying');
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  function requireConfig(): { appId: string; appSecret: string } {
    if (!appId || !appSecret) throw new WechatError(-2, 'WeChat app id/secret not configured', 'config');
    return { appId, appSecret };
  }

  async function accessToken(forceRefresh = false): Promise<string> {
    const now = Date.now();
    if (!forceRefresh && memoryToken && memoryToken.expiresAt > now) return memoryToken.value;
    if (!forceRefresh) {
      const cached = await db.cacheEntry.findUnique({ where: { key: ACCESS_TOKEN_KEY } });
      if (cached && cached.expiresAt.getTime() > now) {
        memoryToken = { value: cached.value, expiresAt: cached.expiresAt.getTime() };
        return cached.value;
      }
    }
    const cfg = requireConfig();
    const body = await call<WechatBody & { access_token?: string; expires_in?: number }>('/cgi-bin/token', {
      query: { grant_type: 'client_credential', appid: cfg.appId, secret: cfg.appSecret },
    });
    if (!body.access_token) throw new WechatError(-1, 'no access_token in answer', '/cgi-bin/token');
    // Renew five minutes early so a token never expires between our check and WeChat's.
    const expiresAt = new Date(now + Math.max(60, (body.expires_in ?? 7200) - 300) * 1000);
    memoryToken = { value: body.access_token, expiresAt: expiresAt.getTime() };
    await db.cacheEntry.upsert({
      where: { key: ACCESS_TOKEN_KEY },
      create: { key: ACCESS_TOKEN_KEY, value: body.access_token, expiresAt },
      update: { value: body.access_token, expiresAt },
    });
    return body.access_token;
  }

  /** Calls an endpoint that needs access_token; a token WeChat calls invalid (40001/42001) is renewed once. */
  async function withToken<T extends WechatBody>(endpoint: string, body: unknown): Promise<T> {
    try {
      return await call<T>(endpoint, { query: { access_token: await accessToken() }, body });
    } catch (error) {
      if (error instanceof WechatError && (error.errcode === 40001 || error.errcode === 42001)) {
        return call<T>(endpoint, { query: { access_token: await accessToken(true) }, body });
      }
      throw error;
    }
  }

  return {
    enabled,
    async code2Session(code) {
      const cfg = requireConfig();
      const body = await call<WechatBody & { openid?: string; unionid?: string; session_key?: string }>('/sns/jscode2session', {
        query: { appid: cfg.appId, secret: cfg.appSecret, js_code: code, grant_type: 'authorization_code' },
      });
      if (!body.openid) throw new WechatError(-1, 'no openid in answer', '/sns/jscode2session');
      return { openid: body.openid, unionid: body.unionid, sessionKey: body.session_key ?? '' };
    },
    async getPhoneNumber(code) {
      const body = await withToken<WechatBody & { phone_info?: WechatPhone }>('/wxa/business/getuserphonenumber', { code });
      if (!body.phone_info) throw new WechatError(-1, 'no phone_info in answer', '/wxa/business/getuserphonenumber');
      return body.phone_info;
    },
    async sendSubscribeMessage(message) {
      await withToken('/cgi-bin/message/subscribe/send', {
        touser: message.touser,
        template_id: message.templateId,
        page: message.page,
        data: message.data,
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      });
    },
  };
}
