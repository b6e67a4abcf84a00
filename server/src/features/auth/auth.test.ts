import { createCompany, createUser } from '@wuxie/prisma/factories';
import { demoAccountsSchema, sessionSchema, type Session } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { signAccessToken } from './tokens.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3', ACCESS_TOKEN_TTL_SECONDS: '60' });
});
afterAll(() => closeTestApp(t));

async function login(username: string, password: string) {
  return t.call('POST', '/api/auth/login/password', { body: { username, password } });
}

describe('password login', () => {
  it('returns a session whose access token opens /api/me', async () => {
    const company = await createCompany(t.db);
    await createUser(t.db, { username: 'li.worker', password: 'secret-123', name: '李工', roles: ['worker'], companyId: company.id });
    const res = await login('li.worker', 'secret-123');
    expect(res.status).toBe(200);
    const session = sessionSchema.parse(await readJson(res));
    expect(session.user).toMatchObject({ name: '李工', roles: ['worker'], company: { id: company.id, name: company.name } });
    const me = await t.call('GET', '/api/me', { token: session.accessToken });
    expect(me.status).toBe(200);
    expect(await readJson(me)).toMatchObject({ username: 'li.worker', hasWechat: true });
  });

  it('answers 401 with the same message for a wrong password and an unknown account', async () => {
    await createUser(t.db, { username: 'wang', password: 'right-pass' });
    const wrong = await login('wang', 'wrong-pass');
    const unknown = await login('nobody-here', 'whatever1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await readJson(wrong), await readJson(unknown)];
    expect(a.message).toBe('账号或密码不正确');
    expect(b.message).toBe(a.message);
  });

  it('locks the account after repeated failures, even with the right password, and says for how long', async () => {
    await createUser(t.db, { username: 'zhao', password: 'right-pass' });
    for (let i = 0; i < 2; i++) expect((await login('zhao', 'bad-pass!')).status).toBe(401);
    const third = await login('zhao', 'bad-pass!');
    expect(third.status).toBe(423);
    expect((await readJson(third)).message).toMatch(/账号已锁定，请 \d+ 分钟后再试/);
    const right = await login('zhao', 'right-pass');
    expect(right.status).toBe(423);
  });

  it('counts concurrent wrong guesses without losing any', async () => {
    const user = await createUser(t.db, { username: 'qian', password: 'right-pass' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => login('qian', 'bad-guess')));
    expect(answers.some((r) => r.status === 423)).toBe(true);
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses a disabled account with 403', async () => {
    await createUser(t.db, { username: 'gone', password: 'right-pass', disabled: true });
    expect((await login('gone', 'right-pass')).status).toBe(403);
  });

  it('answers 422 naming each bad field in Chinese', async () => {
    const res = await t.call('POST', '/api/auth/login/password', { body: { username: 'x', password: '1' } });
    expect(res.status).toBe(422);
    const body = await readJson(res);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: 'username', message: '账号至少 2 个字符' },
        { path: 'password', message: '密码至少 6 位' },
      ]),
    );
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.call('POST', '/api/auth/login/password', { body: '{not json', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await readJson(res)).code).toBe('BAD_REQUEST');
  });
});

describe('sessions', () => {
  let seq = 0;
  async function freshSession(): Promise<Session> {
    const username = `session-user-${++seq}`;
    await createUser(t.db, { username, password: 'pass-word' });
    return sessionSchema.parse(await (await login(username, 'pass-word')).json());
  }

  it('rotates the refresh token: the new one works, the old one no longer does', async () => {
    const s1 = await freshSession();
    const r1 = await t.call('POST', '/api/auth/refresh', { body: { refreshToken: s1.refreshToken } });
    expect(r1.status).toBe(200);
    const s2 = sessionSchema.parse(await readJson(r1));
    expect(s2.refreshToken).not.toBe(s1.refreshToken);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: s1.refreshToken } })).status).toBe(401);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: s2.refreshToken } })).status).toBe(200);
  });

  it('lets only one of two simultaneous refreshes with the same token succeed', async () => {
    const s = await freshSession();
    const answers = await Promise.all([1, 2].map(() => t.call('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('logout makes the refresh token useless', async () => {
    const s = await freshSession();
    expect((await t.call('POST', '/api/auth/logout', { body: { refreshToken: s.refreshToken } })).status).toBe(200);
    expect((await t.call('POST', '/api/auth/refresh', { body: { refreshToken: s.refreshToken } })).status).toBe(401);
  });

  it('tells an expired access token (TOKEN_EXPIRED) from a missing or forged one (UNAUTHENTICATED)', async () => {
    const expired = await signAccessToken({ userId: 1, roles: ['resident'], companyId: null }, t.env.jwtSecret, -10);
    const forged = await signAccessToken({ userId: 1, roles: ['admin'], companyId: null }, 'another-secret-that-is-long-enough-000', 60);
    const codes = await Promise.all(
      [expired, forged, undefined].map(async (token) => {
        const res = await t.call('GET', '/api/me', { token });
        expect(res.status).toBe(401);
        return (await readJson(res)).code;
      }),
    );
    expect(codes).toEqual(['TOKEN_EXPIRED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  });
});

describe('WeChat login (against the local fake of WeChat)', () => {
  it('creates a resident on first login and finds the same user next time', async () => {
    const first = sessionSchema.parse(await readJson(await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-a1' } })));
    const again = sessionSchema.parse(await readJson(await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-a1' } })));
    expect(first.user.roles).toEqual(['resident']);
    expect(again.user.id).toBe(first.user.id);
    expect(first.user.hasWechat).toBe(true);
  });

  it('answers 401 with a message for an invalid code (40029)', async () => {
    const res = await t.call('POST', '/api/auth/login/wechat', { body: { code: 'invalid' } });
    expect(res.status).toBe(401);
    expect((await readJson(res)).message).toBe('微信登录凭证无效或已使用，请重试');
  });

  it('retries a busy WeChat (-1) and succeeds', async () => {
    const res = await t.call('POST', '/api/auth/login/wechat', { body: { code: 'busy:2:openid-busy' } });
    expect(res.status).toBe(200);
    expect(t.wechat.calls.filter((c) => c.query.js_code === 'busy:2:openid-busy')).toHaveLength(3);
  });

  it('gives up with 503 after retries when WeChat keeps rate-limiting (45011)', async () => {
    const res = await t.call('POST', '/api/auth/login/wechat', { body: { code: 'limit' } });
    expect(res.status).toBe(503);
    expect((await readJson(res)).message).toBe('微信服务繁忙，请稍后再试');
    expect(t.wechat.calls.filter((c) => c.query.js_code === 'limit')).toHaveLength(4);
  });

  it('binds the phone number from the getPhoneNumber code, fetching and caching the access_token', async () => {
    const s = sessionSchema.parse(await readJson(await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-phone' } })));
    const issuedBefore = t.wechat.tokenIssued;
    const res = await t.call('POST', '/api/me/phone', { token: s.accessToken, body: { code: 'phone:13912345678' } });
    expect(res.status).toBe(200);
    expect((await readJson(res)).phone).toBe('13912345678');
    const again = await t.call('POST', '/api/me/phone', { token: s.accessToken, body: { code: 'phone:13900001111' } });
    expect((await readJson(again)).phone).toBe('13900001111');
    expect(t.wechat.tokenIssued - issuedBefore).toBeLessThanOrEqual(1);
  });

  it('renews an access_token WeChat calls invalid (40001) and still binds the phone', async () => {
    const s = sessionSchema.parse(await readJson(await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-renew' } })));
    await t.call('POST', '/api/me/phone', { token: s.accessToken, body: { code: 'phone:13700000000' } });
    const issuedBefore = t.wechat.tokenIssued;
    t.wechat.invalidateTokens(1);
    const res = await t.call('POST', '/api/me/phone', { token: s.accessToken, body: { code: 'phone:13711112222' } });
    expect(res.status).toBe(200);
    expect(t.wechat.tokenIssued).toBe(issuedBefore + 1);
  });

  it('answers 503 with a clear message when no WeChat app is configured', async () => {
    const bare = await createTestApp({ WECHAT_APP_ID: '', WECHAT_APP_SECRET: '' });
    try {
      const res = await bare.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:x' } });
      expect(res.status).toBe(503);
      expect((await readJson(res)).message).toBe('服务器未配置微信小程序，请使用账号密码登录');
    } finally {
      await bare.close();
    }
  });
});

describe('demo accounts', () => {
  it('are listed while demo login is on and hidden when it is off', async () => {
    const on = demoAccountsSchema.parse(await readJson(await t.call('GET', '/api/auth/demo-accounts')));
    expect(on.enabled).toBe(true);
    expect(on.accounts.map((a) => a.username)).toContain('resident');
    const offApp = await createTestApp({ DEMO_LOGIN: 'false' });
    try {
      expect(await readJson(await offApp.call('GET', '/api/auth/demo-accounts'))).toEqual({ enabled: false, accounts: [] });
    } finally {
      await offApp.close();
    }
  });
});

describe('login rate limit', () => {
  it('answers 429 with Retry-After once one address passes the per-minute limit', async () => {
    const limited = await createTestApp({ LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await limited.call('POST', '/api/auth/login/password', { body: { username: 'nobody', password: 'whatever1' } });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect(last?.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await readJson(last as Response)).message).toBe('登录尝试过于频繁，请一分钟后再试');
    } finally {
      await limited.close();
    }
  });
});
