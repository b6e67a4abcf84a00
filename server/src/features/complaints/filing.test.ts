import { complaintDetailSchema, complaintPageSchema } from '@wuxie/shared';
import { createComplaint, createUpload } from '@wuxie/prisma/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { containing } from '../../../test/matchers';
import { complaintBody, errorOf, file, login, world } from './complaints.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ COMPLAINT_DAILY_LIMIT: '3' });
});
afterAll(() => closeTestApp(t));

describe('filing a complaint', () => {
  it('routes it to the company managing the community, numbers it by day and starts the timeline', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    expect(c).toMatchObject({ status: 'submitted', companyId: w.company.id, communityName: w.community.name, overdue: null, version: 0 });
    expect(c.number).toMatch(/^TS\d{8}\d{5}$/);
    expect(c.timeline.map((e) => [e.action, e.toStatus, e.actor])).toEqual([['submit', 'submitted', '我']]);
    expect(new Date(c.acceptDueAt).getTime()).toBeGreaterThan(Date.now() + 20 * 3600_000);
  });

  it('gives consecutive numbers on the same day, continuing the counter the seed and factories use', async () => {
    const w = await world(t);
    const seeded = await createComplaint(t.db, { communityId: w.community.id });
    const a = await file(t, w.resident, w.community.id);
    const b = await file(t, w.resident, w.community.id);
    expect(Number(a.number.slice(-5))).toBeGreaterThan(Number(seeded.number.slice(-5)));
    expect(Number(b.number.slice(-5))).toBe(Number(a.number.slice(-5)) + 1);
  });

  it('returns the first complaint to ten retries arriving at once with the same idempotency key', async () => {
    const w = await world(t);
    const headers = { 'Idempotency-Key': 'retry-key-0001' };
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.call('POST', '/api/complaints', { token: w.resident.token, body: complaintBody(w.community.id), headers }),
      ),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    const ids = new Set(await Promise.all(answers.map(async (r) => complaintDetailSchema.parse(await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await t.db.complaint.count({ where: { residentId: w.resident.id } })).toBe(1);
  });

  it('accepts the idempotency key in the body too, and a retry after the daily limit still gets its complaint', async () => {
    const w = await world(t);
    const body = complaintBody(w.community.id, { idempotencyKey: 'body-key-0001' });
    const first = await t.call('POST', '/api/complaints', { token: w.resident.token, body });
    expect(first.status).toBe(201);
    await file(t, w.resident, w.community.id);
    await file(t, w.resident, w.community.id);
    const retry = await t.call('POST', '/api/complaints', { token: w.resident.token, body });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuses a fourth complaint the same day with a clear 429 message (limit 3 here)', async () => {
    const w = await world(t);
    for (let i = 0; i < 3; i++) await file(t, w.resident, w.community.id);
    const res = await t.call('POST', '/api/complaints', {
      token: w.resident.token,
      body: complaintBody(w.community.id),
      headers: { 'Idempotency-Key': 'over-limit-1' },
    });
    expect(await errorOf(res)).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      message: containing('每人每天最多提交 3 件投诉'),
    });
  });

  it('never lets parallel submissions with different keys pass the daily limit', async () => {
    const w = await world(t);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.call('POST', '/api/complaints', {
          token: w.resident.token,
          body: complaintBody(w.community.id),
          headers: { 'Idempotency-Key': `parallel-${i}-key` },
        }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
    expect(await t.db.complaint.count({ where: { residentId: w.resident.id } })).toBe(3);
  });

  it('attaches the resident’s own uploaded photos and refuses someone else’s', async () => {
    const w = await world(t);
    const mine = await createUpload(t.db, { ownerId: w.resident.id, key: `${'a'.repeat(30)}01.jpg` });
    const c = await file(t, w.resident, w.community.id, { photoKeys: [mine.key] });
    expect(c.photos.map((p) => p.key)).toEqual([mine.key]);
    expect(c.photos[0]?.url).toMatch(/^\/api\/uploads\/a{30}01\.jpg\?exp=\d+&sig=/);
    const other = await login(t, ['resident']);
    const theirs = await createUpload(t.db, { ownerId: other.id, key: `${'b'.repeat(30)}02.jpg` });
    const res = await t.call('POST', '/api/complaints', {
      token: w.resident.token,
      body: complaintBody(w.community.id, { photoKeys: [theirs.key] }),
      headers: { 'Idempotency-Key': 'photo-theft-1' },
    });
    expect(await errorOf(res)).toMatchObject({ status: 422, message: containing('有照片无效') });
    const reuse = await t.call('POST', '/api/complaints', {
      token: w.resident.token,
      body: complaintBody(w.community.id, { photoKeys: [mine.key] }),
      headers: { 'Idempotency-Key': 'photo-reuse-1' },
    });
    expect(reuse.status).toBe(422);
  });

  it('lists my complaints newest first with a keyset cursor', async () => {
    const w = await world(t);
    const made = [
      await file(t, w.resident, w.community.id),
      await file(t, w.resident, w.community.id),
      await file(t, w.resident, w.community.id),
    ];
    const first = complaintPageSchema.parse(
      await readJson(await t.call('GET', '/api/complaints/mine?limit=2', { token: w.resident.token })),
    );
    expect(first.items.map((c) => c.id)).toEqual([made[2]?.id, made[1]?.id]);
    expect(first.items[0]?.residentName).toBeNull();
    const second = complaintPageSchema.parse(
      await readJson(await t.call('GET', `/api/complaints/mine?limit=2&cursor=${first.nextCursor ?? ''}`, { token: w.resident.token })),
    );
    expect(second.items.map((c) => c.id)).toEqual([made[0]?.id]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('bad input gets a 4xx with a Chinese message naming the problem, never a 500', () => {
  const cases: [string, (communityId: number) => Record<string, unknown>, number, RegExp][] = [
    ['missing title', (id) => ({ ...complaintBody(id), title: undefined }), 422, /标题/],
    ['over-long description', (id) => complaintBody(id, { description: '长'.repeat(2001) }), 422, /问题描述最多 2000 个字/],
    ['unknown category', (id) => complaintBody(id, { category: 'aliens' }), 422, /投诉类别/],
    ['wrong community id', () => complaintBody(999_999), 422, /所选小区不存在/],
    ['community id as text', () => complaintBody(0, { communityId: 'abc' }), 422, /小区/],
    ['bad phone', (id) => complaintBody(id, { contactPhone: '12345' }), 422, /手机号/],
    [
      'ten photos',
      (id) => complaintBody(id, { photoKeys: Array.from({ length: 10 }, (_, i) => `${String(i).padStart(32, '0')}.jpg`) }),
      422,
      /照片最多 9 张/,
    ],
    ['forged photo key', (id) => complaintBody(id, { photoKeys: ['../../etc/passwd'] }), 422, /照片编号无效/],
  ];
  for (const [what, body, status, message] of cases) {
    it(`answers ${status} for ${what}`, async () => {
      const w = await world(t);
      const res = await t.call('POST', '/api/complaints', {
        token: w.resident.token,
        body: body(w.community.id),
        headers: { 'Idempotency-Key': `bad-${what.replaceAll(' ', '-')}` },
      });
      const error = await errorOf(res);
      expect(error.status).toBe(status);
      expect(error.message).toMatch(message);
    });
  }

  it('answers 422 when the idempotency key is missing or malformed', async () => {
    const w = await world(t);
    const missing = await t.call('POST', '/api/complaints', { token: w.resident.token, body: complaintBody(w.community.id) });
    expect(await errorOf(missing)).toMatchObject({ status: 422, message: containing('缺少幂等键') });
    const bad = await t.call('POST', '/api/complaints', {
      token: w.resident.token,
      body: complaintBody(w.community.id),
      headers: { 'Idempotency-Key': 'x' },
    });
    expect(await errorOf(bad)).toMatchObject({ status: 422, message: containing('幂等键') });
  });

  it('answers 400 for a body that is not JSON and 401 without a login', async () => {
    const w = await world(t);
    const garbage = await t.call('POST', '/api/complaints', {
      token: w.resident.token,
      body: '{not json',
      headers: { 'Idempotency-Key': 'garbage-1' },
    });
    expect(garbage.status).toBe(400);
    const anonymous = await t.call('POST', '/api/complaints', { body: complaintBody(w.community.id) });
    expect(await errorOf(anonymous)).toMatchObject({ status: 401, message: '请先登录' });
  });

  it('answers 404 for someone else’s complaint and 422 for an id that is not a number', async () => {
    const w = await world(t);
    const c = await file(t, w.resident, w.community.id);
    const stranger = await login(t, ['resident']);
    expect(await errorOf(await t.call('GET', `/api/complaints/${c.id}`, { token: stranger.token }))).toMatchObject({
      status: 404,
      message: '投诉不存在或您无权查看',
    });
    expect((await t.call('POST', `/api/complaints/${c.id}/actions`, { token: stranger.token, body: { action: 'urge' } })).status).toBe(404);
    expect(await errorOf(await t.call('GET', '/api/complaints/abc', { token: w.resident.token }))).toMatchObject({
      status: 422,
      message: containing('投诉编号'),
    });
    expect((await t.call('GET', '/api/complaints/mine?cursor=bogus', { token: w.resident.token })).status).toBe(422);
  });
});
