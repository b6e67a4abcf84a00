import type { Prisma, PrismaClient, User } from '@wuxie/prisma';
import { createActivity, createCompany, createUser } from '@wuxie/prisma/factories';
import type { TestApp } from '../../../test/test-app';
import { signAccessToken } from '../auth/tokens.service';

const HOUR = 3600_000;

/** Sign-in token for a user, carrying their roles and company like a real login. */
export function tokenOf(t: TestApp, user: Pick<User, 'id' | 'roles' | 'companyId'>): Promise<string> {
  return signAccessToken({ userId: user.id, roles: user.roles, companyId: user.companyId }, t.env.jwtSecret, 3600);
}

/** A user and their token. */
export async function person(t: TestApp, overrides: Parameters<typeof createUser>[1] = {}): Promise<{ user: User; token: string }> {
  const user = await createUser(t.db, overrides);
  return { user, token: await tokenOf(t, user) };
}

export async function staffMember(t: TestApp) {
  return person(t, { roles: ['staff'] });
}

/** A worker bound to a (new or given) member company. */
export async function memberWorker(t: TestApp, companyId?: number) {
  const company = companyId ?? (await createCompany(t.db)).id;
  return person(t, { roles: ['worker'], companyId: company });
}

/** A published activity whose sign-up is open now and which starts in a week. */
export function openActivity(db: PrismaClient, overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {}) {
  const now = Date.now();
  return createActivity(db, {
    startAt: new Date(now + 7 * 24 * HOUR),
    endAt: new Date(now + 7 * 24 * HOUR + 3 * HOUR),
    signupStartAt: new Date(now - 24 * HOUR),
    signupEndAt: new Date(now + 6 * 24 * HOUR),
    ...overrides,
  });
}

/** An activity happening now (started an hour ago, ends in two): check-in is open. */
export function runningActivity(db: PrismaClient, overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {}) {
  const now = Date.now();
  return createActivity(db, {
    startAt: new Date(now - HOUR),
    endAt: new Date(now + 2 * HOUR),
    signupStartAt: new Date(now - 10 * 24 * HOUR),
    signupEndAt: new Date(now - 2 * HOUR),
    ...overrides,
  });
}

export { HOUR };
