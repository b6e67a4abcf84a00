import { createUser } from '@wuxie/prisma/factories';
import { notificationListSchema, sessionSchema, type Role } from '@wuxie/shared';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { createWechatClient } from '../../integrations/wechat/wechat-client';
import { signAccessToken } from '../auth/tokens.service';
import { deliverDueNotifications, enqueueNotification } from './notifications.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const templateIds = { complaint_progress: 'TPL-progress' };

function deliver() {
  const logger = pino({ level: 'silent' });
  const wechat = createWechatClient({
    appId: t.env.WECHAT_APP_ID,
    appSecret: t.env.WECHAT_APP_SECRET,
    baseUrl: t.env.WECHAT_API_BASE,
    db: t.db,
    logger,
    retryDelaysMs: [],
  });
  return deliverDueNotifications({ db: t.db, wechat, logger, templateIds });
}

async function queueFor(openid: string, grants: number) {
  const user = await createUser(t.db, { openid });
  if (grants) await t.db.subscribeGrant.create({ data: { userId: user.id, templateKey: 'complaint_progress', remaining: grants } });
  await t.db.$transaction((tx) =>
    enqueueNotification(tx, {
      userId: user.id,
      kind: 'complaint.replied',
      title: '投诉已回复',
      template: { key: 'complaint_progress', data: { thing1: '电梯故障' } },
    }),
  );
  return user;
}

describe('the notification outbox', () => {
  it('pushes a message the user granted, once, and uses up the grant', async () => {
    const user = await queueFor('openid-granted', 1);
    const first = await deliver();
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const row = await t.db.notification.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.pushStatus).toBe('sent');
    expect(await t.db.subscribeGrant.findFirst({ where: { userId: user.id } })).toMatchObject({ remaining: 0 });
    const sends = t.wechat.calls.filter(
      (c) => c.path === '/cgi-bin/message/subscribe/send' && (c.body as { touser?: string }).touser === 'openid-granted',
    );
    expect(sends).toHaveLength(1);
    await deliver();
    expect(t.wechat.calls.filter((c) => (c.body as { touser?: string } | undefined)?.touser === 'openid-granted')).toHaveLength(1);
  });

  it('skips the push without a grant, and the message is still in the app', async () => {
    const user = await queueFor('openid-no-grant', 0);
    await deliver();
    expect((await t.db.notification.findFirstOrThrow({ where: { userId: user.id } })).pushStatus).toBe('skipped');
    const login = await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-no-grant' } });
    const session = sessionSchema.parse(await readJson(login));
    const list = notificationListSchema.parse(await readJson(await t.call('GET', '/api/notifications', { token: session.accessToken })));
    expect(list.items.map((n) => n.title)).toEqual(['投诉已回复']);
    expect(list.unread).toBe(1);
  });

  it('treats WeChat 43101 (user refused) as skipped, not as a failure', async () => {
    const user = await queueFor('refuser', 1);
    await deliver();
    expect((await t.db.notification.findFirstOrThrow({ where: { userId: user.id } })).pushStatus).toBe('skipped');
  });

  it('retries later when WeChat is busy, gives the grant back, and sends on the next round', async () => {
    const user = await queueFor('busy:1', 1);
    const round1 = await deliver();
    expect(round1.retried).toBeGreaterThanOrEqual(1);
    const row = await t.db.notification.findFirstOrThrow({ where: { userId: user.id } });
    expect(row).toMatchObject({ pushStatus: 'pending', attempts: 1 });
    expect(await t.db.subscribeGrant.findFirst({ where: { userId: user.id } })).toMatchObject({ remaining: 1 });
    await t.db.notification.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
    await deliver();
    expect((await t.db.notification.findFirstOrThrow({ where: { userId: user.id } })).pushStatus).toBe('sent');
  });

  it('records subscription answers: each accept is one future push', async () => {
    const session = sessionSchema.parse(
      await readJson(await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-sub' } })),
    );
    const res = await t.call('POST', '/api/notifications/subscribe', {
      token: session.accessToken,
      body: { results: { complaint_progress: 'accept', waitlist_promoted: 'reject' } },
    });
    expect(res.status).toBe(200);
    const grants = await t.db.subscribeGrant.findMany({ where: { userId: session.user.id } });
    expect(grants).toEqual([{ userId: session.user.id, templateKey: 'complaint_progress', remaining: 1 }]);
  });
});

describe('marking a message read', () => {
  const tokenOf = (user: { id: number; roles: Role[]; companyId: number | null }) =>
    signAccessToken({ userId: user.id, roles: user.roles, companyId: user.companyId }, t.env.jwtSecret, 3600);

  it("marks the caller's own message read, and answers ok again when it already is", async () => {
    const owner = await createUser(t.db);
    const message = await t.db.notification.create({ data: { userId: owner.id, kind: 'test', title: '给自己的消息' } });
    const token = await tokenOf(owner);
    expect((await t.call('POST', `/api/notifications/${message.id}/read`, { token })).status).toBe(200);
    const readAt = (await t.db.notification.findUniqueOrThrow({ where: { id: message.id } })).readAt;
    expect(readAt).not.toBeNull();
    expect((await t.call('POST', `/api/notifications/${message.id}/read`, { token })).status).toBe(200);
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: message.id } })).readAt).toEqual(readAt);
  });

  it("answers 404 for another user's message and leaves it unread", async () => {
    const owner = await createUser(t.db);
    const other = await createUser(t.db);
    const message = await t.db.notification.create({ data: { userId: owner.id, kind: 'test', title: '给别人的消息' } });
    const res = await t.call('POST', `/api/notifications/${message.id}/read`, { token: await tokenOf(other) });
    expect(res.status).toBe(404);
    expect(await readJson(res)).toMatchObject({ code: 'NOT_FOUND', message: '消息不存在或您无权查看' });
    expect((await t.db.notification.findUniqueOrThrow({ where: { id: message.id } })).readAt).toBeNull();
  });

  it('answers 404 for a message that does not exist, and 422 for an id no row can have', async () => {
    const token = await tokenOf(await createUser(t.db));
    const missing = await t.call('POST', '/api/notifications/2147483647/read', { token });
    expect(missing.status).toBe(404);
    const tooBig = await t.call('POST', '/api/notifications/99999999999/read', { token });
    expect(tooBig.status).toBe(422);
    expect(await readJson(tooBig)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'id', message: '消息编号不正确' }] });
  });
});
