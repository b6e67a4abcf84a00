import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS_DIR, readMigrations } from './migrate';
import { createMigration, loadMigrationsList, loadSchemaEngine, SCHEMA_PATH, slugifyMigrationName } from './migrate-dev';
import { openPGlite } from './pglite';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'wx-migrate-dev-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('slugifyMigrationName', () => {
  it('turns free text into the folder-safe name the Prisma CLI would use', () => {
    expect(slugifyMigrationName('addPhoneToUser')).toBe('add_phone_to_user');
    expect(slugifyMigrationName('  Add complaint SLA! ')).toBe('add_complaint_sla');
    expect(slugifyMigrationName('投诉')).toBe('');
  });
});

describe('createMigration', () => {
  it('finds no changes between the committed migrations and schema.prisma', async () => {
    // Fails when someone edits schema.prisma without running `pnpm db:migrate:dev --name …`.
    const migrationsDir = path.join(workDir, 'migrations');
    await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });

    const result = await createMigration({ name: 'drift', migrationsDir });

    expect(result).toEqual({ name: null, path: null });
    expect((await readdir(migrationsDir)).sort()).toEqual((await readdir(MIGRATIONS_DIR)).sort());
  });

  it('writes the first migration and Prisma’s lock file into an empty folder', async () => {
    const migrationsDir = path.join(workDir, 'migrations');

    const result = await createMigration({ name: 'init', migrationsDir });

    expect(result.name).toMatch(/^\d{14}_init$/);
    expect(await readFile(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(
      await readFile(path.join(MIGRATIONS_DIR, 'migration_lock.toml'), 'utf8'),
    );
    const sql = await readFile(result.path ?? '', 'utf8');
    expect(sql).toContain('-- CreateTable\nCREATE TABLE "User" (');
  });

  it('writes only the difference when schema.prisma gains a field, and the result applies', async () => {
    const migrationsDir = path.join(workDir, 'migrations');
    await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schemaPath = path.join(workDir, 'schema.prisma');
    const schema = await readFile(SCHEMA_PATH, 'utf8');
    await writeFile(schemaPath, schema.replace('model Survey {', 'model Survey {\n  location String?'));

    const result = await createMigration({ name: 'addSurveyLocation', migrationsDir, schemaPath });

    expect(result.name).toMatch(/^\d{14}_add_survey_location$/);
    const sql = await readFile(result.path ?? '', 'utf8');
    expect(sql).toBe('-- AlterTable\nALTER TABLE "Survey" ADD COLUMN     "location" TEXT;\n');
    const pglite = openPGlite();
    try {
      const { applied } = await applyMigrations({ pglite, migrationsDir });
      expect(applied.at(-1)).toBe(result.name);
    } finally {
      await pglite.close();
    }
  });
});

describe('bookkeeping shared with Prisma’s own engine', () => {
  it('reads the rows applyMigrations writes as applied and unedited, and writes rows applyMigrations accepts', async () => {
    const names = (await readMigrations()).map((m) => m.name);
    const migrationsList = await loadMigrationsList(MIGRATIONS_DIR);
    const schemaText = await readFile(SCHEMA_PATH, 'utf8');
    const ours = openPGlite();
    const theirs = openPGlite();
    const disposers: Array<() => Promise<void>> = [];
    try {
      await applyMigrations({ pglite: ours });
      const { engine: engineOnOurs, dispose: disposeOurs } = await loadSchemaEngine(ours, SCHEMA_PATH, schemaText);
      disposers.push(disposeOurs);
      const diagnosis = await engineOnOurs.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      });
      expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
      expect((await engineOnOurs.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames).toEqual([]);

      const { engine: engineOnTheirs, dispose: disposeTheirs } = await loadSchemaEngine(theirs, SCHEMA_PATH, schemaText);
      disposers.push(disposeTheirs);
      expect((await engineOnTheirs.applyMigrations({ migrationsList, filters: NO_FILTERS })).appliedMigrationNames).toEqual(names);
      expect((await applyMigrations({ pglite: theirs })).applied).toEqual([]);

      const columns = (db: PGlite) =>
        db.query(
          `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
             FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
        );
      expect((await columns(ours)).rows).toEqual((await columns(theirs)).rows);
    } finally {
      for (const dispose of disposers) await dispose();
      await ours.close();
      await theirs.close();
    }
  });
});
