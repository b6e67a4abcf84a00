import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openPGlite } from './pglite';

/** The folder Prisma reads migrations from (see prisma.config.ts). */
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../migrations');

/**
 * The key `prisma migrate` itself locks on PostgreSQL, so our runner and a team member's
 * `prisma migrate deploy` also exclude each other.
 */
export const MIGRATION_LOCK_KEY = 72707369;

/** Where to apply migrations: a database URL or PGlite folder, or a PGlite instance already open. */
export type MigrationTarget =
  { databaseUrl?: string; dataDir?: string; migrationsDir?: string } | { pglite: PGlite; migrationsDir?: string };

/** A `migration.sql` read from disk. */
export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** Thrown when the database and the migrations folder disagree, or a migration fails. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

// Prisma's own bookkeeping table, column for column (schema-engine, postgres flavour), so the
// rows we write are the rows `prisma migrate deploy` would have written.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** The little SQL surface the runner needs, over PGlite or one pg connection. */
interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (simple query protocol, no parameters). */
  exec(sql: string): Promise<void>;
}
interface Session extends Queryable {
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
}

/** sha256 hex of the file, exactly what Prisma stores in `_prisma_migrations.checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** Reads `<dir>/*\/migration.sql` in Prisma's order (folder names, compared with localeCompare). */
export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if (isErrnoException(error) && error.code === 'ENOENT') return [];
    throw error;
  });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8').catch((error: unknown) => {
      throw new MigrationError(`Cannot read ${path.join(dir, name, 'migration.sql')}: ${errorMessage(error)}`);
    });
    migrations.push({ name, sql, checksum: migrationChecksum(sql) });
  }
  return migrations;
}

/**
 * Applies every migration of the folder not yet recorded in `_prisma_migrations`, in order, each
 * in its own transaction, recording it the way Prisma does. On PostgreSQL the whole run holds
 * Prisma's advisory lock, so servers starting together apply each migration once.
 */
export async function applyMigrations(
  target: MigrationTarget = {},
  log: (message: string) => void = () => {},
): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(target.migrationsDir ?? MIGRATIONS_DIR);
  if ('pglite' in target) return withPGliteQueue(target.pglite, () => run(pgliteSession(target.pglite), migrations, log));

  const url = target.databaseUrl;
  if (url !== undefined && isPostgresUrl(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const session = pgSession(client);
      const [free] = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK_KEY]);
      if (!free?.locked) {
        log('Another process is applying migrations; waiting for it to finish.');
        await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      }
      return await run(session, migrations, log);
    } finally {
      // Ending the session releases the advisory lock even if the unlock below never ran.
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
      await client.end();
    }
  }

  const dataDir = target.dataDir ?? url;
  if (dataDir !== undefined && !dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const pglite = openPGlite(dataDir);
  try {
    return await run(pgliteSession(pglite), migrations, log);
  } finally {
    await pglite.close();
  }
}

async function run(session: Session, migrations: MigrationFile[], log: (message: string) => void): Promise<{ applied: string[] }> {
  await session.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await session.query<MigrationRow>(
    'SELECT id, checksum, migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
  );
  const live = rows.filter((row) => row.rolled_back_at === null);

  const failed = live.filter((row) => row.finished_at === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migration_name).join(', ');
    throw new MigrationError(
      `Migration ${names} started but never finished (recorded as failed in _prisma_migrations). ` +
        'Repair the database by hand, then mark it rolled back (set rolled_back_at) to retry it, ' +
        'or finished (set finished_at) if the repair completed it.',
    );
  }

  const appliedRows = new Map(live.map((row) => [row.migration_name, row]));
  const edited = migrations.filter((m) => {
    const row = appliedRows.get(m.name);
    return row !== undefined && row.checksum !== m.checksum;
  });
  if (edited.length > 0) {
    throw new MigrationError(
      `Migration ${edited.map((m) => m.name).join(', ')} was changed after it was applied ` +
        '(the checksum of migration.sql differs from the one in _prisma_migrations). ' +
        'Restore the original file and put the change in a new migration.',
    );
  }
  const known = new Set(migrations.map((m) => m.name));
  for (const row of live) {
    if (!known.has(row.migration_name)) log(`Warning: ${row.migration_name} is applied but missing from the migrations folder.`);
  }

  const applied: string[] = [];
  for (const migration of migrations) {
    if (appliedRows.has(migration.name)) continue;
    await applyOne(session, migration);
    applied.push(migration.name);
    log(`Applied ${migration.name}`);
  }
  return { applied };
}

async function applyOne(session: Session, migration: MigrationFile): Promise<void> {
  try {
    await session.transaction(async (tx) => {
      const id = randomUUID();
      await tx.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
        [id, migration.checksum, migration.name],
      );
      await tx.exec(migration.sql);
      await tx.query('UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1', [id]);
    });
  } catch (error) {
    throw new MigrationError(
      `Migration ${migration.name} failed and was rolled back (migrations/${migration.name}/migration.sql` +
        `${sqlLocation(migration.sql, error)}): ${errorMessage(error)}`,
      { cause: error },
    );
  }
}

function pgliteSession(db: PGlite): Session {
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params?: unknown[]) => (await q.query<T>(sql, params)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return { ...wrap(db), transaction: (fn) => db.transaction((tx) => fn(wrap(tx))) };
}

function pgSession(client: pg.Client): Session {
  const q: Queryable = {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
  };
  return {
    ...q,
    transaction: async (fn) => {
      await client.query('BEGIN');
      try {
        const result = await fn(q);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
  };
}

// PGlite is one connection in this process: two runs on one instance would both see a migration
// as pending, so they take turns.
const pgliteQueues = new WeakMap<PGlite, Promise<unknown>>();
function withPGliteQueue<T>(db: PGlite, fn: () => Promise<T>): Promise<T> {
  const previous = pgliteQueues.get(db) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(fn);
  pgliteQueues.set(db, next);
  return next;
}

/** True for URLs `pg` can connect to; anything else is taken as a PGlite folder. */
export function isPostgresUrl(url: string): boolean {
  return url.startsWith('postgres://') || url.startsWith('postgresql://');
}

/** " line N" for a PostgreSQL error that carries a character position in the script. */
function sqlLocation(sql: string, error: unknown): string {
  if (typeof error !== 'object' || error === null || !('position' in error)) return '';
  const position = Number(error.position);
  if (!Number.isInteger(position) || position < 1) return '';
  return `, line ${sql.slice(0, position - 1).split('\n').length}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
