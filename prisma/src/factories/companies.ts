import type { Community, Company, Prisma } from '../../generated/client';
import { randomOf, type Db, type FactoryOptions } from './context';
import { generateCreditCode } from './credit-codes';
import { COMPANY_BRANDS, HUAINAN_DISTRICTS, estateName, huainanAddress, mobilePhone, personName } from './names';
import { nextSequence, type Random } from './random';

/** Row data for a member company with a valid Huainan credit code; name unique per process. */
export function buildCompany(
  random: Random,
  overrides: Partial<Prisma.CompanyUncheckedCreateInput> = {},
): Prisma.CompanyUncheckedCreateInput {
  const seq = nextSequence();
  const district = random.pick(HUAINAN_DISTRICTS);
  return {
    name: `淮南市${random.pick(COMPANY_BRANDS)}${seq}号物业服务有限公司`,
    creditCode: generateCreditCode(random, district.code),
    type: random.pick(['state_owned', 'private', 'local', 'outside'] as const),
    level: 'member',
    contactName: personName(random),
    contactPhone: mobilePhone(random),
    address: huainanAddress(random, district.name),
    ...overrides,
  };
}

/** Create a member company. */
export function createCompany(
  db: Db,
  overrides: Partial<Prisma.CompanyUncheckedCreateInput> = {},
  options?: FactoryOptions,
): Promise<Company> {
  return db.company.create({ data: buildCompany(randomOf(options), overrides) });
}

/** Row data for a residential estate (小区); the caller supplies companyId. */
export function buildCommunity(
  random: Random,
  overrides: Partial<Prisma.CommunityUncheckedCreateInput> = {},
): Prisma.CommunityUncheckedCreateInput {
  const seq = nextSequence();
  const district = random.pick(HUAINAN_DISTRICTS).name;
  return {
    name: `${estateName(random)}（${seq}）`,
    district,
    address: huainanAddress(random, district),
    ...overrides,
  };
}

/**
 * Create a community. Unless `companyId` is given (a null means unmanaged), a new company is
 * created to manage it, so complaints filed against it are routed somewhere.
 */
export async function createCommunity(
  db: Db,
  overrides: Partial<Prisma.CommunityUncheckedCreateInput> = {},
  options?: FactoryOptions,
): Promise<Community> {
  const random = randomOf(options);
  const companyId = 'companyId' in overrides ? overrides.companyId : (await createCompany(db, {}, options)).id;
  return db.community.create({ data: buildCommunity(random, { ...overrides, companyId }) });
}
