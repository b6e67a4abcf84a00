import { createActivity, createCompany, createRegistration, createUser } from '@wuxie/prisma/factories';
import { participationListSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { person, staffMember } from './members.test-kit';
import { companyParticipation } from './participation.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const HOUR = 3_600_000;
/** 10:00 Beijing on a day of 2020 (a year no other test uses). */
const day = (month: number, date: number) => new Date(Date.UTC(2020, month - 1, date, 2));

async function heldActivity(startAt: Date, overrides: Parameters<typeof createActivity>[1] = {}) {
  return createActivity(t.db, {
    startAt,
    endAt: new Date(startAt.getTime() + 3 * HOUR),
    signupStartAt: new Date(startAt.getTime() - 72 * HOUR),
    signupEndAt: new Date(startAt.getTime() - 24 * HOUR),
    status: 'finished',
    capacity: 50,
    ...overrides,
  });
}

describe('participation per company', () => {
  it('counts confirmed registrations, check-ins, people and activities per company for the period', async () => {
    const [a, b] = [await createCompany(t.db), await createCompany(t.db)];
    const [a1, a2, b1] = [
      await createUser(t.db, { companyId: a.id }),
      await createUser(t.db, { companyId: a.id }),
      await createUser(t.db, { companyId: b.id }),
    ];
    const march = await heldActivity(day(3, 10));
    const may = await heldActivity(day(5, 20));
    const checkedIn = new Date(day(3, 10).getTime() + HOUR);
    await createRegistration(t.db, { activityId: march.id, userId: a1.id, checkedInAt: checkedIn });
    await createRegistration(t.db, { activityId: march.id, userId: a2.id });
    await createRegistration(t.db, { activityId: may.id, userId: a1.id, checkedInAt: new Date(day(5, 20).getTime() + HOUR) });
    await createRegistration(t.db, { activityId: march.id, userId: b1.id, checkedInAt: checkedIn });
    // Not counted: a waitlisted sign-up, a cancelled activity, and an activity outside the period.
    await createRegistration(t.db, { activityId: may.id, userId: b1.id, status: 'waitlisted' });
    const cancelled = await heldActivity(day(4, 1), { status: 'cancelled' });
    await createRegistration(t.db, { activityId: cancelled.id, userId: b1.id });
    const july = await heldActivity(day(7, 1));
    await createRegistration(t.db, { activityId: july.id, userId: a2.id, checkedInAt: new Date(day(7, 1).getTime() + HOUR) });

    const rows = await companyParticipation(t.db, { from: '2020-01-01', to: '2020-06-30' });
    expect(rows.map((r) => [r.companyId, r.registrations, r.attendances, r.people, r.activities])).toEqual([
      [a.id, 3, 2, 1, 2],
      [b.id, 1, 1, 1, 1],
    ]);
    expect(rows[0]?.attendanceRate).toBeCloseTo(2 / 3);

    const year = await companyParticipation(t.db, { from: '2020-01-01', to: '2020-12-31' });
    expect(year.find((r) => r.companyId === a.id)).toMatchObject({ registrations: 4, attendances: 3, people: 2 });
  });

  it('is served to staff for a period, and refused to company admins', async () => {
    const staff = await staffMember(t);
    const res = await t.call('GET', '/api/members/participation?from=2020-01-01&to=2020-06-30', { token: staff.token });
    expect(res.status).toBe(200);
    expect(participationListSchema.parse(await readJson(res))).toMatchObject({ from: '2020-01-01', to: '2020-06-30' });
    const reversed = await t.call('GET', '/api/members/participation?from=2020-07-01&to=2020-06-30', { token: staff.token });
    expect(reversed.status).toBe(422);
    const impossible = await t.call('GET', '/api/members/participation?from=2020-02-30&to=2020-06-30', { token: staff.token });
    expect(impossible.status).toBe(422);
    const admin = await person(t, { roles: ['company_admin'], companyId: (await createCompany(t.db)).id });
    expect((await t.call('GET', '/api/members/participation?from=2020-01-01&to=2020-06-30', { token: admin.token })).status).toBe(403);
  });
});
