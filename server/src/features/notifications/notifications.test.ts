import { createUser } from '@wuxie/prisma/factories';
import { notificationListSchema, sessionSchema } from '@wuxie/shared';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { createWechatClient } from '../../integrations/wechat/wechat-client';
import { deliverDueNotifications, enqueueNotification } from './notifications.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const templateIds = { complaint_progress: 'TPL-progress' };

function deliver() {
  const logger = pino({ level: 'silent' });
  const wechat = createWechatClient({ appId: t.env.WECHAT_APP_ID, appSecret: t.env.WECHAT_APP_SECRET, baseUrl: t.env.WECHAT_API_BASE, db: t.db, logger, retryDelaysMs: [] });
  return deliverDueNotifications({ db: t.db, wechat, logger, templateIds });
}

async function queueFor(openid: string, grants: number) {
  const user = await createUser(t.db, { openid });
  if (grants) await t.db.subscribeGrant.create({ data: { userId: user.id, templateKey: 'complaint_progress', remaining: grants } });
  await t.db.$transaction((tx) =>
    enqueueNotification(tx, { userId: user.id, kind: 'complaint.replied', title: '投诉已回复', template: { key: 'complaint_progress', data: { thing1: '电梯故障' } } }),
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
    const sends = t.wechat.calls.filter((c) => c.path === '/cgi-bin/message/subscribe/send' && (c.body as { touser?: string }).touser === 'openid-granted');
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
    const session = sessionSchema.parse(await readJson(await t.call('POST', '/api/auth/login/wechat', { body: { code: 'ok:openid-sub' } })));
    const res = await t.call('POST', '/api/notifications/subscribe', {
      token: session.accessToken,
      body: { results: { complaint_progress: 'accept', waitlist_promoted: 'reject' } },
    });
    expect(res.status).toBe(200);
    const grants = await t.db.subscribeGrant.findMany({ where: { userId: session.user.id } });
    expect(grants).toEqual([{ userId: session.user.id, templateKey: 'complaint_progress', remaining: 1 }]);
  });
});
