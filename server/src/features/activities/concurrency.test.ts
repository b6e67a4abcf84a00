import { createCompany } from '@wuxie/prisma/factories';
import { rosterSchema, signupResultSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { openActivity, staffMember, tokenOf } from './activities.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const PEOPLE = 1000;
const SEATS = 50;

async function workers(n: number) {
  const company = await createCompany(t.db);
  const tag = `crowd-${company.id}`;
  await t.db.user.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      name: `员工${i}`,
      roles: ['worker' as const],
      companyId: company.id,
      username: `${tag}-${i}`,
    })),
  });
  const users = await t.db.user.findMany({
    where: { username: { startsWith: `${tag}-` } },
    select: { id: true, roles: true, companyId: true },
    orderBy: { id: 'asc' },
  });
  return Promise.all(users.map(async (u) => ({ ...u, token: await tokenOf(t, u) })));
}

describe(`${PEOPLE} people pressing the button at once for ${SEATS} seats`, () => {
  it(
    'confirms exactly the seats, waitlists everyone else in one consistent order, and promotes in that order',
    { timeout: 600_000 },
    async () => {
      const activity = await openActivity(t.db, { capacity: SEATS, audience: 'member_workers' });
      const crowd = await workers(PEOPLE);

      const answers = await Promise.all(
        crowd.map(async (w) => {
          const res = await t.call('POST', `/api/activities/${activity.id}/registrations`, { token: w.token, body: { extra: {} } });
          expect(res.status).toBe(201);
          return signupResultSchema.parse(await readJson(res));
        }),
      );

      const confirmed = answers.filter((a) => a.status === 'confirmed');
      const waitlisted = answers.filter((a) => a.status === 'waitlisted');
      expect(confirmed).toHaveLength(SEATS);
      expect(waitlisted).toHaveLength(PEOPLE - SEATS);
      expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(SEATS);
      expect(await t.db.registration.count({ where: { activityId: activity.id, status: 'confirmed' } })).toBe(SEATS);

      // The waitlist has one order (distinct places), and each person was told exactly their place in
      // it: a sign-up batch counts the line under the activity row lock, after everyone ahead committed.
      const rows = await t.db.registration.findMany({
        where: { activityId: activity.id, status: 'waitlisted' },
        orderBy: { waitlistSeq: 'asc' },
        select: { id: true, waitlistSeq: true },
      });
      expect(new Set(rows.map((r) => r.waitlistSeq)).size).toBe(PEOPLE - SEATS);
      const told = new Map(waitlisted.map((a) => [a.id, a.waitlistPosition ?? 0]));
      expect(rows.map((r) => told.get(r.id))).toEqual(rows.map((_, i) => i + 1));

      // Ten seats freed at once go to the first ten in that order; the count never moves.
      const staff = await staffMember(t);
      const leaving = confirmed.slice(0, 10);
      const owners = new Map(crowd.map((w) => [w.id, w.token]));
      const regs = await t.db.registration.findMany({
        where: { id: { in: leaving.map((l) => l.id) } },
        select: { id: true, userId: true },
      });
      const cancels = await Promise.all(
        regs.map((r) => t.call('POST', `/api/registrations/${r.id}/cancel`, { token: owners.get(r.userId) })),
      );
      expect(cancels.map((r) => r.status)).toEqual(Array(10).fill(200));
      const promoted = await t.db.registration.findMany({
        where: { activityId: activity.id, promotedAt: { not: null } },
        select: { id: true },
      });
      expect(promoted.map((p) => p.id).sort((a, b) => a - b)).toEqual(
        rows
          .slice(0, 10)
          .map((r) => r.id)
          .sort((a, b) => a - b),
      );
      expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(SEATS);

      const roster = rosterSchema.parse(
        await readJson(await t.call('GET', `/api/activities/${activity.id}/roster?status=waitlisted`, { token: staff.token })),
      );
      expect(roster.items.map((i) => i.waitlistPosition)).toEqual(Array.from({ length: PEOPLE - SEATS - 10 }, (_, i) => i + 1));
      expect(roster.items.map((i) => i.id)).toEqual(rows.slice(10).map((r) => r.id));
    },
  );
});
