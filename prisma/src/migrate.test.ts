import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Prisma } from '../generated/client';
import { applyMigrations, MIGRATIONS_DIR, migrationChecksum, readMigrations } from './migrate';
import { openPGlite } from './pglite';

let pglite: PGlite;
let migrationsDir: string;
let emptyDatabase: Blob;

beforeAll(async () => {
  // initdb costs a second per instance; restoring a dump of a blank one costs a third of that.
  const blank = openPGlite();
  await blank.waitReady; // dumpDataDir on an instance still starting never resolves
  emptyDatabase = await blank.dumpDataDir('none');
  await blank.close();
});

beforeEach(async () => {
  pglite = openPGlite(undefined, { loadDataDir: emptyDatabase });
  // Tests that edit migrations work on a copy of the real folder.
  migrationsDir = await mkdtemp(path.join(tmpdir(), 'wx-migrations-'));
  await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
});

afterEach(async () => {
  await pglite.close();
  await rm(migrationsDir, { recursive: true, force: true });
});

async function tableNames(db: PGlite): Promise<string[]> {
  const { rows } = await db.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}

describe('applyMigrations on PGlite', () => {
  it('applies every migration of the folder to a fresh database and creates every model table', async () => {
    const folder = (await readMigrations()).map((m) => m.name);
    expect(folder.length).toBeGreaterThan(0);

    const { applied } = await applyMigrations({ pglite });

    expect(applied).toEqual(folder);
    const expected = [...Object.values(Prisma.ModelName), '_prisma_migrations'].sort();
    expect((await tableNames(pglite)).sort()).toEqual(expected);
  });

  it('records each migration the way Prisma does: sha256 checksum, finished, one step', async () => {
    await applyMigrations({ pglite });

    const { rows } = await pglite.query<{
      migration_name: string;
      checksum: string;
      started_at: Date;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>('SELECT migration_name, checksum, started_at, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations"');
    const files = await readMigrations();
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(files.map((m) => [m.name, m.checksum]));
    for (const row of rows) {
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    const first = files[0];
    if (first === undefined) throw new Error('no migrations');
    expect(first.checksum).toBe(migrationChecksum(await readFile(path.join(MIGRATIONS_DIR, first.name, 'migration.sql'), 'utf8')));
  });

  it('applies nothing when run a second time', async () => {
    await applyMigrations({ pglite });

    const second = await applyMigrations({ pglite });

    expect(second.applied).toEqual([]);
    const { rows } = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(rows[0]?.n).toBe((await readMigrations()).length);
  });

  it('applies each migration once when two runs on one instance overlap', async () => {
    const [a, b] = await Promise.all([applyMigrations({ pglite }), applyMigrations({ pglite })]);

    expect([...a.applied, ...b.applied]).toEqual((await readMigrations()).map((m) => m.name));
  });

  it('refuses to run when an applied migration.sql was edited afterwards', async () => {
    await applyMigrations({ pglite, migrationsDir });
    const [first] = await readMigrations(migrationsDir);
    if (first === undefined) throw new Error('no migrations');
    const file = path.join(migrationsDir, first.name, 'migration.sql');
    await writeFile(file, `${await readFile(file, 'utf8')}\n-- edited later\n`);

    await expect(applyMigrations({ pglite, migrationsDir })).rejects.toThrow(
      new RegExp(`Migration ${first.name} was changed after it was applied`),
    );
  });

  it('rolls a failing migration back completely and names the file, the line and the reason', async () => {
    await applyMigrations({ pglite, migrationsDir });
    const broken = '29991231000000_broken';
    await mkdir(path.join(migrationsDir, broken));
    await writeFile(
      path.join(migrationsDir, broken, 'migration.sql'),
      '-- CreateTable\nCREATE TABLE "HalfDone" ("id" INTEGER);\n\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );

    const run = applyMigrations({ pglite, migrationsDir });

    await expect(run).rejects.toThrow(/Migration 29991231000000_broken failed and was rolled back/);
    await expect(run).rejects.toThrow(/migration\.sql, line 4\): relation "NoSuchTable" does not exist/);
    expect(await tableNames(pglite)).not.toContain('HalfDone');
    const { rows } = await pglite.query('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1', [broken]);
    expect(rows).toHaveLength(0);
  });

  it('refuses to run past a migration Prisma recorded as failed', async () => {
    await applyMigrations({ pglite });
    await pglite.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('x', 'y', '29991231000000_failed', now())`,
    );

    await expect(applyMigrations({ pglite })).rejects.toThrow(/29991231000000_failed started but never finished/);
  });

  it('persists to a PGlite folder given as dataDir', async () => {
    const dataDir = path.join(migrationsDir, 'pgdata');

    expect((await applyMigrations({ dataDir })).applied).toHaveLength((await readMigrations()).length);
    expect((await applyMigrations({ dataDir })).applied).toEqual([]);
  });
});
