import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createDb, type DbHandle, type PrismaClient } from '@wuxie/prisma';
import { generate, readMarker } from '../generate';
import { repoRoot } from './processes';
import { GENERATOR_VERSION, SIGNUP_ACTIVITIES, type Scale } from './scales';

export type DbKind = 'pglite' | 'postgres';

/** The value of a `--db` option. */
export function parseDbKind(value: string): DbKind {
  if (value !== 'pglite' && value !== 'postgres') throw new Error(`--db must be pglite or postgres, got ${value}`);
  return value;
}

/** Where one scale's generated data lives: a wx_bench_<scale> database, or a PGlite folder under .data/. */
export interface BenchDb {
  kind: DbKind;
  scale: Scale;
  databaseUrl?: string;
  dataDir?: string;
  label: string;
}

export function benchDb(kind: DbKind, scale: Scale, pgServerUrl: string, suffix = ''): BenchDb {
  const name = `wx_bench_${scale.name}${suffix}`;
  if (kind === 'postgres') {
    const url = new URL(pgServerUrl);
    url.pathname = `/${name}`;
    return { kind, scale, databaseUrl: url.toString(), label: `PostgreSQL database ${name}` };
  }
  const dataDir = path.join(repoRoot, '.data', `bench-pglite-${scale.name}${suffix}`);
  return { kind, scale, dataDir, label: `PGlite folder ${path.relative(repoRoot, dataDir)}` };
}

/** Runs statements on the server's maintenance database (CREATE/DROP DATABASE cannot run inside one). */
async function adminQuery<T = unknown>(pgServerUrl: string, sql: string, read = false): Promise<T[]> {
  const handle = await createDb({ databaseUrl: pgServerUrl });
  try {
    if (read) return await handle.db.$queryRawUnsafe<T[]>(sql);
    await handle.db.$executeRawUnsafe(sql);
    return [];
  } finally {
    await handle.close();
  }
}

function dbName(target: BenchDb): string {
  return new URL(target.databaseUrl ?? '').pathname.slice(1);
}

export function openBenchDb(target: BenchDb, migrate = true): Promise<DbHandle> {
  return createDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir, migrate });
}

/** Throws the generated data away (drops the database or deletes the PGlite folder). */
export async function dropBenchDb(target: BenchDb, pgServerUrl: string): Promise<void> {
  if (target.kind === 'postgres') await adminQuery(pgServerUrl, `DROP DATABASE IF EXISTS "${dbName(target)}" WITH (FORCE)`);
  else if (target.dataDir) await rm(target.dataDir, { recursive: true, force: true });
}

/**
 * Makes sure the target holds this scale's generated data: reuses it when a previous run's marker
 * matches (unless `fresh`), otherwise rebuilds it from nothing. Returns generation seconds (0 when reused).
 */
export async function ensureGenerated(target: BenchDb, pgServerUrl: string, fresh: boolean, log: (l: string) => void): Promise<number> {
  if (!fresh) {
    const reused = await tryReuse(target, pgServerUrl);
    if (reused) {
      log(`reusing ${target.label} (generated earlier at scale ${target.scale.name})`);
      return 0;
    }
  }
  await dropBenchDb(target, pgServerUrl);
  if (target.kind === 'postgres') await adminQuery(pgServerUrl, `CREATE DATABASE "${dbName(target)}"`);
  const handle = await openBenchDb(target);
  try {
    return (await generate(handle.db, target.scale, log)).seconds;
  } finally {
    await handle.close();
  }
}

async function tryReuse(target: BenchDb, pgServerUrl: string): Promise<boolean> {
  if (target.kind === 'postgres') {
    const exists = await adminQuery(pgServerUrl, `SELECT 1 FROM pg_database WHERE datname = '${dbName(target)}'`, true);
    if (exists.length === 0) return false;
  }
  let handle: DbHandle | undefined;
  try {
    handle = await openBenchDb(target);
    const marker = await readMarker(handle.db);
    return marker?.version === GENERATOR_VERSION && marker.scale === target.scale.name;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/**
 * Undo what an earlier load run left behind so the same database can be measured again: the
 * sign-up targets are emptied and the bench residents' own complaints removed (per-day limits).
 */
export async function resetLoadLeftovers(db: PrismaClient): Promise<void> {
  await db.$executeRawUnsafe(
    `DELETE FROM "Registration" WHERE "activityId" IN (SELECT id FROM "Activity" WHERE title LIKE 'bench-signup-%')`,
  );
  await db.$executeRawUnsafe(`UPDATE "Activity" SET "confirmedCount" = 0 WHERE title LIKE 'bench-signup-%'`);
  const mine = `SELECT c.id FROM "Complaint" c JOIN "User" u ON u.id = c."residentId" WHERE u.username LIKE 'bench-resident-%'`;
  for (const table of ['Upload', 'ComplaintFollowUp', 'ComplaintEvent']) {
    await db.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "complaintId" IN (${mine})`);
  }
  await db.$executeRawUnsafe(`DELETE FROM "Complaint" WHERE id IN (${mine})`);
  await db.$executeRawUnsafe(`DELETE FROM "Notification" WHERE "userId" IN (SELECT id FROM "User" WHERE username LIKE 'bench-%')`);
}

/** Seats taken per sign-up target, straight from the rows, to prove there was no overbooking. */
export async function seatCheck(
  db: PrismaClient,
): Promise<{ activities: number; overbooked: number; counterMismatch: number; confirmed: number; waitlisted: number }> {
  const rows = await db.$queryRawUnsafe<{ id: number; capacity: number; counter: number; confirmed: number; waitlisted: number }[]>(
    `SELECT a.id, a.capacity, a."confirmedCount" AS counter,
       count(r.id) FILTER (WHERE r.status = 'confirmed')::int AS confirmed,
       count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted
     FROM "Activity" a LEFT JOIN "Registration" r ON r."activityId" = a.id
     WHERE a.title LIKE 'bench-signup-%' GROUP BY a.id`,
  );
  if (rows.length !== SIGNUP_ACTIVITIES.count) throw new Error(`expected ${SIGNUP_ACTIVITIES.count} sign-up targets, found ${rows.length}`);
  return {
    activities: rows.length,
    overbooked: rows.filter((r) => r.confirmed > r.capacity).length,
    counterMismatch: rows.filter((r) => r.counter !== r.confirmed).length,
    confirmed: rows.reduce((s, r) => s + r.confirmed, 0),
    waitlisted: rows.reduce((s, r) => s + r.waitlisted, 0),
  };
}
