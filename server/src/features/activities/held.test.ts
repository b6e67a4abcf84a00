import { createActivity } from '@wuxie/prisma/factories';
import { ACTIVITY_STATUSES, startOfChinaDay, wasHeld } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { heldSql, heldWhere } from './held.queries';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

describe('the database filters for held activities', () => {
  it('keep exactly what shared wasHeld keeps, within the start days, in Prisma and in SQL', async () => {
    const now = new Date('2031-05-20T04:00:00Z'); // 12:00 in Beijing
    const title = `held-${Date.now()}`;
    const periodStart = new Date('2031-05-09T16:00:00Z'); // 2031-05-10 00:00 in Beijing
    const starts = [
      new Date(periodStart.getTime() - 1), // the day before the period
      periodStart,
      new Date(now.getTime() - 1),
      now,
      new Date(now.getTime() + 1), // started a moment from now: not held yet
    ];
    const made = [];
    for (const status of ACTIVITY_STATUSES) {
      for (const startAt of starts)
        made.push(await createActivity(t.db, { title, status, startAt, endAt: new Date(startAt.getTime() + 3_600_000) }));
    }
    const from = '2031-05-10';
    const expected = made
      .filter((a) => wasHeld(a, now) && a.startAt >= startOfChinaDay(from))
      .map((a) => a.id)
      .sort((x, y) => x - y);
    expect(expected.length).toBe(6); // published and finished, each started at the three held instants

    const byPrisma = await t.db.activity.findMany({
      where: { title, ...heldWhere(now, { from, to: '2031-05-31' }) },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const bySql = await t.db.$queryRaw<
      { id: number }[]
    >`SELECT a."id" FROM "Activity" a WHERE a."title" = ${title} AND ${heldSql(now, { from, to: '2031-05-31' })} ORDER BY a."id"`;
    expect(byPrisma.map((r) => r.id)).toEqual(expected);
    expect(bySql.map((r) => r.id)).toEqual(expected);

    // A period that ended before now stops at its last day, not at now.
    const early = await t.db.$queryRaw<
      { id: number }[]
    >`SELECT a."id" FROM "Activity" a WHERE a."title" = ${title} AND ${heldSql(now, { from: '2031-05-01', to: '2031-05-09' })}`;
    expect(early.map((r) => r.id).sort((x, y) => x - y)).toEqual(
      made.filter((a) => wasHeld(a, now) && a.startAt < periodStart).map((a) => a.id),
    );
  });
});
