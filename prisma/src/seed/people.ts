import type { CompanyType, MembershipLevel, Prisma } from '../../generated/client';
import {
  COMPANY_BRANDS,
  HUAINAN_DISTRICTS,
  buildUser,
  chinaTime,
  estateName,
  generateCreditCode,
  huainanAddress,
  mobilePhone,
  personName,
  type Random,
} from '../factories';
import { fakeOpenid, insertInBatches, type Db } from './batch';
import { seedDemoAccounts, type DemoAccounts } from './demo-accounts';

export interface SeededCompany {
  id: number;
  name: string;
  shortName: string;
  level: MembershipLevel;
  adminId: number;
  workerIds: number[];
  communityIds: number[];
}
export interface SeededPerson {
  id: number;
  name: string;
  companyId: number | null;
}
export interface People {
  companies: SeededCompany[];
  communities: { id: number; name: string; district: string; companyId: number }[];
  workers: SeededPerson[];
  residents: SeededPerson[];
  demo: DemoAccounts;
  demoCompany: SeededCompany;
}

const WORKER_TOTAL = 3260;
const RESIDENT_COUNT = 150;
const DEMO_COMPANY_INDEX = 12;

// The 186 member companies by type.
const TYPE_POOL: readonly [CompanyType, number][] = [
  ['state_owned', 18],
  ['private', 92],
  ['local', 48],
  ['outside', 28],
];
const OUTSIDE_CITIES = ['合肥', '南京', '上海', '杭州', '蚌埠', '阜阳', '六安', '深圳'] as const;
const LOCAL_PATTERNS = [
  '淮南市{b}物业服务有限公司',
  '淮南市{b}物业管理有限公司',
  '安徽{b}物业管理有限公司',
  '安徽{b}物业服务有限公司',
  '淮南{b}物业管理有限责任公司',
] as const;

function levelOf(index: number): MembershipLevel {
  if (index === 0) return 'president';
  if (index <= 8) return 'vice_president';
  if (index <= 38) return 'director';
  return 'member';
}

function workerCount(random: Random, level: MembershipLevel): number {
  if (level === 'president') return 110;
  if (level === 'vice_president') return random.int(45, 65);
  if (level === 'director') return random.int(22, 38);
  return random.int(8, 20);
}

/** Exactly `total` head counts, each at least 5, shaped by membership level. */
function headCounts(random: Random, levels: readonly MembershipLevel[], total: number): number[] {
  const counts = levels.map((level) => workerCount(random, level));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = random.int(39, counts.length - 1);
    const current = counts[i] ?? 5;
    if (sum > total && current > 5) {
      counts[i] = current - 1;
      sum -= 1;
    } else if (sum < total) {
      counts[i] = current + 1;
      sum += 1;
    }
  }
  return counts;
}

function companyRows(random: Random): (Prisma.CompanyCreateManyInput & { shortName: string })[] {
  const types = random.shuffle(TYPE_POOL.flatMap(([type, n]) => Array<CompanyType>(n).fill(type)));
  // The president unit is state-owned; the demo company is a local private firm.
  const swap = (index: number, type: CompanyType): void => {
    const other = types.findIndex((t, i) => t === type && i !== 0 && i !== DEMO_COMPANY_INDEX);
    types[other] = types[index] ?? 'local';
    types[index] = type;
  };
  swap(0, 'state_owned');
  swap(DEMO_COMPANY_INDEX, 'private');
  const brands: string[] = random.shuffle(COMPANY_BRANDS.filter((b) => b !== '舜耕' && b !== '安泰'));
  const names = new Set<string>();
  let cursor = 0;
  return types.map((type, index) => {
    let brand: string;
    let name: string;
    if (index === 0) {
      brand = '舜耕';
      name = '淮南市舜耕物业服务有限公司';
    } else if (index === DEMO_COMPANY_INDEX) {
      brand = '安泰';
      name = '淮南市安泰物业服务有限公司';
    } else {
      do {
        brand = brands[cursor % brands.length] ?? '淮河';
        cursor += 1;
        name =
          type === 'outside'
            ? `${random.pick(OUTSIDE_CITIES)}${brand}物业服务有限公司淮南分公司`
            : random.pick(LOCAL_PATTERNS).replace('{b}', brand);
      } while (names.has(name));
    }
    names.add(name);
    const district = index < 60 ? HUAINAN_DISTRICTS[0] : random.pick(HUAINAN_DISTRICTS);
    const level = levelOf(index);
    return {
      name,
      shortName: `${brand}物业`,
      creditCode: generateCreditCode(random, district.code),
      type,
      level: index === DEMO_COMPANY_INDEX ? 'director' : level,
      contactName: personName(random),
      contactPhone: mobilePhone(random),
      address: huainanAddress(random, district.name),
      intro: `${name}成立于${random.int(1998, 2020)}年，在管住宅小区和公共建筑项目，提供秩序维护、保洁绿化、设施设备维护等物业服务。`,
      joinedAt: chinaTime(random.int(2006, 2023), random.int(1, 12), random.int(1, 28), 10),
      createdAt: chinaTime(2023, 12, 1, 9),
    };
  });
}

/** Communities: every company manages at least one; larger members manage more (about 300 in all). */
function communityQuota(level: MembershipLevel, index: number): number {
  if (level === 'president') return 12;
  if (level === 'vice_president') return 4;
  if (level === 'director') return index === DEMO_COMPANY_INDEX ? 3 : 2;
  return index % 3 === 0 ? 2 : 1;
}

/** Member companies, their communities, 3,000+ workers, residents, staff and the demo accounts. */
export async function seedPeople(db: Db, random: Random, passwordHash: string): Promise<People> {
  const companyData = companyRows(random);
  await db.company.createMany({ data: companyData.map(({ shortName: _s, ...row }) => row) });
  const companyIds = new Map((await db.company.findMany({ select: { id: true, name: true } })).map((c) => [c.name, c.id]));
  const idOf = (name: string): number => companyIds.get(name) ?? 0;

  const communityRows: Prisma.CommunityCreateManyInput[] = [];
  const taken = new Set<string>();
  companyData.forEach((company, index) => {
    for (let n = communityQuota(company.level ?? 'member', index); n > 0; n -= 1) {
      let name: string;
      let district: string;
      do {
        name = estateName(random);
        district = index < 60 && random.chance(0.6) ? '田家庵区' : random.pick(HUAINAN_DISTRICTS).name;
      } while (taken.has(`${name}|${district}`));
      taken.add(`${name}|${district}`);
      communityRows.push({
        name,
        district,
        address: huainanAddress(random, district),
        companyId: idOf(company.name),
        createdAt: chinaTime(2023, 12, 1, 9),
      });
    }
  });
  await db.community.createMany({ data: communityRows });
  const communities = (
    await db.community.findMany({ select: { id: true, name: true, district: true, companyId: true }, orderBy: { id: 'asc' } })
  ).map((c) => ({ ...c, companyId: c.companyId ?? 0 }));

  const counts = headCounts(
    random,
    companyData.map((c) => c.level ?? 'member'),
    WORKER_TOTAL,
  );
  const userRows: Prisma.UserCreateManyInput[] = [];
  let seq = 0;
  companyData.forEach((company, index) => {
    const companyId = idOf(company.name);
    for (let n = 0; n < (counts[index] ?? 0); n += 1) {
      seq += 1;
      const isAdmin = n === 0;
      const joined = chinaTime(2023, random.int(1, 12), random.int(1, 28), random.int(8, 20));
      const base = buildUser(random, { companyId });
      userRows.push({
        ...base,
        openid: fakeOpenid(seq, random.hex(18)),
        name: isAdmin ? (company.contactName ?? base.name) : base.name,
        phone: isAdmin ? (company.contactPhone ?? base.phone) : base.phone,
        roles: isAdmin ? ['worker', 'company_admin'] : ['worker'],
        privacyAgreedAt: joined,
        createdAt: joined,
      });
    }
  });
  for (let n = 0; n < RESIDENT_COUNT; n += 1) {
    seq += 1;
    const joined = chinaTime(2024, random.int(1, 6), random.int(1, 28), random.int(7, 22));
    userRows.push({ ...buildUser(random), openid: fakeOpenid(seq, random.hex(18)), privacyAgreedAt: joined, createdAt: joined });
  }
  await insertInBatches(userRows, (batch) => db.user.createMany({ data: batch }));

  const users = await db.user.findMany({ select: { id: true, name: true, companyId: true, roles: true }, orderBy: { id: 'asc' } });
  const workers = users.filter((u) => u.companyId !== null).map(({ roles: _r, ...u }) => u);
  const residents = users.filter((u) => u.companyId === null).map(({ roles: _r, ...u }) => u);
  const companies: SeededCompany[] = companyData.map((c) => {
    const id = idOf(c.name);
    const workerIds = workers.filter((w) => w.companyId === id).map((w) => w.id);
    return {
      id,
      name: c.name,
      shortName: c.shortName,
      level: c.level ?? 'member',
      adminId: workerIds[0] ?? 0,
      workerIds,
      communityIds: communities.filter((m) => m.companyId === id).map((m) => m.id),
    };
  });
  const demoCompany = companies[DEMO_COMPANY_INDEX];
  if (!demoCompany) throw new Error('demo company missing');
  const demo = await seedDemoAccounts(db, random, { passwordHash, demoCompany, companies, residents });
  return { companies, communities, workers, residents, demo, demoCompany };
}
