import { authApi, meSchema, type Me, type Session } from '@wuxie/shared/auth';
import { endpoint, multipartFile, xlsxFile } from '@wuxie/shared/common';
import { systemApi } from '@wuxie/shared/system';
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, type FileTransport, type Transport, type TransportRequest } from './client';
import { ApiRequestError } from './errors';
import { createSessionStore } from './session-store';
import { memoryStorage } from './storage';

const USER: Me = {
  id: 7,
  name: '王居民',
  username: 'resident',
  phone: null,
  avatarUrl: null,
  roles: ['resident'],
  company: null,
  hasWechat: false,
  privacyAgreed: true,
};

function session(n: number): Session {
  return { accessToken: `access-${n}`, expiresIn: 900, refreshToken: `refresh-token-number-${n}-xxxxxxxx`, user: USER };
}

/**
 * A fake API that follows the server's contract: /api/me needs the current access token, answers
 * TOKEN_EXPIRED for an older one, and /api/auth/refresh rotates both tokens.
 */
function fakeApi(opts: { refreshFails?: boolean; refreshDelayMs?: number } = {}) {
  let generation = 1;
  const calls: TransportRequest[] = [];
  let refreshCalls = 0;
  const transport: Transport = async (req) => {
    calls.push(req);
    const path = req.url.replace(/\?.*$/, '');
    if (path === '/api/auth/refresh') {
      refreshCalls++;
      if (opts.refreshDelayMs) await new Promise((r) => setTimeout(r, opts.refreshDelayMs));
      const body = req.body as { refreshToken: string };
      if (opts.refreshFails || body.refreshToken !== session(generation).refreshToken) {
        return { status: 401, body: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } };
      }
      generation++;
      return { status: 200, body: session(generation) };
    }
    if (path === '/api/me') {
      const auth = req.headers.Authorization;
      if (!auth) return { status: 401, body: { code: 'UNAUTHENTICATED', message: '请先登录' } };
      if (auth !== `Bearer access-${generation}`) return { status: 401, body: { code: 'TOKEN_EXPIRED', message: '登录已过期' } };
      return { status: 200, body: USER };
    }
    return { status: 404, body: { code: 'NOT_FOUND', message: '接口不存在' } };
  };
  return {
    transport,
    calls,
    refreshCalls: () => refreshCalls,
    /** The server moves on: the token the client holds is now expired. */
    expire: () => {
      generation++;
    },
    /** Hands the client a session that matches the server's current generation. */
    current: () => session(generation),
  };
}

function setup(api: ReturnType<typeof fakeApi>, start: Session | null = api.current()) {
  const sessions = createSessionStore(memoryStorage());
  if (start) sessions.save(start);
  const onSessionLost = vi.fn();
  const client = createApiClient({ baseUrl: '', transport: api.transport, sessions, onSessionLost });
  return { client, sessions, onSessionLost };
}

describe('request layer', () => {
  it('attaches the access token of the stored session', async () => {
    const api = fakeApi();
    const { client } = setup(api);
    await expect(client.call(authApi.getMe)).resolves.toEqual(USER);
    expect(api.calls[0]?.headers.Authorization).toBe('Bearer access-1');
  });

  it('sends no Authorization header when nobody is logged in', async () => {
    const api = fakeApi();
    const { client } = setup(api, null);
    await expect(client.call(authApi.getMe)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(api.calls[0]?.headers.Authorization).toBeUndefined();
  });

  it('refreshes once on TOKEN_EXPIRED, stores the rotated session and retries', async () => {
    const api = fakeApi();
    const { client, sessions } = setup(api);
    api.expire();
    api.expire(); // the client's token is now two generations old; refresh with the current refresh token works
    sessions.save({ ...api.current(), accessToken: 'access-stale' });
    await expect(client.call(authApi.getMe)).resolves.toEqual(USER);
    expect(api.refreshCalls()).toBe(1);
    expect(sessions.get()?.accessToken).toBe('access-4');
    expect(api.calls.map((c) => c.url)).toEqual(['/api/me', '/api/auth/refresh', '/api/me']);
  });

  it('shares one refresh between parallel requests that all found the token expired', async () => {
    const api = fakeApi({ refreshDelayMs: 20 });
    const { client, sessions } = setup(api);
    sessions.save({ ...api.current(), accessToken: 'access-stale' });
    const results = await Promise.all(Array.from({ length: 5 }, () => client.call(authApi.getMe)));
    expect(results).toHaveLength(5);
    expect(api.refreshCalls()).toBe(1);
  });

  it('retries without a second refresh when a slow request comes back expired after another one refreshed', async () => {
    const api = fakeApi();
    let releaseSlow: () => void = () => undefined;
    const slowGate = new Promise<void>((r) => (releaseSlow = r));
    let first = true;
    const transport: Transport = async (req) => {
      if (first && req.url === '/api/me') {
        first = false;
        const answer = await api.transport(req); // judged now (expired), delivered later
        await slowGate;
        return answer;
      }
      return api.transport(req);
    };
    const sessions = createSessionStore(memoryStorage());
    sessions.save({ ...api.current(), accessToken: 'access-stale' });
    const client = createApiClient({ baseUrl: '', transport, sessions });
    const slow = client.call(authApi.getMe);
    await client.call(authApi.getMe);
    expect(api.refreshCalls()).toBe(1);
    releaseSlow();
    await expect(slow).resolves.toEqual(USER);
    expect(api.refreshCalls()).toBe(1);
  });

  it('drops the session and reports it lost when the refresh is refused', async () => {
    const api = fakeApi({ refreshFails: true });
    const { client, sessions, onSessionLost } = setup(api);
    api.expire();
    const err = await client.call(authApi.getMe).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    expect(err).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(sessions.get()).toBeNull();
    expect(onSessionLost).toHaveBeenCalledTimes(1);
  });

  it('retries a request at most once even if the server keeps saying TOKEN_EXPIRED', async () => {
    let meCalls = 0;
    const transport: Transport = async (req) => {
      if (req.url === '/api/auth/refresh') return { status: 200, body: session(2) };
      meCalls++;
      return { status: 401, body: { code: 'TOKEN_EXPIRED', message: '登录已过期' } };
    };
    const sessions = createSessionStore(memoryStorage());
    sessions.save(session(1));
    const client = createApiClient({ baseUrl: '', transport, sessions });
    await expect(client.call(authApi.getMe)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(meCalls).toBe(2);
  });

  it('turns the error contract into a typed error with the Chinese message and field issues', async () => {
    const transport: Transport = async () => ({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: '请检查填写的内容',
        issues: [{ path: 'password', message: '密码至少 6 位' }],
        requestId: 'req-1',
      },
    });
    const client = createApiClient({ baseUrl: '', transport, sessions: createSessionStore(memoryStorage()) });
    const err = await client.call(authApi.passwordLogin, { body: { username: 'x', password: '' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiRequestError);
    const e = err as ApiRequestError;
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.message).toBe('请检查填写的内容');
    expect(e.status).toBe(400);
    expect(e.requestId).toBe('req-1');
    expect(e.issueFor('password')).toBe('密码至少 6 位');
  });

  it('says the network failed, in Chinese, when no response arrives', async () => {
    const transport: Transport = () => Promise.reject(new Error('request:fail timeout'));
    const client = createApiClient({ baseUrl: '', transport, sessions: createSessionStore(memoryStorage()) });
    await expect(client.call(authApi.getMe)).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: '网络连接失败，请检查网络后重试',
      status: 0,
    });
  });

  it('keeps the session when the refresh itself hits a network failure', async () => {
    const api = fakeApi();
    const transport: Transport = (req) => (req.url === '/api/auth/refresh' ? Promise.reject(new Error('offline')) : api.transport(req));
    const sessions = createSessionStore(memoryStorage());
    sessions.save(api.current());
    api.expire();
    const client = createApiClient({ baseUrl: '', transport, sessions });
    await expect(client.call(authApi.getMe)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(sessions.get()).not.toBeNull();
  });

  it('maps a 5xx without the contract body to INTERNAL with a Chinese message', async () => {
    const transport: Transport = async () => ({ status: 502, body: '<html>Bad Gateway</html>' });
    const client = createApiClient({ baseUrl: '', transport, sessions: createSessionStore(memoryStorage()) });
    await expect(client.call(systemApi.health)).rejects.toMatchObject({ code: 'INTERNAL', message: '服务器出错了（502），请稍后重试' });
  });

  it('rejects a 2xx body that does not match the shared schema', async () => {
    const transport: Transport = async () => ({ status: 200, body: { id: 'not-a-number' } });
    const client = createApiClient({ baseUrl: '', transport, sessions: createSessionStore(memoryStorage()) });
    await expect(client.call(authApi.getMe)).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('builds the URL from the base and encodes query parameters, skipping undefined ones', async () => {
    const seen: string[] = [];
    const transport: Transport = async (req) => {
      seen.push(req.url);
      return { status: 200, body: USER };
    };
    const client = createApiClient({ baseUrl: 'http://127.0.0.1:3000', transport, sessions: createSessionStore(memoryStorage()) });
    const search = endpoint({
      method: 'get',
      path: '/things/{id}/{name}',
      params: z.object({ id: z.coerce.number(), name: z.string() }),
      query: z.object({ q: z.string(), page: z.coerce.number(), none: z.string().optional() }),
      response: meSchema,
      access: 'public',
    });
    await client.call(search, { params: { id: 7, name: '小区/一期' }, query: { q: '电梯 安全', page: 2, none: undefined } });
    expect(seen).toEqual([
      'http://127.0.0.1:3000/api/things/7/%E5%B0%8F%E5%8C%BA%2F%E4%B8%80%E6%9C%9F?q=%E7%94%B5%E6%A2%AF%20%E5%AE%89%E5%85%A8&page=2',
    ]);
  });
});

describe('uploads and downloads', () => {
  const upload = endpoint({
    method: 'post',
    path: '/uploads',
    body: multipartFile('请选择图片'),
    response: z.object({ key: z.string() }),
    status: 201,
    access: 'authenticated',
  });
  const download = endpoint({
    method: 'get',
    path: '/rosters/{id}.xlsx',
    params: z.object({ id: z.coerce.number() }),
    response: xlsxFile,
    access: ['staff'],
  });
  const picked = { kind: 'weapp', path: 'wxfile://tmp/a.jpg', name: 'a.jpg' } as const;

  /** File transfers judged by the same fake server: the current access token or TOKEN_EXPIRED. */
  function fakeFiles(api: ReturnType<typeof fakeApi>) {
    const seen: { url: string; auth?: string }[] = [];
    const judge = async (url: string, headers: Record<string, string>) => {
      seen.push({ url, auth: headers.Authorization });
      const me = await api.transport({ url: '/api/me', method: 'GET', headers });
      return me.status === 200 ? { status: 201, body: { key: 'k1' } } : me;
    };
    const files: FileTransport = {
      upload: ({ url, headers }) => judge(url, headers),
      download: async ({ url, headers }) => {
        const res = await judge(url, headers);
        return res.status === 201 ? { status: 200, body: null } : res;
      },
    };
    return { files, seen };
  }

  it('refreshes an expired session once and retries the upload (an article image uploaded long into editing)', async () => {
    const api = fakeApi();
    const { files, seen } = fakeFiles(api);
    const sessions = createSessionStore(memoryStorage());
    sessions.save(api.current());
    api.expire();
    sessions.save({ ...api.current(), accessToken: 'access-stale' });
    const client = createApiClient({ baseUrl: '', transport: api.transport, files, sessions });
    await expect(client.upload(upload, picked)).resolves.toEqual({ key: 'k1' });
    expect(api.refreshCalls()).toBe(1);
    expect(seen.map((s) => s.auth)).toEqual(['Bearer access-stale', 'Bearer access-3']);
  });

  it('downloads through the same refresh and fills the path', async () => {
    const api = fakeApi();
    const { files, seen } = fakeFiles(api);
    const sessions = createSessionStore(memoryStorage());
    sessions.save({ ...api.current(), accessToken: 'access-stale' });
    const client = createApiClient({ baseUrl: '', transport: api.transport, files, sessions });
    await client.download(download, '名单.xlsx', { params: { id: 12 } });
    expect(seen.map((s) => s.url)).toEqual(['/api/rosters/12.xlsx', '/api/rosters/12.xlsx']);
    expect(api.refreshCalls()).toBe(1);
  });

  it('turns a refused upload into the typed error with the server’s message', async () => {
    const files: FileTransport = {
      upload: async () => ({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', message: '只能上传 JPG、PNG 或 WebP 图片' } }),
      download: async () => ({ status: 200, body: null }),
    };
    const client = createApiClient({ baseUrl: '', transport: fakeApi().transport, files, sessions: createSessionStore(memoryStorage()) });
    await expect(client.upload(upload, picked)).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: '只能上传 JPG、PNG 或 WebP 图片',
      status: 415,
    });
  });
});

describe('the shared entries', () => {
  it('speak Chinese in zod’s own messages when the client imports one feature', () => {
    const result = z.object({ n: z.number() }).safeParse({ n: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('session store', () => {
  it('survives a restart through storage and ignores a corrupted entry', () => {
    const storage = memoryStorage();
    createSessionStore(storage, () => 1000).save(session(1));
    const again = createSessionStore(storage);
    expect(again.get()).toMatchObject({ accessToken: 'access-1', expiresAt: 1000 + 900 * 1000 });
    storage.set('wuxie.session', '{not json');
    expect(createSessionStore(storage).get()).toBeNull();
  });

  it('notifies subscribers on save, user update and clear', () => {
    const store = createSessionStore(memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.save(session(1));
    store.updateUser({ ...USER, name: '新名字' });
    store.clear();
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    store.save(session(2));
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
