import { createRegistration } from '@wuxie/prisma/factories';
import { checkInResultSchema, formatTicketCode } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { anyString } from '../../../test/matchers';
import { HOUR, memberWorker, openActivity, runningActivity, staffMember, tokenOf } from './activities.test-kit';
import { ticketCodeFor } from './ticket.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

async function ticketFor(activityId: number, status: 'confirmed' | 'waitlisted' = 'confirmed') {
  const w = await memberWorker(t);
  const reg = await createRegistration(t.db, { activityId, userId: w.user.id, status });
  return { reg, code: ticketCodeFor(t.env.jwtSecret, reg.id, reg.ticketNonce), worker: w };
}

describe('checking in by ticket code', () => {
  it('checks a confirmed ticket in once; a second scan says when', async () => {
    const staff = await staffMember(t);
    const activity = await runningActivity(t.db, { title: '签到测试培训' });
    const { reg, code, worker } = await ticketFor(activity.id);
    const first = await t.call('POST', '/api/check-ins', { token: staff.token, body: { code, activityId: activity.id } });
    expect(first.status).toBe(200);
    expect(checkInResultSchema.parse(await readJson(first))).toMatchObject({
      alreadyCheckedIn: false,
      message: '签到成功',
      name: worker.user.name,
      activityTitle: '签到测试培训',
    });
    const second = checkInResultSchema.parse(
      await readJson(
        await t.call('POST', '/api/check-ins', { token: staff.token, body: { code: code.toLowerCase().replaceAll('-', ' ') } }),
      ),
    );
    expect(second.alreadyCheckedIn).toBe(true);
    expect(second.message).toMatch(/^已于 \d\d:\d\d 签到$/);
    const row = await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(row.checkedInById).toBe(staff.user.id);
  });

  it('records one check-in when two phones scan the same ticket at once', async () => {
    const staff = await staffMember(t);
    const activity = await runningActivity(t.db);
    const { code } = await ticketFor(activity.id);
    const answers = await Promise.all(
      [1, 2, 3].map(() => t.call('POST', '/api/check-ins', { token: staff.token, body: { code } }).then(readJson)),
    );
    expect(answers.filter((a) => a.alreadyCheckedIn === false)).toHaveLength(1);
    const audit = await t.db.auditLog.findMany({ where: { action: 'registration.check_in', actorId: staff.user.id } });
    expect(audit).toHaveLength(1);
    // Like every audited action, it carries the request's id, so the trail leads to the logs.
    expect(audit[0]).toMatchObject({ entity: 'registration', requestId: anyString() });
  });

  it('refuses forged, altered and guessed codes without saying whose they are', async () => {
    const staff = await staffMember(t);
    const activity = await runningActivity(t.db);
    const { reg, code } = await ticketFor(activity.id);
    const sig = code.split('-').slice(1).join('');
    const flipped = sig.slice(0, 9) + (sig.endsWith('A') ? 'B' : 'A');
    const forged = [
      formatTicketCode(reg.id, flipped),
      formatTicketCode(reg.id + 1, sig),
      formatTicketCode(reg.id, '0000000000'),
      formatTicketCode(999999, sig),
    ];
    for (const bad of forged) {
      const res = await t.call('POST', '/api/check-ins', { token: staff.token, body: { code: bad } });
      expect(res.status, bad).toBe(404);
      expect((await readJson(res)).message).toContain('票码无效');
    }
    const malformed = await t.call('POST', '/api/check-ins', { token: staff.token, body: { code: 'hello' } });
    expect(malformed.status).toBe(422);
    expect((await readJson(malformed)).message).toContain('票码格式不正确');
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } })).checkedInAt).toBeNull();
  });

  it('voids the old code when a registration is cancelled and made again', async () => {
    const staff = await staffMember(t);
    const activity = await openActivity(t.db);
    const w = await memberWorker(t);
    const first = await readJson(await t.call('POST', `/api/activities/${activity.id}/registrations`, { token: w.token, body: {} }));
    await t.call('POST', `/api/registrations/${String(first.id)}/cancel`, { token: w.token });
    await t.call('POST', `/api/activities/${activity.id}/registrations`, { token: w.token, body: {} });
    await t.db.activity.update({
      where: { id: activity.id },
      data: {
        startAt: new Date(Date.now() - HOUR),
        endAt: new Date(Date.now() + HOUR),
        signupEndAt: new Date(Date.now() - 2 * HOUR),
        signupStartAt: new Date(Date.now() - 3 * HOUR),
      },
    });
    const res = await t.call('POST', '/api/check-ins', { token: staff.token, body: { code: String(first.ticketCode) } });
    expect(res.status).toBe(404);
  });

  it('opens two hours before the start, closes at the end, and refuses the waitlist and other activities', async () => {
    const staff = await staffMember(t);
    const soon = await openActivity(t.db, {
      startAt: new Date(Date.now() + 3 * HOUR),
      endAt: new Date(Date.now() + 5 * HOUR),
      signupEndAt: new Date(Date.now() + 2 * HOUR),
    });
    const early = await t.call('POST', '/api/check-ins', { token: staff.token, body: { code: (await ticketFor(soon.id)).code } });
    expect(early.status).toBe(409);
    expect((await readJson(early)).message).toMatch(/^签到将于 .+ 开始（活动开始前 2 小时）$/);

    const over = await runningActivity(t.db, { startAt: new Date(Date.now() - 3 * HOUR), endAt: new Date(Date.now() - 60_000) });
    const late = await t.call('POST', '/api/check-ins', { token: staff.token, body: { code: (await ticketFor(over.id)).code } });
    expect((await readJson(late)).message).toBe('活动已结束，不能再签到');

    const now = await runningActivity(t.db);
    const waiting = await t.call('POST', '/api/check-ins', {
      token: staff.token,
      body: { code: (await ticketFor(now.id, 'waitlisted')).code },
    });
    expect((await readJson(waiting)).message).toBe('此人仍在候补，未获得名额，不能签到');

    const other = await runningActivity(t.db, { title: '另一场' });
    const wrongPlace = await t.call('POST', '/api/check-ins', {
      token: staff.token,
      body: { code: (await ticketFor(other.id)).code, activityId: now.id },
    });
    expect((await readJson(wrongPlace)).message).toBe('这张票属于另一场活动「另一场」，不是本场的票');
  });

  it('is for staff only', async () => {
    const activity = await runningActivity(t.db);
    const { code, worker } = await ticketFor(activity.id);
    expect((await t.call('POST', '/api/check-ins', { token: worker.token, body: { code } })).status).toBe(403);
  });
});

describe('staff and company routes with bad input', () => {
  it('answer every malformed request with a 4xx and a Chinese message, never a 500', async () => {
    const staff = await staffMember(t);
    const activity = await runningActivity(t.db, { type: 'exam' });
    const { reg } = await ticketFor(activity.id);
    const admin = await memberWorker(t);
    await t.db.user.update({ where: { id: admin.user.id }, data: { roles: ['worker', 'company_admin'] } });
    const adminToken = await tokenOf(t, { ...admin.user, roles: ['worker', 'company_admin'] });
    const cases: [string, string, string, unknown?][] = [
      [staff.token, 'POST', '/api/check-ins', { code: 12345 }],
      [staff.token, 'POST', '/api/check-ins', { code: '1024-7KQ2M-X9PDA', activityId: 'abc' }],
      [staff.token, 'POST', '/api/check-ins', { code: 'x'.repeat(5000) }],
      [staff.token, 'POST', '/api/check-ins', 'not json'],
      [staff.token, 'PUT', `/api/registrations/${reg.id}/result`, { result: 'passed', score: '90' }],
      [staff.token, 'PUT', `/api/registrations/${reg.id}/result`, { result: 'passed', score: 90.25 }],
      [staff.token, 'PUT', '/api/registrations/abc/result', { result: 'passed' }],
      [staff.token, 'PUT', '/api/registrations/999999/result', { result: 'passed' }],
      [staff.token, 'GET', `/api/activities/${activity.id}/roster?status=bogus`],
      [staff.token, 'GET', `/api/activities/${activity.id}/roster?q=${'长'.repeat(40)}`],
      [staff.token, 'GET', '/api/activities/999999/roster'],
      [staff.token, 'GET', '/api/activities/999999/roster.xlsx'],
      [staff.token, 'GET', '/api/activity-figures?from=2024-01-01'],
      [staff.token, 'GET', '/api/activity-figures?from=2024/01/01&to=2024-02-01'],
      [staff.token, 'POST', `/api/activities/${activity.id}/cancel`, { reason: 5 }],
      [staff.token, 'POST', '/api/activities/999999/publish'],
      [adminToken, 'POST', `/api/activities/${activity.id}/company-registrations`, { people: 'everyone' }],
      [adminToken, 'POST', `/api/activities/${activity.id}/company-registrations`, { people: [] }],
      [adminToken, 'POST', `/api/activities/${activity.id}/company-registrations`, { people: [{ userId: 'x' }] }],
      [adminToken, 'GET', '/api/company/registrations?activityId=abc'],
      [adminToken, 'GET', '/api/activities/999999/company-candidates'],
      ['', 'GET', '/api/certificates/%E4%ZZ'],
      ['', 'GET', `/api/certificates/${'9'.repeat(300)}`],
    ];
    for (const [token, method, path, body] of cases) {
      const res = await t.call(method, path, { token: token || undefined, body });
      const answer = await readJson(res);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
      expect(String(answer.message)).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
