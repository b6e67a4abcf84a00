import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDb } from './testing';

const mode = process.env.TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'PGlite';

describe(`createTestDb on ${mode}`, () => {
  it('gives every call its own migrated, empty database', async () => {
    const first = await createTestDb();
    const second = await createTestDb();
    try {
      expect(await first.db.user.count()).toBe(0);
      await first.db.user.create({ data: { name: '张三', username: 'zhangsan' } });

      expect(await first.db.user.count()).toBe(1);
      expect(await second.db.user.count()).toBe(0);
      // Same unique key in the other database: no clash, so nothing is shared.
      await second.db.user.create({ data: { name: '张三', username: 'zhangsan' } });
      if (first.kind === 'postgres') expect(first.url).not.toBe(second.url);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('starts from the migrated schema, not from another test’s leftovers', async () => {
    const before = await createTestDb();
    await before.db.company.create({
      data: { name: '某物业公司', creditCode: '91350100M000100Y43', type: 'private' },
    });
    await before.close();

    const after = await createTestDb();
    try {
      expect(await after.db.company.count()).toBe(0);
      const applied = await after.db.$queryRaw<
        Array<{ n: number }>
      >`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
      expect(applied[0]?.n).toBeGreaterThan(0);
    } finally {
      await after.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('drops its PostgreSQL database on close', async () => {
    const testDb = await createTestDb();
    const name = new URL(testDb.url ?? '').pathname.slice(1);
    expect(name).toMatch(/^wx_test_[0-9a-f]+$/);

    await testDb.close();

    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(rows).toHaveLength(0);
    } finally {
      await admin.end();
    }
  });
});
