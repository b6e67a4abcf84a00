/**
 * Fills a database with generated data for the benchmark, set-based (INSERT … SELECT …
 * generate_series), so a million complaints take a minute rather than an hour.
 *
 *   tsx bench/generate.ts [--scale small|full|k1] [--url postgres://…] [--dir <PGlite folder>]
 */
import { parseArgs } from 'node:util';
import { createDb, type PrismaClient } from '@wuxie/prisma';
import { createRandom, generateCreditCode, hashPassword } from '@wuxie/prisma/factories';
import {
  activitiesSql,
  articlesSql,
  communitiesSql,
  companiesSql,
  complaintsSql,
  registrationsSql,
  signupActivitiesSql,
  usersSql,
  type Ranges,
} from './lib/generate-sql';
import { BENCH_USERS, GENERATOR_VERSION, MARKER_KEY, parseScale, type Scale } from './lib/scales';

export interface GeneratedMarker {
  version: number;
  scale: string;
  counts: Record<string, number>;
  seconds: number;
}

/** The marker a previous run left, or null: lets the harness reuse a database it already filled. */
export async function readMarker(db: PrismaClient): Promise<GeneratedMarker | null> {
  const row = await db.cacheEntry.findUnique({ where: { key: MARKER_KEY } });
  if (!row) return null;
  const parsed: unknown = JSON.parse(row.value);
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed ? (parsed as GeneratedMarker) : null;
}

async function exec(db: PrismaClient, label: string, sql: string, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const rows = await db.$executeRawUnsafe(sql);
  log(`  ${label.padEnd(28)} ${String(rows).padStart(9)} rows  ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return rows;
}

async function idRange(db: PrismaClient, table: string, where: string, expected: number): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ lo: number; hi: number }[]>(
    `SELECT min(id)::int AS lo, max(id)::int AS hi FROM "${table}" WHERE ${where}`,
  );
  const row = rows[0];
  if (!row || row.hi - row.lo + 1 !== expected)
    throw new Error(`${table}: expected ${expected} contiguous ids, got ${JSON.stringify(row)}`);
  return row.lo - 1;
}

/** Beijing midnight of the current day, as an instant. */
function beijingTodayStart(now: Date): Date {
  const beijing = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate()) - 8 * 3600_000);
}

/**
 * The day tables behind the complaint figures are filled by the database's triggers during the
 * inserts above; this checks they add up to the rows and returns how many day rows there are.
 */
async function checkComplaintDayFigures(db: PrismaClient, log: (line: string) => void): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ received: number; rated: number; complaints: number; followups: number; day_rows: number }[]>(
    `SELECT (SELECT sum("received")::int FROM "ComplaintCategoryDay") AS received, (SELECT sum("rated")::int FROM "ComplaintCategoryDay") AS rated,
       (SELECT count(*)::int FROM "Complaint") AS complaints, (SELECT count(*)::int FROM "ComplaintFollowUp") AS followups,
       (SELECT count(*)::int FROM "ComplaintCompanyDay") + (SELECT count(*)::int FROM "ComplaintCategoryDay") AS day_rows`,
  );
  if (!row || row.received !== row.complaints || row.rated !== row.followups)
    throw new Error(`complaint day figures do not add up: ${JSON.stringify(row)}`);
  log(
    `  ${'complaint day figures'.padEnd(28)} ${String(row.day_rows).padStart(9)} rows  (filled by triggers; add up to ${row.complaints} complaints, ${row.followups} follow-ups)`,
  );
  return row.day_rows;
}

/** Writes every generated row for `scale` into an empty (migrated) database and leaves a marker. */
export async function generate(db: PrismaClient, scale: Scale, log: (line: string) => void = console.log): Promise<GeneratedMarker> {
  const existing = await db.user.count({ where: { username: { startsWith: 'bench-' } } });
  if (existing > 0) throw new Error('this database already holds generated data; use a fresh one');
  const started = performance.now();
  const now = new Date();
  const counts: Record<string, number> = {};
  log(`generating scale ${scale.name}`);

  const random = createRandom(20240612);
  const codes = new Set<string>();
  while (codes.size < scale.companies) codes.add(generateCreditCode(random));
  counts.companies = await exec(db, 'companies', companiesSql(scale, [...codes], now), log);
  const company0 = await idRange(db, 'Company', `name LIKE 'bench %'`, scale.companies);
  counts.communities = await exec(db, 'communities', communitiesSql(scale, { company0 }, now), log);
  const community0 = await idRange(db, 'Community', `name LIKE 'bench %'`, scale.communities);

  const passwordHash = await hashPassword(BENCH_USERS.password);
  counts.users = 0;
  for (const sql of usersSql(scale, { company0 }, passwordHash, now)) counts.users += await exec(db, 'users', sql, log);
  const userRange = (prefix: string, n: number) => idRange(db, 'User', `username LIKE '${prefix}-%'`, n);
  const ranges: Ranges = {
    company0,
    community0,
    resident0: await userRange('gen-resident', scale.residents),
    worker0: await userRange('gen-worker', scale.workers),
    staff0: await userRange('bench-staff', BENCH_USERS.staff),
    correspondent0: await userRange('bench-correspondent', BENCH_USERS.correspondents),
    activity0: 0,
  };

  counts.articles = await exec(db, 'articles', articlesSql(scale, ranges, now), log);
  counts.activities = await exec(db, 'activities', activitiesSql(scale, ranges, now), log);
  ranges.activity0 = await idRange(db, 'Activity', `title LIKE '物业服务标准化培训（第 %'`, scale.activities);
  const [registrations, seatCounts] = registrationsSql(scale, ranges);
  counts.registrations = await exec(db, 'registrations', registrations ?? '', log);
  await exec(db, 'activity seat counts', seatCounts ?? '', log);
  counts.signupActivities = await exec(db, 'sign-up target activities', signupActivitiesSql(ranges, now), log);

  const [complaints, events, followUps] = complaintsSql(scale, ranges, beijingTodayStart(now));
  counts.complaints = await exec(db, 'complaints', complaints ?? '', log);
  counts.complaintEvents = await exec(db, 'complaint events', events ?? '', log);
  counts.complaintFollowUps = await exec(db, 'complaint follow-ups', followUps ?? '', log);
  counts.complaintDayRows = await checkComplaintDayFigures(db, log);
  // VACUUM as well: a bulk load leaves the visibility map empty, so index-only scans (the complaint
  // figures' late-right-now count) would visit every heap page until autovacuum gets there, which
  // a database in service has long done (measured: 274 ms → 70 ms for a year's figures).
  await exec(db, 'vacuum analyze', 'VACUUM ANALYZE', log);

  const marker: GeneratedMarker = {
    version: GENERATOR_VERSION,
    scale: scale.name,
    counts,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  await db.cacheEntry.create({ data: { key: MARKER_KEY, value: JSON.stringify(marker), expiresAt: new Date('2999-01-01T00:00:00Z') } });
  log(`generated in ${marker.seconds} s`);
  return marker;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, url: { type: 'string' }, dir: { type: 'string' } },
  });
  if (!values.url && !values.dir) throw new Error('give --url postgres://… or --dir <PGlite folder>');
  const handle = await createDb({ databaseUrl: values.url, dataDir: values.dir, migrate: true });
  try {
    await generate(handle.db, parseScale(values.scale));
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
