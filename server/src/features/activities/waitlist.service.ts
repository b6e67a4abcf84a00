import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { formatChinaDateTime, formatChinaStamp } from '@wuxie/shared';
import { enqueueNotification } from '../notifications/notifications.service';

/** Client page of an activity, used as the link of every notification about it. */
export function activityLink(activityId: number): string {
  return `/packages/activities/detail/index?id=${activityId}`;
}

/** WeChat "thing" values are at most 20 characters. */
export function thing(text: string): string {
  const chars = Array.from(text);
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
}

/**
 * Moves the first `seats` waitlisted people (lowest waitlistSeq first) to confirmed and queues
 * their notifications, all inside the caller's transaction, which must hold the activity row
 * lock. Rows another transaction is cancelling right now are skipped, not waited for.
 */
export async function promoteFromWaitlist(
  tx: Prisma.TransactionClient,
  activity: { id: number; title: string; startAt: Date },
  seats: number,
): Promise<{ id: number; userId: number }[]> {
  if (seats <= 0) return [];
  const promoted = await tx.$queryRaw<{ id: number; userId: number }[]>`
    UPDATE "Registration" SET "status" = 'confirmed', "promotedAt" = now(), "updatedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "Registration"
      WHERE "activityId" = ${activity.id}::int AND "status" = 'waitlisted'
      ORDER BY "waitlistSeq" ASC NULLS LAST, "id" ASC
      LIMIT ${seats}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "userId"`;
  for (const p of promoted) {
    await enqueueNotification(tx, {
      userId: p.userId,
      kind: 'activity.promoted',
      title: '候补成功，您已获得名额',
      body: `「${activity.title}」有人取消了报名，您已从候补转为报名成功。活动时间：${formatChinaDateTime(activity.startAt)}。`,
      link: activityLink(activity.id),
      template: {
        key: 'waitlist_promoted',
        data: { thing1: thing(activity.title), time2: formatChinaStamp(activity.startAt), phrase3: '候补成功' },
      },
    });
  }
  return promoted;
}

/** Locks the activity row for the rest of the transaction (the one lock every seat change takes first). */
export async function lockActivity(tx: Prisma.TransactionClient, activityId: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Activity" WHERE "id" = ${activityId}::int FOR NO KEY UPDATE`;
  return rows.length === 1;
}

/**
 * Gives every free seat of a published activity to the waitlist, in order, in one transaction
 * under the activity row lock. Called after a sign-up batch that found free seats while people
 * were waiting (signup-batch.service.ts); every other seat change promotes in its own transaction.
 */
export async function fillFreeSeats(db: PrismaClient, activityId: number): Promise<number> {
  return db.$transaction(async (tx) => {
    if (!(await lockActivity(tx, activityId))) return 0;
    const a = await tx.activity.findUniqueOrThrow({
      where: { id: activityId },
      select: { id: true, title: true, startAt: true, status: true, capacity: true, confirmedCount: true },
    });
    if (a.status !== 'published') return 0;
    const promoted = await promoteFromWaitlist(tx, a, a.capacity - a.confirmedCount);
    if (promoted.length) await tx.activity.update({ where: { id: activityId }, data: { confirmedCount: { increment: promoted.length } } });
    return promoted.length;
  });
}
