import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createUser } from '@wuxie/prisma/factories';
import { sessionSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { generatedSecretFile, loadEnv } from '../../env';
import { signAccessToken } from './tokens.service';

/** The constant env.ts used to sign with under `npm start` until issue 14; anyone could read it in the repository. */
const FORMER_DEV_SECRET = 'dev-only-secret-do-not-use-in-production-0123456789';

const folders: string[] = [];
function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'wuxie-secret-'));
  folders.push(folder);
  return folder;
}

/** A development server's start on this data folder (as under `npm start`, no JWT_SECRET). */
const startOn = (folder: string) => createTestApp({ NODE_ENV: 'development', WUXIE_DATA_DIR: path.join(folder, 'pglite') });

const opens = async (t: TestApp, token: string) => (await t.call('GET', '/api/notifications', { token })).status;

let folder: string;
let first: TestApp;
let token: string;
beforeAll(async () => {
  folder = dataFolder();
  first = await startOn(folder);
  await createUser(first.db, { username: 'secret.admin', password: 'right-pass', roles: ['admin', 'staff'] });
  const session = sessionSchema.parse(
    await readJson(await first.call('POST', '/api/auth/login/password', { body: { username: 'secret.admin', password: 'right-pass' } })),
  );
  token = session.accessToken;
});
afterAll(async () => {
  await closeTestApp(first);
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe('the signing secret of a development server', () => {
  it('is made at random on the first start and kept in the data folder, readable by its owner alone', async () => {
    const file = generatedSecretFile(path.join(folder, 'pglite'));
    expect(file).toBe(path.join(folder, 'jwt-secret'));
    expect(readFileSync(file, 'utf8')).toBe(first.env.jwtSecret);
    expect(first.env.jwtSecret.length).toBeGreaterThanOrEqual(32);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await opens(first, token)).toBe(200);
  });

  it('is the same on the next start with the same data folder, so a login survives a restart', async () => {
    const second = await startOn(folder);
    try {
      expect(second.env.jwtSecret).toBe(first.env.jwtSecret);
      expect(await opens(second, token)).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('is another one for a fresh data folder, which refuses the first server’s tokens', async () => {
    const other = await startOn(dataFolder());
    try {
      expect(other.env.jwtSecret).not.toBe(first.env.jwtSecret);
      expect(await opens(other, token)).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('no longer lets the constant from the source sign an admin token', async () => {
    const forged = await signAccessToken({ userId: 1, roles: ['admin', 'staff'], companyId: null }, FORMER_DEV_SECRET, 600);
    const res = await first.call('GET', '/api/notifications', { token: forged });
    expect(res.status).toBe(401);
    expect((await readJson(res)).code).toBe('UNAUTHENTICATED');
  });

  it('refuses to start on a secret file others can read, rather than sign with it', () => {
    const shared = dataFolder();
    const dataDir = path.join(shared, 'pglite');
    loadEnv({ NODE_ENV: 'development', WUXIE_DATA_DIR: dataDir });
    chmodSync(generatedSecretFile(dataDir), 0o644);
    if (process.platform !== 'win32') {
      expect(() => loadEnv({ NODE_ENV: 'development', WUXIE_DATA_DIR: dataDir })).toThrow(/readable by you alone/);
    }
  });

  it('is not written for tests or an in-memory database: each start gets its own', () => {
    const unused = dataFolder();
    const a = loadEnv({ NODE_ENV: 'test', WUXIE_DATA_DIR: path.join(unused, 'pglite') });
    const b = loadEnv({ NODE_ENV: 'test', WUXIE_DATA_DIR: path.join(unused, 'pglite') });
    const memory = loadEnv({ NODE_ENV: 'development', WUXIE_DATA_DIR: 'memory://wuxie' });
    expect(new Set([a.jwtSecret, b.jwtSecret, memory.jwtSecret]).size).toBe(3);
    expect(existsSync(path.join(unused, 'jwt-secret'))).toBe(false);
  });
});
