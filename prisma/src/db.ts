import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient, type Prisma } from '../generated/client';
import { applyMigrations, isPostgresUrl } from './migrate';
import { openPGlite } from './pglite';

/** The Prisma client type every feature receives. */
export type Db = PrismaClient;

export type DbKind = 'pglite' | 'postgres';

export interface CreateDbOptions {
  /** `postgres://` or `postgresql://` → PostgreSQL through a pg pool; anything else is ignored for PGlite. */
  databaseUrl?: string;
  /** Most PostgreSQL connections this process opens (pg's default is 10). */
  poolMax?: number;
  /** PGlite folder (created if missing); `memory://` or undefined keeps the database in memory. */
  dataDir?: string;
  /** Log every query (Prisma's `query` event) to stdout. */
  log?: boolean;
  /** Apply pending migrations before returning, on the same connection (PGlite allows only one). */
  migrate?: boolean;
}

export interface DbHandle {
  db: PrismaClient;
  kind: DbKind;
  /** Migrations applied by `migrate: true`; empty otherwise. */
  applied: string[];
  close: () => Promise<void>;
}

/** Opens the process's database client: PostgreSQL when given a postgres URL, else PGlite. */
export async function createDb(opts: CreateDbOptions = {}): Promise<DbHandle> {
  const { databaseUrl, log = false, migrate = false } = opts;
  if (databaseUrl !== undefined && isPostgresUrl(databaseUrl)) {
    const applied = migrate ? (await applyMigrations({ databaseUrl })).applied : [];
    // One pool, shared by Prisma's adapter and the few hot transactions sent past Prisma (rawTransaction).
    const pool = new pg.Pool({ connectionString: databaseUrl, ...(opts.poolMax ? { max: opts.poolMax } : {}) });
    const db = newClient(new PrismaPg(pool), log);
    pools.set(db, pool);
    // pool.end() resolves before its connections have closed; close() waits for the last one, so
    // whoever drops the database next (tests) does not kill a connection still saying goodbye.
    let open = 0;
    let allClosed: (() => void) | undefined;
    pool.on('connect', () => (open += 1));
    pool.on('remove', () => {
      open -= 1;
      if (open === 0) allClosed?.();
    });
    return {
      db,
      kind: 'postgres',
      applied,
      close: async () => {
        await db.$disconnect();
        const closed = open === 0 ? Promise.resolve() : new Promise<void>((resolve) => (allClosed = resolve));
        await pool.end();
        await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      },
    };
  }

  const dataDir = opts.dataDir === undefined || opts.dataDir.startsWith('memory://') ? undefined : opts.dataDir;
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const pglite = openPGlite(dataDir);
  const applied = migrate ? (await applyMigrations({ pglite })).applied : [];
  return { ...clientOnPGlite(pglite, log), applied };
}

/** A Prisma client over a PGlite instance; `close()` also shuts the instance down. */
export function clientOnPGlite(pglite: PGlite, log = false): { db: PrismaClient; kind: 'pglite'; close: () => Promise<void> } {
  const db = newClient(new PrismaPGlite(pglite), log);
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

const pools = new WeakMap<PrismaClient, pg.Pool>();

/** Runs one statement inside a rawTransaction and returns its rows. */
export type RawQuery = <T>(statement: Prisma.Sql) => Promise<T[]>;

/**
 * Runs `work` in one transaction (READ COMMITTED). On PostgreSQL its statements go straight through
 * one pooled `pg` connection (BEGIN … COMMIT, ROLLBACK when `work` or COMMIT throws; a connection
 * that cannot even roll back is discarded, not returned to the pool); elsewhere through Prisma's
 * interactive transaction (PGlite's single connection must stay Prisma's). Prisma 7's client
 * engine spends ~0.7 ms of CPU per raw query, three times a bare `pg` query; this is for the hot
 * paths where that shows (the sign-up batches). Rows come back as `pg` parses them on PostgreSQL:
 * write timestamps as `col AT TIME ZONE 'UTC'` so both paths give the same Date, cast enums to
 * text, and expect numeric as string.
 */
export async function rawTransaction<R>(db: PrismaClient, work: (query: RawQuery) => Promise<R>): Promise<R> {
  const pool = pools.get(db);
  // PGlite has one connection, so transactions queue for it: wait longer than Prisma's 2 s default.
  if (!pool)
    return db.$transaction((tx) => work(<T>(statement: Prisma.Sql) => tx.$queryRaw<T[]>(statement)), { maxWait: 15_000, timeout: 20_000 });
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(async <T>(statement: Prisma.Sql) => (await client.query(statement.text, statement.values)).rows as T[]);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    client.release(broken);
  }
}

function newClient(adapter: SqlDriverAdapterFactory, log: boolean): PrismaClient {
  const options: Prisma.PrismaClientOptions = { adapter, log: log ? ['query', 'info', 'warn', 'error'] : ['warn', 'error'] };
  return new PrismaClient(options);
}
