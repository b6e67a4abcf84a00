import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { hashPassword, verifyPassword } from '@wuxie/prisma/factories';
import type { Me, PasswordLogin, Session } from '@wuxie/shared';
import type { Env } from '../../env';
import { AppError } from '../../lib/errors';
import { WechatError, type WechatClient } from '../../integrations/wechat/wechat-client';
import { hashRefreshToken, newRefreshToken, signAccessToken } from './tokens.service';

const meSelect = {
  id: true,
  name: true,
  username: true,
  phone: true,
  avatarUrl: true,
  roles: true,
  openid: true,
  privacyAgreedAt: true,
  companyId: true,
  disabled: true,
  company: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

type MeRow = Prisma.UserGetPayload<{ select: typeof meSelect }>;

export function toMe(user: MeRow): Me {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    phone: user.phone,
    avatarUrl: user.avatarUrl,
    roles: user.roles,
    company: user.company,
    hasWechat: Boolean(user.openid),
    privacyAgreed: Boolean(user.privacyAgreedAt),
  };
}

export async function loadMe(db: PrismaClient, userId: number): Promise<Me> {
  const user = await db.user.findUnique({ where: { id: userId }, select: meSelect });
  if (!user || user.disabled) throw new AppError('UNAUTHENTICATED', '账号不存在或已停用，请重新登录');
  return toMe(user);
}

type AuthEnv = Pick<Env, 'jwtSecret' | 'ACCESS_TOKEN_TTL_SECONDS' | 'REFRESH_TOKEN_TTL_DAYS' | 'LOGIN_MAX_FAILURES' | 'LOGIN_LOCK_MINUTES'>;

async function issueSession(db: PrismaClient, env: AuthEnv, user: MeRow, userAgent?: string): Promise<Session> {
  const refresh = newRefreshToken();
  await db.session.create({
    data: {
      userId: user.id,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + env.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
      userAgent: userAgent?.slice(0, 200),
    },
  });
  const accessToken = await signAccessToken(
    { userId: user.id, roles: user.roles, companyId: user.companyId },
    env.jwtSecret,
    env.ACCESS_TOKEN_TTL_SECONDS,
  );
  return { accessToken, expiresIn: env.ACCESS_TOKEN_TTL_SECONDS, refreshToken: refresh.token, user: toMe(user) };
}

// Verifying against this when the account does not exist keeps the answer time the same, so
// response timing does not reveal which usernames exist.
let dummyHash: Promise<string> | null = null;

const WRONG_CREDENTIALS = '账号或密码不正确';

/** Account + password login with lock-out after repeated failures. */
export async function loginWithPassword(db: PrismaClient, env: AuthEnv, input: PasswordLogin, userAgent?: string): Promise<Session> {
  const user = await db.user.findUnique({
    where: { username: input.username },
    select: { ...meSelect, passwordHash: true, lockedUntil: true },
  });
  if (!user?.passwordHash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, input.password);
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  if (user.disabled) throw new AppError('FORBIDDEN', '该账号已停用，请联系协会管理员');
  if (user.lockedUntil && user.lockedUntil > new Date()) throw lockedError(user.lockedUntil);
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    // One statement: concurrent wrong guesses cannot slip past the limit between a read and a write.
    const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
      UPDATE "User"
         SET "failedLogins" = CASE WHEN "failedLogins" + 1 >= ${env.LOGIN_MAX_FAILURES} THEN 0 ELSE "failedLogins" + 1 END,
             "lockedUntil"  = CASE WHEN "failedLogins" + 1 >= ${env.LOGIN_MAX_FAILURES}
                                   THEN now() + make_interval(mins => ${env.LOGIN_LOCK_MINUTES}) ELSE "lockedUntil" END
       WHERE id = ${user.id}
   RETURNING "lockedUntil"`;
    const lockedUntil = rows[0]?.lockedUntil;
    if (lockedUntil && lockedUntil > new Date()) throw lockedError(lockedUntil);
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() } });
  return issueSession(db, env, user, userAgent);
}

function lockedError(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError('ACCOUNT_LOCKED', `密码错误次数过多，账号已锁定，请 ${minutes} 分钟后再试`);
}

/** Maps WeChat's documented error codes to what our caller should see. */
export function wechatFailure(error: unknown, what: string): AppError {
  if (error instanceof WechatError) {
    if (error.errcode === -2) return new AppError('UPSTREAM_UNAVAILABLE', '服务器未配置微信小程序，请使用账号密码登录');
    if (error.errcode === 40029 || error.errcode === 40163) return new AppError('UNAUTHENTICATED', `${what}凭证无效或已使用，请重试`);
    if (error.errcode === 40226) return new AppError('FORBIDDEN', '微信判定该账号存在风险，暂时无法登录');
    if (error.retryable) return new AppError('UPSTREAM_UNAVAILABLE', '微信服务繁忙，请稍后再试');
    return new AppError('UPSTREAM_UNAVAILABLE', `微信接口出错（${error.errcode}），请稍后再试`);
  }
  return new AppError('UPSTREAM_UNAVAILABLE', '暂时无法连接微信服务，请稍后再试');
}

/** wx.login code → code2Session → the user with that openid (created as a resident on first login). */
export async function loginWithWechat(
  db: PrismaClient,
  env: AuthEnv,
  wechat: WechatClient,
  code: string,
  userAgent?: string,
): Promise<Session> {
  let openid: string;
  let unionid: string | undefined;
  try {
    ({ openid, unionid } = await wechat.code2Session(code));
  } catch (error) {
    throw wechatFailure(error, '微信登录');
  }
  const user = await db.user.upsert({
    where: { openid },
    create: { openid, unionid, roles: ['resident'], lastLoginAt: new Date() },
    update: { lastLoginAt: new Date(), ...(unionid ? { unionid } : {}) },
    select: meSelect,
  });
  if (user.disabled) throw new AppError('FORBIDDEN', '该账号已停用，请联系协会管理员');
  return issueSession(db, env, user, userAgent);
}

/** Rotates a refresh token: the old one stops working the moment the new one is issued. */
export async function refreshSession(db: PrismaClient, env: AuthEnv, refreshToken: string, userAgent?: string): Promise<Session> {
  const tokenHash = hashRefreshToken(refreshToken);
  const now = new Date();
  const revoked = await db.session.updateMany({
    where: { tokenHash, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  if (revoked.count !== 1) throw new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
  const session = await db.session.findUniqueOrThrow({ where: { tokenHash }, select: { user: { select: meSelect } } });
  if (session.user.disabled) throw new AppError('FORBIDDEN', '该账号已停用，请联系协会管理员');
  return issueSession(db, env, session.user, userAgent);
}

export async function logout(db: PrismaClient, refreshToken: string): Promise<void> {
  await db.session.updateMany({ where: { tokenHash: hashRefreshToken(refreshToken), revokedAt: null }, data: { revokedAt: new Date() } });
}

/** getPhoneNumber button code → WeChat → the phone bound to the caller. */
export async function bindPhone(db: PrismaClient, wechat: WechatClient, userId: number, code: string): Promise<Me> {
  let phone: string;
  try {
    phone = (await wechat.getPhoneNumber(code)).purePhoneNumber;
  } catch (error) {
    throw wechatFailure(error, '手机号授权');
  }
  await db.user.update({ where: { id: userId }, data: { phone } });
  return loadMe(db, userId);
}
