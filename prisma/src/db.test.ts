import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDb } from './db';
import { readMigrations } from './migrate';

describe('createDb', () => {
  it('keeps PGlite data in dataDir across reopening, migrating on the same instance', async () => {
    const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'wx-db-')), 'nested', 'pglite');
    try {
      const first = await createDb({ dataDir, migrate: true });
      expect(first.kind).toBe('pglite');
      expect(first.applied).toEqual((await readMigrations()).map((m) => m.name));
      await first.db.user.create({ data: { name: '李四' } });
      await first.close();

      const second = await createDb({ dataDir, migrate: true });
      try {
        expect(second.applied).toEqual([]);
        expect(await second.db.user.findMany({ select: { name: true } })).toEqual([{ name: '李四' }]);
      } finally {
        await second.close();
      }
    } finally {
      await rm(path.dirname(path.dirname(dataDir)), { recursive: true, force: true });
    }
  });

  it('keeps PGlite in memory when no dataDir is given', async () => {
    const handle = await createDb({ migrate: true });
    try {
      expect(handle.kind).toBe('pglite');
      expect(await handle.db.user.count()).toBe(0);
    } finally {
      await handle.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('connects to PostgreSQL for a postgres:// URL', async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const database = `wx_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    try {
      const url = new URL(process.env.TEST_DATABASE_URL ?? '');
      url.pathname = `/${database}`;
      const handle = await createDb({ databaseUrl: url.toString().replace(/^postgres:/, 'postgresql:'), migrate: true });
      try {
        expect(handle.kind).toBe('postgres');
        expect(handle.applied.length).toBeGreaterThan(0);
        await handle.db.user.create({ data: { name: '王五' } });
        expect(await handle.db.user.count()).toBe(1);
      } finally {
        await handle.close();
      }
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
