import type { Prisma, PrismaClient } from '@wuxie/prisma';
import type { TemplateKey } from '@wuxie/shared';
import type { Logger } from 'pino';
import { WechatError, type WechatClient } from '../../integrations/wechat/wechat-client';

export interface NewNotification {
  userId: number;
  /** Machine kind, e.g. 'complaint.replied'. */
  kind: string;
  title: string;
  body?: string;
  /** Client page to open, e.g. '/pages/complaints/detail/index?id=12'. */
  link?: string;
  /** When set, a WeChat subscription message is also pushed if the user granted one. */
  template?: { key: TemplateKey; data: Record<string, string> };
}

/**
 * Queues a notification in the same transaction as the change it reports (the outbox): if the
 * change commits, the message exists; if it rolls back, it does not. Delivery happens later.
 */
export async function enqueueNotification(tx: Prisma.TransactionClient, n: NewNotification): Promise<void> {
  await tx.notification.create({
    data: {
      userId: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body ?? '',
      link: n.link,
      payload: n.template ? { templateKey: n.template.key, data: n.template.data } : {},
      pushStatus: n.template ? 'pending' : 'skipped',
    },
  });
}

export interface DeliveryOptions {
  db: PrismaClient;
  wechat: WechatClient;
  logger: Logger;
  /** WeChat template id per key; a key without an id is not pushed. */
  templateIds: Partial<Record<TemplateKey, string>>;
  batchSize?: number;
  maxAttempts?: number;
}

const BACKOFF_SECONDS = [30, 120, 600, 3600];

/**
 * Delivers due outbox rows once. A row is claimed by a conditional update, so two instances
 * never push the same message. WeChat's refusals (43101: the user has no grant left) end the row
 * as `skipped`: the message stays readable in the app, which is the fallback for declined users.
 */
export async function deliverDueNotifications(
  opts: DeliveryOptions,
): Promise<{ sent: number; skipped: number; failed: number; retried: number }> {
  const { db, wechat, logger, templateIds } = opts;
  const maxAttempts = opts.maxAttempts ?? BACKOFF_SECONDS.length + 1;
  const tally = { sent: 0, skipped: 0, failed: 0, retried: 0 };
  const due = await db.notification.findMany({
    where: { pushStatus: 'pending', nextAttemptAt: { lte: new Date() } },
    orderBy: { id: 'asc' },
    take: opts.batchSize ?? 50,
    select: { id: true, userId: true, link: true, payload: true, attempts: true, user: { select: { openid: true } } },
  });
  for (const row of due) {
    // Claim: push the next attempt time forward; whoever updates first owns this attempt.
    const lease = new Date(Date.now() + 60_000);
    const claimed = await db.notification.updateMany({
      where: { id: row.id, pushStatus: 'pending', attempts: row.attempts },
      data: { attempts: { increment: 1 }, nextAttemptAt: lease },
    });
    if (claimed.count !== 1) continue;
    const payload = row.payload as { templateKey?: TemplateKey; data?: Record<string, string> };
    const templateId = payload.templateKey ? templateIds[payload.templateKey] : undefined;
    const finish = (data: Prisma.NotificationUpdateInput) => db.notification.update({ where: { id: row.id }, data });
    if (!wechat.enabled || !row.user.openid || !payload.templateKey || !templateId) {
      await finish({ pushStatus: 'skipped', lastError: 'no WeChat app, openid or template id' });
      tally.skipped++;
      continue;
    }
    const grant = await db.subscribeGrant.updateMany({
      where: { userId: row.userId, templateKey: payload.templateKey, remaining: { gt: 0 } },
      data: { remaining: { decrement: 1 } },
    });
    if (grant.count !== 1) {
      await finish({ pushStatus: 'skipped', lastError: 'user has not granted this subscription message' });
      tally.skipped++;
      continue;
    }
    try {
      await wechat.sendSubscribeMessage({
        touser: row.user.openid,
        templateId,
        page: row.link?.replace(/^\//, ''),
        data: Object.fromEntries(Object.entries(payload.data ?? {}).map(([k, v]) => [k, { value: v }])),
      });
      await finish({ pushStatus: 'sent', sentAt: new Date(), lastError: null });
      tally.sent++;
    } catch (error) {
      const code = error instanceof WechatError ? error.errcode : -1;
      const message = error instanceof Error ? error.message : String(error);
      if (code === 43101) {
        await finish({ pushStatus: 'skipped', lastError: message });
        tally.skipped++;
      } else if (row.attempts + 1 >= maxAttempts || (error instanceof WechatError && !error.retryable && code !== -1)) {
        await finish({ pushStatus: 'failed', lastError: message });
        tally.failed++;
        logger.warn({ notificationId: row.id, code }, 'subscription message failed for good');
      } else {
        const wait = BACKOFF_SECONDS[Math.min(row.attempts, BACKOFF_SECONDS.length - 1)] ?? 3600;
        await finish({ lastError: message, nextAttemptAt: new Date(Date.now() + wait * 1000) });
        // The grant was not used: give it back.
        await db.subscribeGrant.update({
          where: { userId_templateKey: { userId: row.userId, templateKey: payload.templateKey } },
          data: { remaining: { increment: 1 } },
        });
        tally.retried++;
      }
    }
  }
  return tally;
}

/** Records what the user answered to wx.requestSubscribeMessage: each accept is one future push. */
export async function recordSubscribeResults(
  db: PrismaClient,
  userId: number,
  results: Partial<Record<TemplateKey, string>>,
): Promise<void> {
  for (const [templateKey, answer] of Object.entries(results)) {
    if (answer !== 'accept') continue;
    await db.subscribeGrant.upsert({
      where: { userId_templateKey: { userId, templateKey } },
      create: { userId, templateKey, remaining: 1 },
      update: { remaining: { increment: 1 } },
    });
  }
}
