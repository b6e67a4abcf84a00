import pino, { type Logger } from 'pino';
import type { Env } from '../env';

/** The process logger: JSON lines, one per event; request lines carry the request id. */
export function createLogger(env: Pick<Env, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  return pino({
    level: env.NODE_ENV === 'test' && env.LOG_LEVEL === 'info' ? 'silent' : env.LOG_LEVEL,
    base: { service: 'wuxie-server' },
    redact: { paths: ['req.headers.authorization', 'password', '*.password', 'refreshToken', '*.refreshToken'], remove: true },
  });
}
