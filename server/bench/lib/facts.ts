import type { PrismaClient } from '@wuxie/prisma';
import type { Role } from '@wuxie/shared';
import { signAccessToken } from '../../src/features/auth/tokens.service';

interface Person {
  id: number;
  roles: Role[];
  companyId: number | null;
}

/** What the load needs to know about the generated data, read before the server takes the database. */
export interface Facts {
  staff: Person;
  admin: Person;
  companyAdmin: Person;
  correspondent: Person;
  residents: Person[];
  workers: Person[];
  communityIds: number[];
  articleId: number;
  activityId: number;
  signupActivityIds: number[];
  complaintCount: number;
  /** Two neighbouring complaints halfway down the ledger (newest first), for the deep keyset page. */
  deepComplaint: { id: number; createdAt: string; nextId: number };
}

async function people(db: PrismaClient, prefix: string): Promise<Person[]> {
  const rows = await db.user.findMany({
    where: { username: { startsWith: `${prefix}-` } },
    select: { id: true, roles: true, companyId: true },
    orderBy: { id: 'asc' },
  });
  if (rows.length === 0) throw new Error(`no ${prefix} users in the generated data`);
  return rows;
}

function one<T>(rows: T[], what: string): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`generated data has no ${what}`);
  return row;
}

export async function readFacts(db: PrismaClient): Promise<Facts> {
  const complaintCount = await db.complaint.count();
  const deep = await db.complaint.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: Math.floor(complaintCount / 2),
    take: 2,
    select: { id: true, createdAt: true },
  });
  const articleCount = await db.article.count({ where: { status: 'published' } });
  const article = await db.article.findMany({
    where: { status: 'published' },
    orderBy: { id: 'asc' },
    skip: Math.floor(articleCount / 2),
    take: 1,
    select: { id: true },
  });
  const activity = await db.activity.findMany({
    where: { status: 'published', title: { startsWith: '物业服务' } },
    orderBy: { startAt: 'desc' },
    take: 1,
    select: { id: true },
  });
  const signup = await db.activity.findMany({
    where: { title: { startsWith: 'bench-signup-' } },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const communities = await db.community.findMany({ where: { companyId: { not: null } }, select: { id: true }, take: 200 });
  const [deepRow, deepNext] = [one(deep, 'complaints'), deep[1] ?? one(deep, 'complaints')];
  return {
    staff: one(await people(db, 'bench-staff'), 'staff'),
    admin: one(await people(db, 'bench-admin'), 'admin'),
    companyAdmin: one(await people(db, 'bench-company-admin'), 'company admin'),
    correspondent: one(await people(db, 'bench-correspondent'), 'correspondent'),
    residents: await people(db, 'bench-resident'),
    workers: await people(db, 'bench-worker'),
    communityIds: communities.map((c) => c.id),
    articleId: one(article, 'published article').id,
    activityId: one(activity, 'published activity').id,
    signupActivityIds: signup.map((a) => a.id),
    complaintCount,
    deepComplaint: { id: deepRow.id, createdAt: deepRow.createdAt.toISOString(), nextId: deepNext.id },
  };
}

/** Signed access tokens for each caller, made with the secret the server under test was given. */
export interface Tokens {
  staff: string;
  admin: string;
  companyAdmin: string;
  correspondent: string;
  residents: string[];
  workers: string[];
}

export async function signTokens(facts: Facts, secret: string, ttlSeconds = 3 * 3600): Promise<Tokens> {
  const sign = (p: Person) => signAccessToken({ userId: p.id, roles: p.roles, companyId: p.companyId }, secret, ttlSeconds);
  return {
    staff: await sign(facts.staff),
    admin: await sign(facts.admin),
    companyAdmin: await sign(facts.companyAdmin),
    correspondent: await sign(facts.correspondent),
    residents: await Promise.all(facts.residents.map(sign)),
    workers: await Promise.all(facts.workers.map(sign)),
  };
}
