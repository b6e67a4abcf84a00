import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_KEYS, type TemplateKey } from '@wuxie/shared';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const SECRET_MIN = 32;

const boolFromString = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === 'true' || v === '1'));

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL (leave it unset for the embedded PGlite)' })
      .optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
    WUXIE_DATA_DIR: z.string().default(path.join(repoRoot, '.data', 'pglite')),
    WUXIE_UPLOAD_DIR: z.string().default(path.join(repoRoot, '.data', 'uploads')),
    WUXIE_SEED_DEMO: boolFromString,
    CLIENT_DIST: z.string().default(path.join(repoRoot, 'client', 'dist', 'h5')),
    JWT_SECRET: z
      .string()
      .min(SECRET_MIN, { message: `JWT_SECRET must be at least ${SECRET_MIN} characters` })
      .optional(),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(30)
      .default(15 * 60),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).default(30),
    WECHAT_APP_ID: z.string().optional(),
    WECHAT_APP_SECRET: z.string().optional(),
    WECHAT_API_BASE: z.url().default('https://api.weixin.qq.com'),
    DEMO_LOGIN: boolFromString,
    CORS_ORIGINS: z.string().default(''),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(1024 * 1024),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
    LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    COMPLAINT_ACCEPT_WORKDAYS: z.coerce.number().int().min(1).max(30).default(1),
    COMPLAINT_REPLY_WORKDAYS: z.coerce.number().int().min(1).max(60).default(3),
    COMPLAINT_DAILY_LIMIT: z.coerce.number().int().min(1).default(5),
    UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(120),
  })
  .transform((raw, ctx) => {
    const production = raw.NODE_ENV === 'production';
    const demoLogin = raw.DEMO_LOGIN ?? (!production && !raw.WECHAT_APP_ID);
    if (production) {
      if (!raw.JWT_SECRET) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'JWT_SECRET is required in production' });
      if (demoLogin) ctx.addIssue({ code: 'custom', path: ['DEMO_LOGIN'], message: 'demo login must be off in production' });
      if (raw.WECHAT_APP_ID && !raw.WECHAT_APP_SECRET)
        ctx.addIssue({ code: 'custom', path: ['WECHAT_APP_SECRET'], message: 'WECHAT_APP_SECRET is required with WECHAT_APP_ID' });
    }
    return {
      ...raw,
      production,
      demoLogin,
      jwtSecret: raw.JWT_SECRET ?? generatedSecret(raw.NODE_ENV, raw.WUXIE_DATA_DIR),
      corsOrigins: raw.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      seedDemo: raw.WUXIE_SEED_DEMO ?? false,
      repoRoot,
    };
  });

/** Where a development server keeps the secret it generated: the data folder that holds PGlite's folder. */
export function generatedSecretFile(dataDir: string): string {
  return path.join(path.dirname(dataDir), 'jwt-secret');
}

/**
 * The signing secret when JWT_SECRET is not set (production refuses to start then). A development
 * server makes a random one on its first start and keeps it in its data folder (mode 0600), so logins
 * and photo links survive a restart and nobody can sign tokens for it with a value from the source.
 * Tests, and a database kept in memory, get a fresh one per start: nothing they sign outlives them.
 */
function generatedSecret(nodeEnv: 'development' | 'test' | 'production', dataDir: string): string {
  const fresh = randomBytes(32).toString('base64url');
  if (nodeEnv !== 'development' || dataDir.startsWith('memory://')) return fresh;
  const file = generatedSecretFile(dataDir);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside, then linked into place: two servers starting at once both read the one that won.
  const pending = `${file}.${String(process.pid)}.${randomBytes(4).toString('hex')}`;
  writeFileSync(pending, fresh, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(pending, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(pending);
  }
  return readSecretFile(file);
}

function readSecretFile(file: string): string {
  const { mode, uid } = statSync(file);
  // A secret others can read, or one someone else put there (the data folder may sit in /tmp), signs nothing.
  if (process.platform !== 'win32' && ((mode & 0o077) !== 0 || uid !== process.getuid?.())) {
    throw new Error(`Invalid environment:\n  - JWT_SECRET: ${file} must be yours and readable by you alone (chmod 600), or set JWT_SECRET`);
  }
  const secret = readFileSync(file, 'utf8').trim();
  if (secret.length < SECRET_MIN) {
    throw new Error(
      `Invalid environment:\n  - JWT_SECRET: ${file} holds no usable secret; delete it to have a new one made, or set JWT_SECRET`,
    );
  }
  return secret;
}

export type Env = z.output<typeof envSchema> & { templateIds: Partial<Record<TemplateKey, string>> };

/** WECHAT_TEMPLATE_COMPLAINT_PROGRESS=<id> etc.: the subscription-message template id per key. */
function templateIdsFrom(vars: Record<string, string | undefined>): Partial<Record<TemplateKey, string>> {
  const ids: Partial<Record<TemplateKey, string>> = {};
  for (const key of TEMPLATE_KEYS) {
    const id = vars[`WECHAT_TEMPLATE_${key.toUpperCase()}`];
    if (id) ids[key] = id;
  }
  return ids;
}

/** Reads and validates the environment. The only place that touches process.env. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, templateIds: templateIdsFrom(source) };
}
