import { addWorkingDays, chinaDate, workCalendarDaySchema, workCalendarYearSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { containing } from '../../../test/matchers';
import { errorOf, file, login, world } from './complaints.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const put = (token: string, date: string, body: unknown) => t.call('PUT', `/api/complaints/work-calendar/${date}`, { token, body });
const remove = (token: string, date: string) => t.call('DELETE', `/api/complaints/work-calendar/${date}`, { token });
async function year(token: string, y: number) {
  const res = await t.call('GET', `/api/complaints/work-calendar?year=${y}`, { token });
  expect(res.status).toBe(200);
  return workCalendarYearSchema.parse(await res.json());
}

describe('the working-day calendar (staff)', () => {
  it('lists a year’s holidays and make-up working days by date, and only that year’s', async () => {
    const staff = await login(t, ['staff']);
    expect(await year(staff.token, 2031)).toEqual({ year: 2031, days: [] });
    // 2031-10-01 is a Wednesday, 2031-09-28 a Sunday, 2030-12-31 a Tuesday.
    for (const [date, body] of [
      ['2031-10-01', { isWorkday: false, note: '国庆节' }],
      ['2031-09-28', { isWorkday: true, note: '国庆调休上班' }],
      ['2030-12-31', { isWorkday: false, note: '元旦' }],
    ] as const) {
      const res = await put(staff.token, date, body);
      expect(res.status, await res.clone().text()).toBe(200);
      expect(workCalendarDaySchema.parse(await res.json())).toEqual({ date, ...body });
    }
    expect((await year(staff.token, 2031)).days).toEqual([
      { date: '2031-09-28', isWorkday: true, note: '国庆调休上班' },
      { date: '2031-10-01', isWorkday: false, note: '国庆节' },
    ]);
  });

  it('changes a day’s note in place, removes an override, and writes each change to the audit log', async () => {
    const staff = await login(t, ['staff']);
    expect((await put(staff.token, '2032-01-01', { isWorkday: false, note: '元旦' })).status).toBe(200);
    expect((await put(staff.token, '2032-01-01', { isWorkday: false, note: '元旦（周四）' })).status).toBe(200);
    expect((await year(staff.token, 2032)).days).toEqual([{ date: '2032-01-01', isWorkday: false, note: '元旦（周四）' }]);

    const removed = await remove(staff.token, '2032-01-01');
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ ok: true });
    expect((await year(staff.token, 2032)).days).toEqual([]);
    expect(await errorOf(await remove(staff.token, '2032-01-01'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: containing('2032-01-01'),
    });

    const audit = await t.db.auditLog.findMany({ where: { entity: 'work_calendar_day', entityId: '2032-01-01' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['work_calendar.set', staff.id],
      ['work_calendar.set', staff.id],
      ['work_calendar.remove', staff.id],
    ]);
    expect(audit[1]?.detail).toMatchObject({ before: { note: '元旦' }, after: { note: '元旦（周四）' } });
  });

  it('refuses overrides that would change nothing, impossible dates and bad years, naming what to fix', async () => {
    const staff = await login(t, ['staff']);
    // 2033-03-02 is a Wednesday, 2033-03-05 a Saturday.
    expect(await errorOf(await put(staff.token, '2033-03-02', { isWorkday: true }))).toMatchObject({
      status: 422,
      message: containing('星期三，本来就是工作日'),
    });
    expect(await errorOf(await put(staff.token, '2033-03-05', { isWorkday: false }))).toMatchObject({
      status: 422,
      message: containing('星期六，本来就不上班'),
    });
    expect(await errorOf(await put(staff.token, '2033-02-30', { isWorkday: false }))).toMatchObject({
      status: 422,
      message: containing('不是有效的日期'),
    });
    expect(await errorOf(await put(staff.token, '2033-03-02', {}))).toMatchObject({
      status: 422,
      message: containing('放假还是调休上班'),
    });
    expect(await errorOf(await put(staff.token, '2033-03-02', { isWorkday: false, note: '很长'.repeat(11) }))).toMatchObject({
      status: 422,
      message: containing('最多 20 个字'),
    });
    expect(await errorOf(await t.call('GET', '/api/complaints/work-calendar?year=1999', { token: staff.token }))).toMatchObject({
      status: 422,
      message: containing('2000–2100'),
    });
    expect(await t.db.workCalendarDay.count({ where: { date: { startsWith: '2033-' } } })).toBe(0);
  });

  it('is for staff only: residents and company admins are refused, anonymous callers asked to log in', async () => {
    const w = await world(t);
    for (const who of [w.resident, w.companyAdmin]) {
      expect((await t.call('GET', '/api/complaints/work-calendar?year=2034', { token: who.token })).status).toBe(403);
      expect((await put(who.token, '2034-01-02', { isWorkday: false })).status).toBe(403);
      expect((await remove(who.token, '2034-01-02')).status).toBe(403);
    }
    expect((await t.call('GET', '/api/complaints/work-calendar?year=2034')).status).toBe(401);
    expect(await t.db.workCalendarDay.count({ where: { date: '2034-01-02' } })).toBe(0);
  });

  it('moves the acceptance deadline of complaints filed afterwards past a new holiday', async () => {
    const w = await world(t);
    const before = await file(t, w.resident, w.community.id);
    const due = chinaDate(new Date(before.acceptDueAt));
    // Without overrides the deadline is one working day later: the next weekday.
    expect(due).toBe(chinaDate(addWorkingDays(new Date(before.createdAt), 1, new Map())));

    expect((await put(w.staff.token, due, { isWorkday: false, note: '临时放假' })).status).toBe(200);
    const after = await file(t, w.resident, w.community.id);
    const nextDue = chinaDate(new Date(after.acceptDueAt));
    expect(nextDue > due).toBe(true);
    expect(nextDue).toBe(chinaDate(addWorkingDays(new Date(after.createdAt), 1, new Map([[due, false]]))));
    // The complaint filed before keeps its deadline.
    expect((await t.db.complaint.findUniqueOrThrow({ where: { id: before.id } })).acceptDueAt.toISOString()).toBe(
      new Date(before.acceptDueAt).toISOString(),
    );
  });
});
