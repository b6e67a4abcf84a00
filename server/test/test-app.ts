import { createTestDb, type PrismaClient } from '@wuxie/prisma';
import pino from 'pino';
import { createApp } from '../src/app';
import { loadEnv, type Env } from '../src/env';
import { createWechatClient } from '../src/integrations/wechat/wechat-client';
import type { AppDeps } from '../src/lib/context';
import { FAKE_APP_ID, FAKE_APP_SECRET, startFakeWechat, type FakeWechat } from './fake-wechat';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: PrismaClient;
  env: Env;
  wechat: FakeWechat;
  /** JSON request through the real app (no network), optionally as a logged-in user. */
  call(method: string, path: string, opts?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

/** A fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), the real app and a fake WeChat. */
export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestApp> {
  const testDb = await createTestDb();
  const wechat = await startFakeWechat();
  const env = loadEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WECHAT_APP_ID: FAKE_APP_ID,
    WECHAT_APP_SECRET: FAKE_APP_SECRET,
    WECHAT_API_BASE: wechat.baseUrl,
    DEMO_LOGIN: 'true',
    LOGIN_RATE_PER_MINUTE: '10000',
    CLIENT_DIST: '/nonexistent-client-dist',
    ...envOverrides,
  });
  const logger = pino({ level: 'silent' });
  const deps: AppDeps = {
    env,
    db: testDb.db,
    dbKind: testDb.kind,
    logger,
    wechat: createWechatClient({
      appId: env.WECHAT_APP_ID,
      appSecret: env.WECHAT_APP_SECRET,
      baseUrl: env.WECHAT_API_BASE,
      db: testDb.db,
      logger,
      retryDelaysMs: [5, 10, 20],
    }),
  };
  const app = createApp(deps);
  return {
    app,
    db: testDb.db,
    env,
    wechat,
    call(method, path, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.body !== undefined) headers['content-type'] ??= 'application/json';
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      return Promise.resolve(
        app.request(path, {
          method,
          headers,
          body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
        }),
      );
    },
    async close() {
      await wechat.close();
      await testDb.close();
    },
  };
}

/**
 * For `afterAll`: closes the app its `beforeAll` made. The suite's `let t: TestApp` is still unset when
 * that `beforeAll` failed before assigning it (and `afterAll` runs all the same), hence `undefined` here.
 */
export async function closeTestApp(t: TestApp | undefined): Promise<void> {
  await t?.close();
}

/** Reads a JSON answer as a loose record, for assertions on fields. */
export async function readJson(res: Response): Promise<Record<string, unknown>> {
  const body: unknown = await res.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error(`expected a JSON object, got ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}
