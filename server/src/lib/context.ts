import type { PrismaClient } from '@wuxie/prisma';
import type { Role } from '@wuxie/shared';
import type { Logger } from 'pino';
import type { Env } from '../env';
import type { WechatClient } from '../integrations/wechat/wechat-client';

/** Who is calling, from a verified access token. */
export interface Caller {
  userId: number;
  roles: Role[];
  companyId: number | null;
}

/** Everything the app needs from outside; built once per process (tests build their own). */
export interface AppDeps {
  env: Env;
  db: PrismaClient;
  dbKind: 'pglite' | 'postgres';
  logger: Logger;
  wechat: WechatClient;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    deps: AppDeps;
    caller: Caller | null;
    /** Why the bearer token was refused, when one was sent and refused. */
    authFailure: 'expired' | 'invalid' | null;
  };
}
