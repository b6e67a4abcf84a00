import type { PrismaClient } from '@wuxie/prisma';
import { formatChinaDateTime, formatChinaStamp } from '@wuxie/shared';
import type { Logger } from 'pino';
import { enqueueNotification } from '../notifications/notifications.service';
import { activityLink, thing } from './waitlist.service';

const DAY_MS = 24 * 60 * 60 * 1000;
// Any fixed number; every instance uses it so only one sends reminders at a time.
const REMINDER_LOCK = 520_501;

/**
 * Queues the day-before reminder for every confirmed person of a published activity starting in
 * the next 24 hours who has not had it yet. Runs under a transaction-scoped advisory lock, so two
 * server processes never queue the same reminder twice. Returns how many were queued.
 */
export async function queueDayBeforeReminders(db: PrismaClient, now: Date): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REMINDER_LOCK}::bigint)`;
      const due = await tx.registration.findMany({
        where: { status: 'confirmed', activity: { status: 'published', startAt: { gt: now, lte: new Date(now.getTime() + DAY_MS) } } },
        select: { userId: true, activity: { select: { id: true, title: true, startAt: true, place: true, onlineUrl: true } } },
        take: 5000,
      });
      let queued = 0;
      for (const r of due) {
        const link = activityLink(r.activity.id);
        const sent = await tx.notification.findFirst({
          where: { userId: r.userId, kind: 'activity.reminder', link },
          select: { id: true },
        });
        if (sent) continue;
        const where = r.activity.onlineUrl ? '线上参加' : r.activity.place;
        await enqueueNotification(tx, {
          userId: r.userId,
          kind: 'activity.reminder',
          title: '活动明天开始',
          body: `您报名的「${r.activity.title}」将于 ${formatChinaDateTime(r.activity.startAt)} 开始，地点：${where}。请带好电子票按时参加。`,
          link,
          template: {
            key: 'activity_reminder',
            data: { thing1: thing(r.activity.title), time2: formatChinaStamp(r.activity.startAt), thing3: thing(where) },
          },
        });
        queued += 1;
      }
      return queued;
    },
    { timeout: 60_000 },
  );
}

/** The activities background work of one server process: reminders every few minutes. */
export function startActivityJobs(opts: { db: PrismaClient; logger: Logger; intervalMs?: number }): { stop(): void } {
  const run = () =>
    queueDayBeforeReminders(opts.db, new Date())
      .then((n) => {
        if (n > 0) opts.logger.info({ queued: n }, 'activity reminders queued');
      })
      .catch((err: unknown) => opts.logger.error({ err }, 'queueing activity reminders failed'));
  void run();
  const timer = setInterval(() => void run(), opts.intervalMs ?? 5 * 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
