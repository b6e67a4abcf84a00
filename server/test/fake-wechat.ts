import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * A local stand-in for api.weixin.qq.com that answers as WeChat's server API documentation says.
 * Codes steer it: `ok:<openid>` succeeds, `invalid` → 40029, `used` → 40163, `risky` → 40226,
 * `busy:<n>` → -1 for the first n calls then success, `limit` → 45011 always.
 * Phone codes: `phone:<number>`, `invalid`, `busy:<n>`. Subscribe sends: touser `refuser` → 43101.
 */
export interface FakeWechat {
  baseUrl: string;
  calls: { path: string; query: Record<string, string>; body: unknown }[];
  tokenIssued: number;
  /** Makes the next N access_token-protected calls answer 40001 (token invalid). */
  invalidateTokens(n: number): void;
  close(): Promise<void>;
}

export const FAKE_APP_ID = 'wx0000000000fake';
export const FAKE_APP_SECRET = 'fake-secret-0123456789abcdef';

export async function startFakeWechat(): Promise<FakeWechat> {
  const calls: FakeWechat['calls'] = [];
  const busyCounters = new Map<string, number>();
  let tokenSeq = 0;
  let invalidTokenAnswers = 0;
  const validTokens = new Set<string>();

  const busy = (code: string): boolean => {
    const m = code.match(/^busy:(\d+)(?::(.*))?$/);
    if (!m) return false;
    const seen = (busyCounters.get(code) ?? 0) + 1;
    busyCounters.set(code, seen);
    return seen <= Number(m[1]);
  };

  const app = new Hono();
  app.use('*', async (c, next) => {
    const body: unknown = c.req.method === 'POST' ? await c.req.json().catch(() => null) : undefined;
    calls.push({ path: c.req.path, query: c.req.query(), body });
    await next();
  });

  app.get('/sns/jscode2session', (c) => {
    const { appid, secret, js_code: code = '' } = c.req.query();
    if (appid !== FAKE_APP_ID || secret !== FAKE_APP_SECRET) return c.json({ errcode: 40013, errmsg: 'invalid appid' });
    if (code === 'invalid') return c.json({ errcode: 40029, errmsg: 'invalid code' });
    if (code === 'used') return c.json({ errcode: 40163, errmsg: 'code been used' });
    if (code === 'risky') return c.json({ errcode: 40226, errmsg: 'high risk user' });
    if (code === 'limit') return c.json({ errcode: 45011, errmsg: 'api minute-quota reach limit  mustslower  retry next minute' });
    if (busy(code)) return c.json({ errcode: -1, errmsg: 'system error' });
    const openid = code.startsWith('ok:') ? code.slice(3) : code.replace(/^busy:\d+:?/, '') || `o_${code}`;
    return c.json({ openid, session_key: 'tiihtNczf5v6AKRyjwEUhQ==' });
  });

  app.get('/cgi-bin/token', (c) => {
    const { appid, secret, grant_type } = c.req.query();
    if (grant_type !== 'client_credential') return c.json({ errcode: 40002, errmsg: 'invalid grant_type' });
    if (appid !== FAKE_APP_ID) return c.json({ errcode: 40013, errmsg: 'invalid appid' });
    if (secret !== FAKE_APP_SECRET) return c.json({ errcode: 40125, errmsg: 'invalid appsecret' });
    tokenSeq++;
    const token = `ACCESS_TOKEN_${tokenSeq}`;
    validTokens.add(token);
    fake.tokenIssued = tokenSeq;
    return c.json({ access_token: token, expires_in: 7200 });
  });

  const tokenProblem = (token: string | undefined) => {
    if (invalidTokenAnswers > 0) {
      invalidTokenAnswers--;
      return { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' };
    }
    if (!token || !validTokens.has(token)) return { errcode: 40001, errmsg: 'invalid credential' };
    return null;
  };

  app.post('/wxa/business/getuserphonenumber', async (c) => {
    const problem = tokenProblem(c.req.query('access_token'));
    if (problem) return c.json(problem);
    const { code = '' } = ((await c.req.json().catch(() => ({}))) ?? {}) as { code?: string };
    if (code === 'invalid') return c.json({ errcode: 40029, errmsg: 'code 无效' });
    if (busy(code)) return c.json({ errcode: -1, errmsg: 'system error' });
    const pure = code.replace(/^(busy:\d+:)?phone:/, '');
    return c.json({
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        phoneNumber: pure,
        purePhoneNumber: pure,
        countryCode: '86',
        watermark: { timestamp: Math.floor(Date.now() / 1000), appid: FAKE_APP_ID },
      },
    });
  });

  app.post('/cgi-bin/message/subscribe/send', async (c) => {
    const problem = tokenProblem(c.req.query('access_token'));
    if (problem) return c.json(problem);
    const body = ((await c.req.json().catch(() => ({}))) ?? {}) as { touser?: string; template_id?: string };
    if (body.touser === 'refuser') return c.json({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    if (!body.template_id) return c.json({ errcode: 40037, errmsg: 'invalid template_id' });
    if (body.touser && busy(body.touser)) return c.json({ errcode: -1, errmsg: 'system error' });
    return c.json({ errcode: 0, errmsg: 'ok' });
  });

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const fake: FakeWechat = {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    tokenIssued: 0,
    invalidateTokens(n) {
      invalidTokenAnswers = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
