import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

const PROD_SECRET = 'a-production-secret-of-at-least-32-chars!!';
/** Given where a test is not about the secret, so it does not make one in the repository's data folder. */
const SECRET = { JWT_SECRET: PROD_SECRET };

describe('loadEnv', () => {
  it('gives development defaults: port 3000, embedded database, demo login on without a WeChat app', () => {
    const env = loadEnv(SECRET);
    expect(env).toMatchObject({ PORT: 3000, NODE_ENV: 'development', demoLogin: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.WUXIE_DATA_DIR).toMatch(/\.data\/pglite$/);
  });

  it('turns demo login off by default once a WeChat app id is configured', () => {
    expect(loadEnv({ ...SECRET, WECHAT_APP_ID: 'wx123', WECHAT_APP_SECRET: 's' }).demoLogin).toBe(false);
  });

  it('refuses to start in production without JWT_SECRET', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', DEMO_LOGIN: 'false' })).toThrow(/JWT_SECRET is required in production/);
  });

  it('refuses to start in production with demo login on', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', JWT_SECRET: PROD_SECRET, DEMO_LOGIN: 'true' })).toThrow(/demo login must be off/);
  });

  it('keeps demo login off in production when it is not asked for, even without a WeChat app', () => {
    expect(loadEnv({ NODE_ENV: 'production', JWT_SECRET: PROD_SECRET }).demoLogin).toBe(false);
  });

  it('starts in production with a secret, a WeChat app and demo login off', () => {
    const env = loadEnv({
      NODE_ENV: 'production',
      JWT_SECRET: PROD_SECRET,
      WECHAT_APP_ID: 'wx1',
      WECHAT_APP_SECRET: 's',
      DATABASE_URL: 'postgres://u@h/db',
    });
    expect(env).toMatchObject({ production: true, demoLogin: false, jwtSecret: PROD_SECRET });
  });

  it('rejects a DATABASE_URL that is not PostgreSQL, naming the variable', () => {
    expect(() => loadEnv({ ...SECRET, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });

  it('reads subscription template ids per key', () => {
    expect(loadEnv({ ...SECRET, WECHAT_TEMPLATE_COMPLAINT_PROGRESS: 'T-1' }).templateIds).toEqual({ complaint_progress: 'T-1' });
  });
});
