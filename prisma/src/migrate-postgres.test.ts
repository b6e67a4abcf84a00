import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATION_LOCK_KEY, MIGRATIONS_DIR, readMigrations } from './migrate';

// Runs wherever TEST_DATABASE_URL names a PostgreSQL server (CI sets it); PGlite has no second connection.
const serverUrl = process.env.TEST_DATABASE_URL;
const PRISMA_DIR = path.resolve(import.meta.dirname, '..');

describe.skipIf(!serverUrl)('applyMigrations on PostgreSQL', () => {
  let admin: pg.Client;
  let database: string;
  let databaseUrl: string;

  beforeEach(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    database = `wx_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  });

  afterEach(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  async function migrationRows(): Promise<Array<{ migration_name: string; n: number }>> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string; n: number }>(
        'SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name',
      );
      return rows;
    } finally {
      await client.end();
    }
  }

  /**
   * Holds the migration lock while `start` launches competing runs, and lets go only once
   * `waiters` of them are queued on it, so they really do race for the same fresh database.
   */
  async function releaseWhenQueued<T>(waiters: number, start: () => Promise<T>): Promise<T> {
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const running = start();
      const deadline = Date.now() + 30_000;
      for (;;) {
        const { rows } = await holder.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
          [MIGRATION_LOCK_KEY],
        );
        if ((rows[0]?.n ?? 0) >= waiters) break;
        if (Date.now() > deadline) throw new Error(`Only ${rows[0]?.n ?? 0} of ${waiters} runs queued on the lock`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      return await running;
    } finally {
      await holder.end();
    }
  }

  it('applies each migration exactly once when two connections migrate a fresh database at the same time', async () => {
    const names = (await readMigrations()).map((m) => m.name);

    const [a, b] = await releaseWhenQueued(2, () => Promise.all([applyMigrations({ databaseUrl }), applyMigrations({ databaseUrl })]));

    expect([...a.applied, ...b.applied].sort()).toEqual(names);
    expect(await migrationRows()).toEqual(names.map((migration_name) => ({ migration_name, n: 1 })));
  });

  it('applies each migration exactly once when two server processes start at the same time', async () => {
    const names = (await readMigrations()).map((m) => m.name);

    const runs = await releaseWhenQueued(2, () => Promise.all([runMigrateCli(databaseUrl), runMigrateCli(databaseUrl)]));

    for (const run of runs) expect(run, run.output).toMatchObject({ code: 0 });
    const appliedBy = runs.filter((run) => run.output.includes('Applied '));
    expect(appliedBy).toHaveLength(1);
    expect(runs.filter((run) => run.output.includes('Nothing to apply'))).toHaveLength(1);
    expect(await migrationRows()).toEqual(names.map((migration_name) => ({ migration_name, n: 1 })));
  });

  it('rolls a failing migration back completely, schema changes included', async () => {
    const migrationsDir = await mkdtemp(path.join(tmpdir(), 'wx-migrations-'));
    try {
      await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
      const broken = '29991231000000_broken';
      await mkdir(path.join(migrationsDir, broken));
      await writeFile(
        path.join(migrationsDir, broken, 'migration.sql'),
        'CREATE TABLE "HalfDone" ("id" INTEGER);\nALTER TABLE "User" ADD COLUMN "nickname" TEXT;\nUPDATE "NoSuchTable" SET "id" = 1;\n',
      );

      await expect(applyMigrations({ databaseUrl, migrationsDir })).rejects.toThrow(
        /Migration 29991231000000_broken failed and was rolled back .*line 3\): relation "NoSuchTable" does not exist/,
      );

      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { rows } = await client.query(
          `SELECT 1 FROM information_schema.columns WHERE (table_name = 'HalfDone') OR (table_name = 'User' AND column_name = 'nickname')`,
        );
        expect(rows).toHaveLength(0);
      } finally {
        await client.end();
      }
      expect((await migrationRows()).map((row) => row.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
    }
  });
});

function runMigrateCli(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PRISMA_DIR, 'node_modules/.bin/tsx'), ['src/cli/migrate.ts'], {
      cwd: PRISMA_DIR,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
