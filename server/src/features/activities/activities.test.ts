import { createRegistration } from '@wuxie/prisma/factories';
import { activityDetailSchema, activityListSchema, type ActivityInput } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { HOUR, memberWorker, openActivity, person, staffMember } from './activities.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

function input(over: Partial<ActivityInput> = {}): ActivityInput {
  return {
    type: 'training',
    title: '物业服务标准化培训',
    place: '协会三楼会议室',
    startAt: iso(72 * HOUR),
    endAt: iso(75 * HOUR),
    signupStartAt: iso(-HOUR),
    signupEndAt: iso(48 * HOUR),
    capacity: 30,
    ...over,
  };
}

describe('staff manage activities', () => {
  it('create a draft, publish it, and it appears on the 活动 tab', async () => {
    const staff = await staffMember(t);
    const created = await t.call('POST', '/api/activities', {
      token: staff.token,
      body: input({ title: '发布流程测试培训', description: '面向项目经理\n请带好<身份证>' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await readJson(created)) as { id: number };
    expect((await t.call('GET', `/api/activities/${id}`)).status).toBe(404);
    const published = activityDetailSchema.parse(
      await readJson(await t.call('POST', `/api/activities/${id}/publish`, { token: staff.token })),
    );
    expect(published).toMatchObject({ status: 'published', phase: 'open', seatsLeft: 30 });
    expect(published.description).toBe('<p>面向项目经理</p><p>请带好&lt;身份证&gt;</p>');
    const html = await t.call('PUT', `/api/activities/${id}`, {
      token: staff.token,
      body: input({ title: '发布流程测试培训', description: '<p>注意</p><script>alert(1)</script><img src=x onerror=alert(1)>' }),
    });
    expect(activityDetailSchema.parse(await readJson(html)).description).not.toMatch(/script|onerror/);
    const list = activityListSchema.parse(await readJson(await t.call('GET', '/api/activities?state=open&type=training&limit=50')));
    expect(list.items.map((a) => a.title)).toContain('发布流程测试培训');
    const again = await t.call('POST', `/api/activities/${id}/publish`, { token: staff.token });
    expect(again.status).toBe(409);
    expect((await readJson(again)).message).toBe('活动当前为「已发布」，不能改为「已发布」');
    expect(await t.db.auditLog.count({ where: { entity: 'activity', entityId: String(id) } })).toBe(3);
  });

  it('refuses activity input that does not add up, naming each field', async () => {
    const staff = await staffMember(t);
    const res = await t.call('POST', '/api/activities', {
      token: staff.token,
      body: input({ endAt: iso(70 * HOUR), signupEndAt: iso(80 * HOUR), place: '', capacity: 0 }),
    });
    expect(res.status).toBe(422);
    const issues = (await readJson(res)).issues as { path: string; message: string }[];
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'capacity', message: '名额至少为 1' },
        { path: 'endAt', message: '结束时间应晚于开始时间' },
        { path: 'signupEndAt', message: '报名截止时间不能晚于活动开始时间' },
        { path: 'place', message: '请填写活动地点' },
      ]),
    );
    const online = await t.call('POST', '/api/activities', { token: staff.token, body: input({ type: 'online_training', place: '' }) });
    expect((await readJson(online)).issues).toEqual([{ path: 'onlineUrl', message: '线上培训请填写线上参加链接' }]);
    const badDate = await t.call('POST', '/api/activities', { token: staff.token, body: input({ startAt: '下周一' }) });
    expect((await readJson(badDate)).message).toContain('开始时间应为带时区的日期时间');
  });

  it('answers malformed activity input of every kind with a 4xx naming the problem, never a 500', async () => {
    const staff = await staffMember(t);
    const activity = await openActivity(t.db);
    const bodies: unknown[] = [
      null,
      [],
      'text',
      {},
      input({ title: 42 as unknown as string }),
      input({ capacity: '30' as unknown as number }),
      input({ capacity: 2.5 }),
      input({ capacity: 1e9 }),
      input({ startAt: '2025-13-45T99:00:00+08:00' }),
      input({ endAt: null as unknown as string }),
      input({ audience: 'aliens' as unknown as 'everyone' }),
      input({ type: 'concert' as unknown as 'training' }),
      input({ extraFields: 'idNumber' as unknown as [] }),
      input({ extraFields: [{ key: '1bad', label: '', kind: 'id_number', required: true }] }),
      input({ extraFields: [{ key: 'size', label: '尺码', kind: 'choice', required: true }] }),
      input({ onlineUrl: 'javascript:alert(1)' }),
      input({ coverUrl: 'data:image/png;base64,xx' }),
      input({ endAt: iso(72 * HOUR + 40 * 24 * HOUR) }),
      input({ title: 'x'.repeat(61) }),
    ];
    for (const body of bodies) {
      for (const [method, path] of [
        ['POST', '/api/activities'],
        ['PUT', `/api/activities/${activity.id}`],
      ] as const) {
        const res = await t.call(method, path, { token: staff.token, body: body === null ? 'null' : body });
        const answer = await readJson(res);
        expect(res.status, `${method} ${JSON.stringify(body).slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(String(answer.message)).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    const cancel = await t.call('POST', `/api/activities/${activity.id}/cancel`, { token: staff.token, body: { reason: '' } });
    expect((await readJson(cancel)).message).toContain('请填写取消原因');
  });

  it('only staff may create, edit, publish or cancel', async () => {
    const worker = await memberWorker(t);
    const activity = await openActivity(t.db);
    const attempts = [
      t.call('POST', '/api/activities', { token: worker.token, body: input() }),
      t.call('PUT', `/api/activities/${activity.id}`, { token: worker.token, body: input() }),
      t.call('POST', `/api/activities/${activity.id}/cancel`, { token: worker.token, body: { reason: '天气原因' } }),
      t.call('POST', `/api/activities/${activity.id}/publish`, {}),
    ];
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual([403, 403, 403, 401]);
  });

  it('raising the capacity promotes from the waitlist in order; lowering it below the seats taken is refused', async () => {
    const staff = await staffMember(t);
    const activity = await openActivity(t.db, { capacity: 1, title: '扩容测试' });
    const people = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t)]);
    for (const p of people) await t.call('POST', `/api/activities/${activity.id}/registrations`, { token: p.token, body: {} });
    const body = input({
      title: '扩容测试',
      capacity: 2,
      startAt: activity.startAt.toISOString(),
      endAt: activity.endAt.toISOString(),
      signupStartAt: activity.signupStartAt.toISOString(),
      signupEndAt: activity.signupEndAt.toISOString(),
    });
    const res = await t.call('PUT', `/api/activities/${activity.id}`, { token: staff.token, body });
    expect(activityDetailSchema.parse(await readJson(res))).toMatchObject({ capacity: 2, confirmedCount: 2, waitlistCount: 1 });
    const second = await t.db.registration.findFirstOrThrow({ where: { activityId: activity.id, userId: people[1].user.id } });
    expect(second.status).toBe('confirmed');
    const shrink = await t.call('PUT', `/api/activities/${activity.id}`, { token: staff.token, body: { ...body, capacity: 1 } });
    expect(shrink.status).toBe(422);
    expect((await readJson(shrink)).message).toBe('名额不能少于已报名成功的人数（2 人）');
  });

  it('cancelling tells everyone registered or waiting, and then nobody can sign up', async () => {
    const staff = await staffMember(t);
    const activity = await openActivity(t.db, { capacity: 1 });
    const [a, b, c] = await Promise.all([memberWorker(t), memberWorker(t), memberWorker(t)]);
    await createRegistration(t.db, { activityId: activity.id, userId: a.user.id });
    await createRegistration(t.db, { activityId: activity.id, userId: b.user.id, status: 'waitlisted' });
    await createRegistration(t.db, { activityId: activity.id, userId: c.user.id, status: 'cancelled' });
    const res = await t.call('POST', `/api/activities/${activity.id}/cancel`, {
      token: staff.token,
      body: { reason: '台风预警，改期举办' },
    });
    expect(await readJson(res)).toEqual({ notified: 2 });
    const notes = await t.db.notification.findMany({
      where: { kind: 'activity.cancelled', userId: { in: [a.user.id, b.user.id, c.user.id] } },
    });
    expect(notes.map((n) => n.userId).sort()).toEqual([a.user.id, b.user.id].sort());
    expect(notes[0]?.body).toContain('台风预警，改期举办');
    expect(notes[0]?.payload).toMatchObject({ templateKey: 'activity_cancelled' });
    const late = await memberWorker(t);
    const signup = await t.call('POST', `/api/activities/${activity.id}/registrations`, { token: late.token, body: {} });
    expect((await readJson(signup)).message).toBe('活动已取消，不能报名');
    const editing = await t.call('PUT', `/api/activities/${activity.id}`, { token: staff.token, body: input() });
    expect(editing.status).toBe(409);
  });
});

describe('the 活动 tab', () => {
  it('filters by type and state and pages through with a cursor', async () => {
    const marker = `分页${Date.now()}`;
    for (let i = 0; i < 5; i += 1)
      await openActivity(t.db, {
        type: 'party_day',
        title: `${marker}-${i}`,
        startAt: new Date(Date.now() + (100 + i) * HOUR),
        endAt: new Date(Date.now() + (101 + i) * HOUR),
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = `/api/activities?type=party_day&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = activityListSchema.parse(await readJson(await t.call('GET', q)));
      seen.push(...page.items.map((a) => a.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.filter((s) => s.startsWith(marker))).toEqual([0, 1, 2, 3, 4].map((i) => `${marker}-${i}`));
  });

  it('tells open, full-with-waitlist and ended apart', async () => {
    const full = await openActivity(t.db, { type: 'meeting', capacity: 1, title: '已满会议' });
    const w = await memberWorker(t);
    await createRegistration(t.db, { activityId: full.id, userId: w.user.id });
    const ended = await openActivity(t.db, {
      type: 'meeting',
      title: '已结束会议',
      startAt: new Date(Date.now() - 5 * HOUR),
      endAt: new Date(Date.now() - 3 * HOUR),
      signupStartAt: new Date(Date.now() - 50 * HOUR),
      signupEndAt: new Date(Date.now() - 6 * HOUR),
    });
    const titles = async (state: string) =>
      activityListSchema
        .parse(await readJson(await t.call('GET', `/api/activities?type=meeting&state=${state}`)))
        .items.map((a) => a.title);
    expect(await titles('waitlist')).toContain('已满会议');
    expect(await titles('open')).not.toContain('已满会议');
    expect(await titles('ended')).toContain('已结束会议');
    expect(await titles('upcoming')).not.toContain('已结束会议');
    const detail = activityDetailSchema.parse(await readJson(await t.call('GET', `/api/activities/${ended.id}`)));
    expect(detail).toMatchObject({ phase: 'ended', signup: { allowed: false, message: '活动已结束，不能报名' } });
  });

  it('shows seats left and who may sign up; the online link only to those holding a seat', async () => {
    const online = await openActivity(t.db, {
      type: 'online_training',
      onlineUrl: 'https://meeting.example.cn/j/123',
      place: '',
      audience: 'member_workers',
      capacity: 3,
    });
    const resident = await person(t, { roles: ['resident'] });
    const anon = activityDetailSchema.parse(await readJson(await t.call('GET', `/api/activities/${online.id}`)));
    expect(anon).toMatchObject({ seatsLeft: 3, online: true, onlineUrl: null, signup: { allowed: false, message: '请先登录后报名' } });
    const asResident = activityDetailSchema.parse(
      await readJson(await t.call('GET', `/api/activities/${online.id}`, { token: resident.token })),
    );
    expect(asResident.signup.message).toContain('仅限会员单位从业人员');
    const w = await memberWorker(t);
    await t.call('POST', `/api/activities/${online.id}/registrations`, { token: w.token, body: {} });
    const mine = activityDetailSchema.parse(await readJson(await t.call('GET', `/api/activities/${online.id}`, { token: w.token })));
    expect(mine).toMatchObject({ seatsLeft: 2, onlineUrl: 'https://meeting.example.cn/j/123', myRegistration: { status: 'confirmed' } });
  });
});
