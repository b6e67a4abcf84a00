import { createRegistration, createUser } from '@wuxie/prisma/factories';
import { activityDetailSchema, registrationViewSchema, signupResultSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { HOUR, memberWorker, openActivity, person, tokenOf } from './activities.test-kit';
import { fillFreeSeats } from './waitlist.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

async function signUp(activityId: number, token: string, extra: Record<string, unknown> = {}) {
  const res = await t.call('POST', `/api/activities/${activityId}/registrations`, { token, body: { extra } });
  return { status: res.status, body: await readJson(res) };
}

describe('signing up', () => {
  it('confirms while seats remain, then waitlists with the position shown', async () => {
    const activity = await openActivity(t.db, { capacity: 2 });
    const [a, b, c] = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t)]);
    const first = await signUp(activity.id, a.token);
    expect(first.status).toBe(201);
    expect(signupResultSchema.parse(first.body)).toMatchObject({ status: 'confirmed', waitlistPosition: null, message: '报名成功' });
    expect(signupResultSchema.parse(first.body).ticketCode).toMatch(/^\d+-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await signUp(activity.id, b.token);
    const third = signupResultSchema.parse((await signUp(activity.id, c.token)).body);
    expect(third).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, ticketCode: null });
    expect(third.message).toContain('排第 1 位');
    expect(await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ confirmedCount: 2 });
  });

  it('answers a second tap with the existing registration, and concurrent taps leave one row and one seat', async () => {
    const activity = await openActivity(t.db, { capacity: 5 });
    const w = await memberWorker(t);
    const taps = await Promise.all(Array.from({ length: 8 }, () => signUp(activity.id, w.token)));
    expect(taps.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(taps.map((r) => r.body.id)).size).toBe(1);
    expect(await t.db.registration.count({ where: { activityId: activity.id } })).toBe(1);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(1);
    const again = await signUp(activity.id, w.token);
    expect(again.status).toBe(200);
    expect(again.body.message).toBe('您已报名过本活动：报名成功');
  });

  it('lets a person who cancelled sign up again while the window is open', async () => {
    const activity = await openActivity(t.db, { capacity: 1 });
    const w = await memberWorker(t);
    const first = await signUp(activity.id, w.token);
    await t.call('POST', `/api/registrations/${String(first.body.id)}/cancel`, { token: w.token });
    const again = await signUp(activity.id, w.token);
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, status: 'confirmed' });
    expect(again.body.ticketCode).not.toBe(first.body.ticketCode);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(1);
  });
});

describe('cancelling and the waitlist', () => {
  it('promotes the first waitlisted person in the same transaction and queues their notification', async () => {
    const activity = await openActivity(t.db, { capacity: 2, title: '物业服务标准化培训' });
    const people = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t), memberWorker(t)]);
    const regs = [];
    for (const p of people) regs.push(registrationViewSchema.parse((await signUp(activity.id, p.token)).body));
    const [a, , c, d] = regs;
    expect(regs.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

    const res = await t.call('POST', `/api/registrations/${a?.id}/cancel`, { token: people[0].token });
    expect(res.status).toBe(200);
    expect(registrationViewSchema.parse(await readJson(res)).status).toBe('cancelled');

    const promoted = await t.db.registration.findUniqueOrThrow({ where: { id: c?.id } });
    expect(promoted.status).toBe('confirmed');
    expect(promoted.promotedAt).not.toBeNull();
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(2);
    const notes = await t.db.notification.findMany({ where: { userId: { in: people.map((p) => p.user.id) }, kind: 'activity.promoted' } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: people[2].user.id, title: '候补成功，您已获得名额', pushStatus: 'pending' });
    expect(notes[0]?.payload).toMatchObject({ templateKey: 'waitlist_promoted' });

    const detail = activityDetailSchema.parse(
      await readJson(await t.call('GET', `/api/activities/${activity.id}`, { token: people[3].token })),
    );
    expect(detail.myRegistration).toMatchObject({ id: d?.id, status: 'waitlisted', waitlistPosition: 1 });
  });

  it('frees the seat when nobody is waiting', async () => {
    const activity = await openActivity(t.db, { capacity: 1, waitlistEnabled: false });
    const [a, b] = await Promise.all([memberWorker(t), memberWorker(t)]);
    const reg = await signUp(activity.id, a.token);
    expect((await signUp(activity.id, b.token)).body.message).toBe('名额已满，本活动不设候补');
    await t.call('POST', `/api/registrations/${String(reg.body.id)}/cancel`, { token: a.token });
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(0);
    expect((await signUp(activity.id, b.token)).body.status).toBe('confirmed');
  });

  it('lets people leave the waitlist and moves those behind them up', async () => {
    const activity = await openActivity(t.db, { capacity: 1 });
    const people = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t)]);
    const regs = [];
    for (const p of people) regs.push((await signUp(activity.id, p.token)).body);
    await t.call('POST', `/api/registrations/${String(regs[1]?.id)}/cancel`, { token: people[1].token });
    const detail = activityDetailSchema.parse(
      await readJson(await t.call('GET', `/api/activities/${activity.id}`, { token: people[2].token })),
    );
    expect(detail.myRegistration?.waitlistPosition).toBe(1);
    expect(detail.waitlistCount).toBe(1);
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(1);
  });

  it('gives a seat found free while people wait to the first in line, and tells them', async () => {
    // The state a sign-up batch hands to fillFreeSeats when it finds a free seat while people wait.
    const activity = await openActivity(t.db, { capacity: 2 });
    const [a, b, c] = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t)]);
    await createRegistration(t.db, { activityId: activity.id, userId: a.user.id });
    const first = await createRegistration(t.db, { activityId: activity.id, userId: b.user.id, status: 'waitlisted', waitlistSeq: 10 });
    const second = await createRegistration(t.db, { activityId: activity.id, userId: c.user.id, status: 'waitlisted', waitlistSeq: 11 });
    expect(await fillFreeSeats(t.db, activity.id)).toBe(1);
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('confirmed');
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: second.id } })).status).toBe('waitlisted');
    expect((await t.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(2);
    expect(await t.db.notification.count({ where: { userId: b.user.id, kind: 'activity.promoted' } })).toBe(1);
    expect(await fillFreeSeats(t.db, activity.id)).toBe(0);
  });

  it('keeps to the cancel rule and to the person who holds the registration', async () => {
    const strict = await openActivity(t.db, { cancelRule: 'not_allowed' });
    const [a, b] = await Promise.all([memberWorker(t), memberWorker(t)]);
    const reg = await signUp(strict.id, a.token);
    const refused = await t.call('POST', `/api/registrations/${String(reg.body.id)}/cancel`, { token: a.token });
    expect(refused.status).toBe(409);
    expect((await readJson(refused)).message).toBe('本活动报名后不可取消；如有特殊情况请联系协会');
    const stranger = await t.call('POST', `/api/registrations/${String(reg.body.id)}/cancel`, { token: b.token });
    expect(stranger.status).toBe(404);
    const staff = await person(t, { roles: ['staff'] });
    expect((await t.call('POST', `/api/registrations/${String(reg.body.id)}/cancel`, { token: staff.token })).status).toBe(200);
  });
});

describe('who may sign up, and when', () => {
  it('refuses outside the window, for cancelled activities and for drafts, with clear messages', async () => {
    const w = await memberWorker(t);
    const later = await openActivity(t.db, { signupStartAt: new Date(Date.now() + 2 * HOUR) });
    const closed = await openActivity(t.db, { signupStartAt: new Date(Date.now() - 5 * HOUR), signupEndAt: new Date(Date.now() - HOUR) });
    const cancelled = await openActivity(t.db, { status: 'cancelled' });
    const draft = await openActivity(t.db, { status: 'draft' });
    const notOpen = await signUp(later.id, w.token);
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.message).toMatch(/^报名将于 \d+月\d+日 \d\d:\d\d 开始，请届时再来$/);
    expect((await signUp(closed.id, w.token)).body.message).toMatch(/^报名已于 .+ 截止$/);
    expect(await signUp(cancelled.id, w.token)).toMatchObject({ status: 409, body: { message: '活动已取消，不能报名' } });
    expect((await signUp(draft.id, w.token)).status).toBe(404);
  });

  it('keeps member-only activities to workers bound to a member company', async () => {
    const members = await openActivity(t.db, { audience: 'member_workers' });
    const resident = await person(t, { roles: ['resident'] });
    const unbound = await person(t, { roles: ['worker'] });
    const worker = await memberWorker(t);
    for (const outsider of [resident, unbound]) {
      const res = await signUp(members.id, outsider.token);
      expect(res.status).toBe(403);
      expect(res.body.message).toContain('仅限会员单位从业人员');
    }
    expect((await signUp(members.id, worker.token)).status).toBe(201);
    const everyone = await openActivity(t.db, { audience: 'everyone' });
    expect((await signUp(everyone.id, resident.token)).status).toBe(201);
  });

  it('checks the extra fields, naming the field, and stores them normalized', async () => {
    const exam = await openActivity(t.db, {
      type: 'exam',
      extraFields: [{ key: 'idNumber', label: '身份证号', kind: 'id_number', required: true }],
    });
    const w = await memberWorker(t);
    const missing = await signUp(exam.id, w.token);
    expect(missing.status).toBe(422);
    expect(missing.body.issues).toEqual([{ path: 'extra.idNumber', message: '请填写身份证号' }]);
    const wrong = await signUp(exam.id, w.token, { idNumber: '110105194912310021' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toContain('校验位');
    const ok = await signUp(exam.id, w.token, { idNumber: '11010519491231002x', nickname: 'ignored' });
    expect(ok.status).toBe(201);
    expect(ok.body.extra).toEqual({ idNumber: '11010519491231002X' });
  });

  it('refuses a text field holding a control character (PostgreSQL cannot store a NUL) with a 422, not a 500', async () => {
    const training = await openActivity(t.db, { extraFields: [{ key: 'post', label: '岗位', kind: 'text', required: false }] });
    const w = await memberWorker(t);
    for (const post of ['保安\u0000队长', '保安\u0007', '前台\u200b\u0085']) {
      const res = await signUp(training.id, w.token, { post });
      expect(res.status).toBe(422);
      expect(res.body.issues).toEqual([{ path: 'extra.post', message: '岗位含有不可见字符，请重新输入' }]);
    }
    const ok = await signUp(training.id, w.token, { post: '  保安队长  ' });
    expect(ok.status).toBe(201);
    expect(ok.body.extra).toEqual({ post: '保安队长' });
  });

  it('answers bad input of every kind with a 4xx and a Chinese message, never a 500', async () => {
    const activity = await openActivity(t.db);
    const w = await memberWorker(t);
    const cases: [string, string, { body?: unknown; token?: string; headers?: Record<string, string> }][] = [
      ['POST', '/api/activities/abc/registrations', { token: w.token, body: {} }],
      ['POST', '/api/activities/-1/registrations', { token: w.token, body: {} }],
      ['POST', '/api/activities/99999999999/registrations', { token: w.token, body: {} }],
      ['POST', '/api/activities/2147483000/registrations', { token: w.token, body: {} }],
      ['POST', `/api/activities/${activity.id}/registrations`, { token: w.token, body: '{not json' }],
      ['POST', `/api/activities/${activity.id}/registrations`, { token: w.token, body: { extra: 'x' } }],
      ['POST', `/api/activities/${activity.id}/registrations`, { token: w.token, body: [1, 2] }],
      ['POST', `/api/activities/${activity.id}/registrations`, { body: {} }],
      ['POST', '/api/registrations/0/cancel', { token: w.token }],
      ['POST', '/api/registrations/123456789/cancel', { token: w.token }],
      ['GET', '/api/activities?state=soon', {}],
      ['GET', '/api/activities?type=party', {}],
      ['GET', '/api/activities?limit=500', {}],
      ['GET', '/api/activities?cursor=abc', {}],
      ['GET', '/api/activities?status=draft', { token: w.token }],
      ['GET', '/api/activities/1.5', {}],
      ['GET', '/api/me/registrations?only=everything', { token: w.token }],
    ];
    for (const [method, path, opts] of cases) {
      const res = await t.call(method, path, opts);
      const body = await readJson(res);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(String(body.message), `${method} ${path}`).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});

describe('subscription templates', () => {
  it('tells the client which templates to ask for before signing up', async () => {
    const configured = await createTestApp({ WECHAT_TEMPLATE_WAITLIST_PROMOTED: 'TPL-promoted' });
    try {
      const token = await tokenOf(configured, await createUser(configured.db, { roles: ['worker'] }));
      expect(await readJson(await configured.call('GET', '/api/activity-subscription', { token }))).toEqual({
        waitlistPromoted: 'TPL-promoted',
        reminder: null,
      });
    } finally {
      await configured.close();
    }
  });
});

describe('my registrations', () => {
  it('lists mine with ticket codes for seats and positions for the waitlist', async () => {
    const full = await openActivity(t.db, { capacity: 1 });
    const roomy = await openActivity(t.db, { capacity: 10 });
    const other = await memberWorker(t);
    await createRegistration(t.db, { activityId: full.id, userId: other.user.id });
    const me = await memberWorker(t);
    await signUp(full.id, me.token);
    await signUp(roomy.id, me.token);
    const res = await readJson(await t.call('GET', '/api/me/registrations', { token: me.token }));
    const items = res.items as {
      registration: { status: string; ticketCode: string | null; waitlistPosition: number | null };
      activity: { id: number };
    }[];
    expect(items).toHaveLength(2);
    const byActivity = new Map(items.map((i) => [i.activity.id, i.registration]));
    expect(byActivity.get(full.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1, ticketCode: null });
    expect(byActivity.get(roomy.id)?.ticketCode).toMatch(/-/);
  });
});

describe('the sign-up rules cache', () => {
  it('applies a staff cancellation to the very next sign-up in this process', async () => {
    const activity = await openActivity(t.db, { capacity: 10 });
    const [a, b] = await Promise.all([memberWorker(t), memberWorker(t)]);
    const staff = await person(t, { roles: ['staff'] });
    expect((await signUp(activity.id, a.token)).status).toBe(201);
    const cancel = await t.call('POST', `/api/activities/${activity.id}/cancel`, { token: staff.token, body: { reason: '场地检修' } });
    expect(cancel.status).toBe(200);
    expect(await signUp(activity.id, b.token)).toMatchObject({ status: 409, body: { message: '活动已取消，不能报名' } });
  });

  it('never confirms a seat or a cancelled activity on rules another instance changed (the statement decides)', async () => {
    const activity = await openActivity(t.db, { capacity: 1, waitlistEnabled: false });
    const [a, b, c] = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t)]);
    expect((await signUp(activity.id, a.token)).status).toBe(201);
    // The cache now holds the activity; the seat is gone, which the cached copy does not know.
    expect(await signUp(activity.id, b.token)).toMatchObject({ status: 409, body: { message: '名额已满，本活动不设候补' } });
    // Cancelled behind this process's back (as another server instance would).
    await t.db.activity.update({ where: { id: activity.id }, data: { status: 'cancelled', capacity: 5 } });
    expect(await signUp(activity.id, c.token)).toMatchObject({ status: 409, body: { message: '活动已取消，不能报名' } });
    expect(await t.db.registration.count({ where: { activityId: activity.id, status: 'confirmed' } })).toBe(1);
  });

  it('gives a registered person their registration back on a second tap without a second row', async () => {
    const activity = await openActivity(t.db, { capacity: 5 });
    const a = await memberWorker(t);
    const first = await signUp(activity.id, a.token);
    const again = await signUp(activity.id, a.token);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(String(again.body.message)).toMatch(/^您已报名过本活动/);
    // The sign-up statement's timestamps read back as the instant they are (whatever the process's zone).
    expect(Math.abs(Date.parse(String(first.body.createdAt)) - Date.now())).toBeLessThan(60_000);
    expect(await t.db.registration.count({ where: { activityId: activity.id } })).toBe(1);
  });
});
