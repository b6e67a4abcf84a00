import type { Prisma, User } from '../../generated/client';
import { randomOf, type Db, type FactoryOptions } from './context';
import { mobilePhone, personName } from './names';
import { hashPassword } from './passwords';
import { nextSequence, type Random } from './random';

export type UserOverrides = Partial<Prisma.UserUncheckedCreateInput> & {
  /** Plain password; hashed with hashPassword into passwordHash. */
  password?: string;
};

/**
 * Row data for a user, without touching the database (the seed batches these with createMany).
 * Defaults: a Chinese name, a mobile number, a unique openid, and role worker when a company is
 * given, resident otherwise.
 */
export function buildUser(random: Random, overrides: Omit<UserOverrides, 'password'> = {}): Prisma.UserUncheckedCreateInput {
  const seq = nextSequence();
  return {
    name: personName(random),
    phone: mobilePhone(random),
    openid: `test-openid-${seq}-${random.hex(12)}`,
    roles: overrides.companyId != null ? ['worker'] : ['resident'],
    ...overrides,
  };
}

/** Create a user; pass `password` to get a username/password account. */
export async function createUser(db: Db, overrides: UserOverrides = {}, options?: FactoryOptions): Promise<User> {
  const { password, ...rest } = overrides;
  const data = buildUser(randomOf(options), rest);
  if (password !== undefined) data.passwordHash = await hashPassword(password);
  return db.user.create({ data });
}
