import { createCompany, createRegistration, createUser } from '@wuxie/prisma/factories';
import { activityFiguresSchema, companyCandidatesSchema, companyRegistrationListSchema, companySignupResultSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { HOUR, openActivity, person, staffMember } from './activities.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

async function companyWithAdmin() {
  const company = await createCompany(t.db);
  const admin = await person(t, { roles: ['worker', 'company_admin'], companyId: company.id });
  return { company, admin };
}

describe('company admins register their workers', () => {
  it('signs up several workers in one action, each on their own, with per-person results', async () => {
    const { company, admin } = await companyWithAdmin();
    const exam = await openActivity(t.db, {
      type: 'exam',
      capacity: 2,
      waitlistEnabled: false,
      audience: 'member_workers',
      extraFields: [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }],
    });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createUser(t.db, { roles: ['worker'], companyId: company.id })));
    const outsider = await createUser(t.db, { roles: ['worker'], companyId: (await createCompany(t.db)).id });
    const body = {
      people: [
        { userId: a?.id, extra: { idNumber: '11010519491231002X' } },
        { userId: b?.id, extra: { idNumber: '110105194912310021' } },
        { userId: outsider.id, extra: { idNumber: '11010519491231002X' } },
        { userId: c?.id, extra: { idNumber: '11010519491231002x' } },
      ],
    };
    const res = await t.call('POST', `/api/activities/${exam.id}/company-registrations`, { token: admin.token, body });
    const result = companySignupResultSchema.parse(await readJson(res));
    expect(result).toMatchObject({ succeeded: 2, failed: 2 });
    expect(result.results.map((r) => [r.userId, r.ok, r.status])).toEqual([
      [a?.id, true, 'confirmed'],
      [b?.id, false, null],
      [outsider.id, false, null],
      [c?.id, true, 'confirmed'],
    ]);
    expect(result.results[1]?.message).toContain('校验位');
    expect(result.results[2]?.message).toBe('不是本单位的在职员工，不能代为报名');
    const rows = await t.db.registration.findMany({ where: { activityId: exam.id } });
    expect(rows.every((r) => r.registeredById === admin.user.id && r.companyId === company.id)).toBe(true);

    const again = companySignupResultSchema.parse(
      await readJson(
        await t.call('POST', `/api/activities/${exam.id}/company-registrations`, {
          token: admin.token,
          body: { people: [{ userId: b?.id, extra: { idNumber: '11010519491231002X' } }] },
        }),
      ),
    );
    expect(again.results[0]?.message).toBe('名额已满，本活动不设候补');
  });

  it('sees only their own company: candidates, registrations (ID numbers masked)', async () => {
    const { company, admin } = await companyWithAdmin();
    const activity = await openActivity(t.db, { extraFields: [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }] });
    const mine = await createUser(t.db, { roles: ['worker'], companyId: company.id, name: '本单位员工' });
    const theirs = await createUser(t.db, { roles: ['worker'], companyId: (await createCompany(t.db)).id });
    await createRegistration(t.db, { activityId: activity.id, userId: mine.id, extra: { idNumber: '11010519491231002X' } });
    await createRegistration(t.db, { activityId: activity.id, userId: theirs.id });
    const candidates = companyCandidatesSchema.parse(
      await readJson(await t.call('GET', `/api/activities/${activity.id}/company-candidates`, { token: admin.token })),
    );
    expect(candidates.items.map((i) => i.userId).sort()).toEqual([admin.user.id, mine.id].sort());
    expect(candidates.items.find((i) => i.userId === mine.id)?.registration?.status).toBe('confirmed');
    const list = companyRegistrationListSchema.parse(
      await readJson(await t.call('GET', `/api/company/registrations?activityId=${activity.id}`, { token: admin.token })),
    );
    expect(list.items.map((i) => i.entry.name)).toEqual(['本单位员工']);
    expect(list.items[0]?.entry.extra.idNumber).toBe('110105********002X');
    const worker = await person(t, { roles: ['worker'], companyId: company.id });
    expect((await t.call('GET', '/api/company/registrations', { token: worker.token })).status).toBe(403);
    expect(
      (
        await t.call('POST', `/api/activities/${activity.id}/company-registrations`, {
          token: worker.token,
          body: { people: [{ userId: mine.id }] },
        })
      ).status,
    ).toBe(403);
    const dup = await t.call('POST', `/api/activities/${activity.id}/company-registrations`, {
      token: admin.token,
      body: { people: [{ userId: mine.id }, { userId: mine.id }] },
    });
    expect((await readJson(dup)).message).toContain('同一名员工被重复选择了');
  });

  it('refuses a bulk sign-up from an admin revoked since their token was issued, and registers nobody', async () => {
    const { company, admin } = await companyWithAdmin();
    const activity = await openActivity(t.db);
    const worker = await createUser(t.db, { roles: ['worker'], companyId: company.id });
    const staff = await staffMember(t);
    expect((await t.call('DELETE', `/api/companies/${company.id}/admins/${admin.user.id}`, { token: staff.token })).status).toBe(200);

    const res = await t.call('POST', `/api/activities/${activity.id}/company-registrations`, {
      token: admin.token,
      body: { people: [{ userId: worker.id }] },
    });
    expect(res.status).toBe(403);
    expect((await readJson(res)).message).toContain('您已不是该单位的企业管理员，不能为员工报名');
    expect(await t.db.registration.count({ where: { activityId: activity.id } })).toBe(0);
  });
});

describe('figures', () => {
  it('counts activities held by type, distinct people and companies, no-shows and the pass rate', async () => {
    const staff = await staffMember(t);
    // A day of its own, far from other tests' activities.
    const day = new Date(Date.UTC(2021, 2, 8, 2)); // 2021-03-08 10:00 Beijing
    const at = (h: number) => new Date(day.getTime() + h * HOUR);
    const base = { startAt: day, endAt: at(3), signupStartAt: at(-72), signupEndAt: at(-24), status: 'finished' as const };
    const training = await openActivity(t.db, { ...base, type: 'training' });
    const exam = await openActivity(t.db, { ...base, type: 'exam' });
    await openActivity(t.db, { ...base, type: 'training', status: 'cancelled' });
    const [c1, c2] = [await createCompany(t.db), await createCompany(t.db)];
    const people = await Promise.all([c1, c1, c2, c2].map((c) => createUser(t.db, { roles: ['worker'], companyId: c.id })));
    const [p1, p2, p3, p4] = people.map((p) => p.id) as [number, number, number, number];
    const reg = (activityId: number, userId: number, extra: Record<string, unknown> = {}) =>
      createRegistration(t.db, { activityId, userId, ...extra });
    await reg(training.id, p1, { checkedInAt: at(0) });
    await reg(training.id, p2, { checkedInAt: at(0) });
    await reg(training.id, p3);
    await reg(exam.id, p1, { checkedInAt: at(0), result: 'passed' });
    await reg(exam.id, p2, { checkedInAt: at(0), result: 'failed' });
    await reg(exam.id, p4, { checkedInAt: at(0), result: 'passed' });
    await reg(exam.id, p3, { status: 'waitlisted' });
    const res = await t.call('GET', '/api/activity-figures?from=2021-03-08&to=2021-03-08', { token: staff.token });
    const figures = activityFiguresSchema.parse(await readJson(res));
    expect(figures).toMatchObject({ activitiesHeld: 2, participants: 3, companies: 2, confirmed: 6, checkedIn: 5, sat: 3, passed: 2 });
    expect(figures.byType.find((b) => b.type === 'training')?.count).toBe(1);
    expect(figures.noShowRate).toBeCloseTo(1 / 6);
    expect(figures.passRate).toBeCloseTo(2 / 3);
    const bad = await t.call('GET', '/api/activity-figures?from=2021-03-09&to=2021-03-08', { token: staff.token });
    expect((await readJson(bad)).message).toContain('起始日期不能晚于截止日期');
    const empty = activityFiguresSchema.parse(
      await readJson(await t.call('GET', '/api/activity-figures?from=1999-01-01&to=1999-01-02', { token: staff.token })),
    );
    expect(empty).toMatchObject({ activitiesHeld: 0, noShowRate: null, passRate: null });
  });
});
