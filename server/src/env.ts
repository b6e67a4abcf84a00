import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_KEYS, type TemplateKey } from '@wuxie/shared';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const DEV_JWT_SECRET = 'dev-only-secret-do-not-use-in-production-0123456789';

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
    JWT_SECRET: z.string().min(32, { message: 'JWT_SECRET must be at least 32 characters' }).optional(),
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
      jwtSecret: raw.JWT_SECRET ?? DEV_JWT_SECRET,
      corsOrigins: raw.CORS_ORIGINS.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      seedDemo: raw.WUXIE_SEED_DEMO ?? false,
      repoRoot,
    };
  });

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
