import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { PrismaClient } from '../generated/client';
import { clientOnPGlite, createDb } from './db';
import { applyMigrations, isPostgresUrl } from './migrate';
import { openPGlite } from './pglite';

export interface TestDb {
  db: PrismaClient;
  kind: 'pglite' | 'postgres';
  /** The throwaway database's URL (PostgreSQL only). */
  url?: string;
  /** Disconnects and throws the database away. */
  close(): Promise<void>;
}

/**
 * A fresh, fully migrated, empty database for one test (file). With TEST_DATABASE_URL set, a new
 * `wx_test_<random>` database on that server, dropped by `close()`; otherwise an in-memory PGlite.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl !== undefined && serverUrl !== '') {
    if (!isPostgresUrl(serverUrl)) throw new Error(`TEST_DATABASE_URL must be a postgres:// URL, got ${serverUrl}`);
    return createPostgresTestDb(serverUrl);
  }
  return createPGliteTestDb();
}

/**
 * For `afterAll`: closes the database its `beforeAll` made. The suite's `let t: TestDb` is still unset
 * when that `beforeAll` failed before assigning it (and `afterAll` runs all the same), hence `undefined` here.
 */
export async function closeTestDb(t: TestDb | undefined): Promise<void> {
  await t?.close();
}

async function createPostgresTestDb(serverUrl: string): Promise<TestDb> {
  const name = `wx_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl, name);
  try {
    await applyMigrations({ databaseUrl: url });
    const { db, close } = await createDb({ databaseUrl: url });
    return {
      db,
      kind: 'postgres',
      url,
      close: async () => {
        await close();
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  } catch (error) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    throw error;
  }
}

// Starting PGlite runs initdb (~1 s) and the migrations take as long again; restoring a dump of a
// migrated instance takes ~0.3 s. So the first call migrates one instance, later calls load its dump.
let templateDump: Promise<Blob> | undefined;

async function createPGliteTestDb(): Promise<TestDb> {
  templateDump ??= (async () => {
    const template = openPGlite();
    try {
      await applyMigrations({ pglite: template });
      return await template.dumpDataDir('none');
    } finally {
      await template.close();
    }
  })();
  const pglite = openPGlite(undefined, { loadDataDir: await templateDump });
  await pglite.waitReady;
  return clientOnPGlite(pglite);
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
