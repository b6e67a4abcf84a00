import { complaintPageSchema } from '@wuxie/shared';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { anyString, containing } from '../../../test/matchers';
import { createWechatClient } from '../../integrations/wechat/wechat-client';
import { deliverDueNotifications } from '../notifications/notifications.service';
import { act, actOk, errorOf, file, login, toResolved, world } from './complaints.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WECHAT_TEMPLATE_COMPLAINT_PROGRESS: 'TPL-progress' });
});
afterAll(() => closeTestApp(t));

describe('the closed loop', () => {
  it('runs from filing to a satisfied rating, every step on the timeline with actor and note', async () => {
    const w = await world(t);
    const c = await toResolved(t, w);
    expect(c.allowedActions).toEqual(['remark']);
    expect((await readJson(await t.call('GET', `/api/complaints/${c.id}`, { token: w.resident.token }))).allowedActions).toEqual([
      'follow_up',
    ]);
    const closed = await actOk(t, w.resident, c.id, { action: 'follow_up', satisfaction: 'satisfied', comment: '修好了，谢谢' });
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 'satisfied', version: 5 });
    expect(closed.timeline.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([
      ['submit', null, 'submitted'],
      ['accept', 'submitted', 'accepted'],
      ['assign', 'accepted', 'assigned'],
      ['reply', 'assigned', 'replied'],
      ['resolve', 'replied', 'resolved'],
      ['follow_up', 'resolved', 'closed'],
    ]);
    expect(closed.timeline[3]).toMatchObject({ note: '已安排维保单位检修并更换主板。', actor: w.company.name });
    expect(closed.followUps).toEqual([
      expect.objectContaining({ round: 1, satisfaction: 'satisfied', method: 'self', comment: '修好了，谢谢' }),
    ]);
    expect(await t.db.auditLog.count({ where: { entity: 'complaint', entityId: String(c.id), actorId: w.staff.id } })).toBe(2);
  });

  it('reopens to the company on an unsatisfied rating and sends the second unsatisfied round to mediation', async () => {
    const w = await world(t);
    const c = await toResolved(t, w);
    const reopened = await actOk(t, w.resident, c.id, { action: 'follow_up', satisfaction: 'unsatisfied', comment: '下雨还是漏' });
    expect(reopened).toMatchObject({ status: 'reopened', reopenCount: 1 });
    expect(reopened.replyDueAt).not.toBeNull();
    await actOk(t, w.companyAdmin, c.id, { action: 'reply', reply: '已重新做防水层。' });
    await actOk(t, w.companyAdmin, c.id, { action: 'resolve' });
    const mediating = await actOk(t, w.staff, c.id, { action: 'follow_up', satisfaction: 'unsatisfied', comment: '电话回访：仍不满意' });
    expect(mediating).toMatchObject({ status: 'mediating', reopenCount: 2 });
    expect(mediating.followUps.map((f) => [f.round, f.method])).toEqual([
      [1, 'self'],
      [2, 'phone'],
    ]);
    const closed = await actOk(t, w.staff, c.id, { action: 'close', note: '经协会调解双方达成一致' });
    expect(closed.status).toBe('closed');
  });

  it('lets staff reject with a reason the resident reads, and nothing moves afterwards', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    await actOk(t, w.staff, c.id, { action: 'reject', reason: '该事项属于业主之间的民事纠纷，建议通过人民调解解决。' });
    const seen = await actOk(t, w.resident, c.id, { action: 'urge' }).catch(() => null);
    expect(seen).toBeNull();
    const detail = await readJson(await t.call('GET', `/api/complaints/${c.id}`, { token: w.resident.token }));
    expect(detail).toMatchObject({
      status: 'rejected',
      rejectReason: '该事项属于业主之间的民事纠纷，建议通过人民调解解决。',
      allowedActions: [],
    });
    expect(await errorOf(await act(t, w.staff, c.id, { action: 'accept' }))).toMatchObject({
      status: 409,
      code: 'INVALID_TRANSITION',
      message: '投诉当前状态为「不予受理」，不能进行「受理」操作',
    });
  });

  it('reassigns to another company, which then sees it while the first no longer does', async () => {
    const w = await world(t);
    const other = await world(t);
    const c = await file(t, w.resident, w.community.id);
    await actOk(t, w.staff, c.id, { action: 'accept' });
    await actOk(t, w.staff, c.id, { action: 'assign' });
    await actOk(t, w.staff, c.id, { action: 'reassign', companyId: other.company.id, note: '该楼栋由另一家企业管理' });
    expect((await t.call('GET', `/api/complaints/${c.id}`, { token: w.companyAdmin.token })).status).toBe(404);
    expect((await t.call('GET', `/api/complaints/${c.id}`, { token: other.companyAdmin.token })).status).toBe(200);
    expect(await errorOf(await act(t, w.staff, c.id, { action: 'reassign', companyId: other.company.id, note: '再派一次' }))).toMatchObject(
      { status: 422, message: containing('另一家企业') },
    );
  });
});

describe('the state machine refuses by state and by role', () => {
  it('refuses each action from a state that does not allow it, naming the current state', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ action: 'assign' }, '投诉当前状态为「待受理」，不能进行「派单」操作'],
      [{ action: 'resolve' }, '只有物业企业或协会工作人员可以进行「处理完毕」操作'],
      [{ action: 'close', note: '结案意见' }, '投诉当前状态为「待受理」，不能进行「结案」操作'],
      [{ action: 'mediate' }, '投诉当前状态为「待受理」，不能进行「转协会调解」操作'],
      [{ action: 'follow_up', satisfaction: 'satisfied' }, '投诉当前状态为「待受理」，不能进行「回访评价」操作'],
    ];
    for (const [body, message] of cases) {
      const who = body.action === 'resolve' ? w.resident : w.staff;
      expect(await errorOf(await act(t, who, c.id, body))).toMatchObject({ status: 409, code: 'INVALID_TRANSITION', message });
    }
  });

  it('refuses a resident accepting their own complaint and a company replying before it is assigned to it', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    expect(await errorOf(await act(t, w.resident, c.id, { action: 'accept' }))).toMatchObject({
      status: 409,
      message: '只有协会工作人员可以进行「受理」操作',
    });
    // Not yet assigned: the company cannot even see it.
    expect((await act(t, w.companyAdmin, c.id, { action: 'reply', reply: '提前回复一下内容' })).status).toBe(404);
    await actOk(t, w.staff, c.id, { action: 'accept' });
    await actOk(t, w.staff, c.id, { action: 'assign' });
    expect(await errorOf(await act(t, w.companyAdmin, c.id, { action: 'follow_up', satisfaction: 'satisfied' }))).toMatchObject({
      status: 409,
      message: '只有投诉人或协会工作人员可以进行「回访评价」操作',
    });
  });

  it('lets exactly one of two staff members acting at once succeed', async () => {
    const w = await world(t);
    const second = await login(t, ['staff']);
    const c = await file(t, w.resident, w.community.id);
    const [a, b] = await Promise.all([
      act(t, w.staff, c.id, { action: 'accept' }),
      act(t, second, c.id, { action: 'reject', reason: '不属于物业服务范围的投诉' }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect((await errorOf(loser)).message).toMatch(/当前状态为「(已受理|不予受理)」/);
    const row = await t.db.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.version).toBe(1);
    expect(await t.db.complaintEvent.count({ where: { complaintId: c.id } })).toBe(2);
  });

  it('refuses an action based on a stale version with the state it is in now', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    await actOk(t, w.staff, c.id, { action: 'accept', version: 0 });
    expect(await errorOf(await act(t, w.staff, c.id, { action: 'assign', version: 0 }))).toMatchObject({
      status: 409,
      message: '投诉已被他人处理，当前状态为「已受理」，请刷新后再操作',
    });
  });
});

describe('privacy of the company desk', () => {
  it('shows the company only its assigned complaints, overdue first, without an anonymous name or phone', async () => {
    const w = await world(t);
    const other = await world(t);
    const anonymous = await file(t, w.resident, w.community.id, { anonymous: true, allowContact: true });
    const masked = await file(t, w.resident, w.community.id);
    const open = await file(t, w.resident, w.community.id, { allowContact: true });
    const notMine = await file(t, other.resident, other.community.id);
    for (const c of [anonymous, masked, open]) {
      await actOk(t, w.staff, c.id, { action: 'accept' });
      await actOk(t, w.staff, c.id, { action: 'assign' });
    }
    await actOk(t, other.staff, notMine.id, { action: 'accept' });
    await actOk(t, other.staff, notMine.id, { action: 'assign' });
    await t.db.complaint.update({ where: { id: masked.id }, data: { replyDueAt: new Date(Date.now() - 3600_000) } });

    const desk = complaintPageSchema.parse(await readJson(await t.call('GET', '/api/complaints/desk', { token: w.companyAdmin.token })));
    expect(desk.items.map((c) => c.id)).toEqual([masked.id, anonymous.id, open.id]);
    expect(desk.items[0]?.overdue).toBe('reply');
    expect(desk.items.find((c) => c.id === anonymous.id)?.residentName).toBeNull();

    const seen = async (id: number) => readJson(await t.call('GET', `/api/complaints/${id}`, { token: w.companyAdmin.token }));
    expect(await seen(anonymous.id)).toMatchObject({ residentName: null, contactPhone: null });
    expect(JSON.stringify(await seen(anonymous.id))).not.toContain('13812345678');
    expect(await seen(masked.id)).toMatchObject({ contactPhone: '138****5678' });
    expect((await seen(masked.id)).residentName).toEqual(expect.any(String));
    expect(await seen(open.id)).toMatchObject({ contactPhone: '13812345678' });
    expect((await t.call('GET', `/api/complaints/${notMine.id}`, { token: w.companyAdmin.token })).status).toBe(404);
    const staffView = await readJson(await t.call('GET', `/api/complaints/${anonymous.id}`, { token: w.staff.token }));
    expect(staffView).toMatchObject({ contactPhone: '13812345678', residentName: anyString() });
  });

  it('hides staff-only remarks from the company and the resident’s name on the anonymous timeline', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id, { anonymous: true });
    await actOk(t, w.staff, c.id, { action: 'accept' });
    await actOk(t, w.staff, c.id, { action: 'assign' });
    await actOk(t, w.staff, c.id, { action: 'remark', note: '该居民多次投诉同一问题', visibleToCompany: false });
    const view = await readJson(await t.call('GET', `/api/complaints/${c.id}`, { token: w.companyAdmin.token }));
    const timeline = view.timeline as { action: string; actor: string }[];
    expect(timeline.map((e) => e.action)).toEqual(['submit', 'accept', 'assign']);
    expect(timeline[0]?.actor).toBe('投诉人（匿名）');
  });
});

describe('urging (催办)', () => {
  it('is refused while within the time limit, allowed once a day when overdue, and tells the company', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    expect(await errorOf(await act(t, w.resident, c.id, { action: 'urge' }))).toMatchObject({
      status: 409,
      message: '投诉还在办理时限内，超过时限后才能催办',
    });
    await actOk(t, w.staff, c.id, { action: 'accept' });
    await actOk(t, w.staff, c.id, { action: 'assign' });
    await t.db.complaint.update({ where: { id: c.id }, data: { replyDueAt: new Date(Date.now() - 60_000) } });
    const urged = await actOk(t, w.resident, c.id, { action: 'urge', note: '请尽快处理' });
    expect(urged.urge).toEqual({ allowed: false, reason: '今天已经催办过了，每天只能催办一次，请明天再试' });
    expect(urged.version).toBe(2);
    const twice = await Promise.all([act(t, w.resident, c.id, { action: 'urge' }), act(t, w.resident, c.id, { action: 'urge' })]);
    expect(twice.map((r) => r.status)).toEqual([409, 409]);
    expect(await t.db.notification.count({ where: { userId: w.companyAdmin.id, kind: 'complaint.company.urge' } })).toBe(1);
  });

  it('lets only one of five simultaneous urges through', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    await t.db.complaint.update({ where: { id: c.id }, data: { acceptDueAt: new Date(Date.now() - 60_000) } });
    const answers = await Promise.all(Array.from({ length: 5 }, () => act(t, w.resident, c.id, { action: 'urge' })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    expect(await t.db.complaintEvent.count({ where: { complaintId: c.id, action: 'urge' } })).toBe(1);
  });
});

describe('progress notifications', () => {
  it('tells the filing page which subscription template to request', async () => {
    const resident = await login(t, ['resident']);
    expect(await readJson(await t.call('GET', '/api/complaints/subscription', { token: resident.token }))).toEqual({
      templateKey: 'complaint_progress',
      templateId: 'TPL-progress',
    });
  });

  it('queues an in-app message with the complaint_progress template on each step the resident cares about', async () => {
    const w = await world(t);
    const c = await toResolved(t, w);
    const kinds = (await t.db.notification.findMany({ where: { userId: w.resident.id }, orderBy: { id: 'asc' } })).map((n) => n.kind);
    expect(kinds).toEqual(['complaint.accept', 'complaint.assign', 'complaint.reply', 'complaint.resolve']);
    const row = await t.db.notification.findFirstOrThrow({ where: { userId: w.resident.id, kind: 'complaint.reply' } });
    expect(row.payload).toMatchObject({ templateKey: 'complaint_progress', data: { character_string1: c.number, phrase3: '已回复' } });
    expect(row.link).toBe(`/packages/complaints/detail/index?id=${c.id}`);
  });

  it('keeps the transition when WeChat refuses the push (43101), and the message stays readable in the app', async () => {
    const w = await world(t);
    const refuser = await login(t, ['resident'], null, { openid: 'refuser' });
    await t.db.subscribeGrant.create({ data: { userId: refuser.id, templateKey: 'complaint_progress', remaining: 5 } });
    const c = await file(t, refuser, w.community.id);
    await actOk(t, w.staff, c.id, { action: 'accept' });
    const logger = pino({ level: 'silent' });
    const wechat = createWechatClient({
      appId: t.env.WECHAT_APP_ID,
      appSecret: t.env.WECHAT_APP_SECRET,
      baseUrl: t.env.WECHAT_API_BASE,
      db: t.db,
      logger,
      retryDelaysMs: [],
    });
    await deliverDueNotifications({ db: t.db, wechat, logger, templateIds: t.env.templateIds });
    const note = await t.db.notification.findFirstOrThrow({ where: { userId: refuser.id, kind: 'complaint.accept' } });
    expect(note.pushStatus).toBe('skipped');
    expect(
      t.wechat.calls.some(
        (call) => call.path === '/cgi-bin/message/subscribe/send' && (call.body as { touser?: string }).touser === 'refuser',
      ),
    ).toBe(true);
    expect((await t.db.complaint.findUniqueOrThrow({ where: { id: c.id } })).status).toBe('accepted');
    const inbox = await readJson(await t.call('GET', '/api/notifications', { token: refuser.token }));
    expect((inbox.items as { title: string }[]).map((n) => n.title)).toContain(`投诉受理：${c.title}`);
  });
});
