import type { PrismaClient } from '@wuxie/prisma';
import { alreadyCheckedInMessage, checkInRefusal, type CheckInResult } from '@wuxie/shared';
import { writeAudit, type Actor } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { claimedRegistrationId, verifyTicketCode } from './ticket.service';

const FORGED = '票码无效：不是本系统签发的票，请让对方出示报名成功页的二维码';

/**
 * Checks a ticket in. The signature is checked before anything about the registration is said, so
 * a guessed or altered code learns nothing. The check-in itself is a conditional update
 * (`checkedInAt IS NULL`), so two phones scanning the same ticket at once record it once.
 */
export async function checkIn(
  db: PrismaClient,
  secret: string,
  actor: Actor,
  code: string,
  activityId: number | undefined,
  now: Date,
): Promise<CheckInResult> {
  const id = claimedRegistrationId(code);
  const reg =
    id === null
      ? null
      : await db.registration.findUnique({
          where: { id },
          select: {
            id: true,
            ticketNonce: true,
            status: true,
            checkedInAt: true,
            activityId: true,
            user: { select: { name: true } },
            company: { select: { name: true } },
            activity: { select: { title: true, status: true, startAt: true, endAt: true } },
          },
        });
  if (!reg || !verifyTicketCode(secret, code, reg.id, reg.ticketNonce)) throw new AppError('NOT_FOUND', FORGED);
  if (activityId !== undefined && reg.activityId !== activityId) {
    throw new AppError('CONFLICT', `这张票属于另一场活动「${reg.activity.title}」，不是本场的票`);
  }
  const view = (checkedInAt: Date, already: boolean): CheckInResult => ({
    alreadyCheckedIn: already,
    message: already ? alreadyCheckedInMessage(checkedInAt, now) : '签到成功',
    registrationId: reg.id,
    name: reg.user.name,
    companyName: reg.company?.name ?? null,
    activityId: reg.activityId,
    activityTitle: reg.activity.title,
    checkedInAt: checkedInAt.toISOString(),
  });
  if (reg.checkedInAt) return view(reg.checkedInAt, true);
  const refusal = checkInRefusal(reg.activity, reg, now);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const done = await db.registration.updateMany({
    where: { id: reg.id, status: 'confirmed', checkedInAt: null },
    data: { checkedInAt: now, checkedInById: actor.userId },
  });
  if (done.count === 1) {
    await writeAudit(db, actor, { action: 'registration.check_in', entity: 'registration', entityId: reg.id });
    return view(now, false);
  }
  // Someone else checked this ticket in (or it was cancelled) a moment ago.
  const fresh = await db.registration.findUniqueOrThrow({ where: { id: reg.id }, select: { checkedInAt: true, status: true } });
  if (fresh.checkedInAt) return view(fresh.checkedInAt, true);
  throw new AppError('CONFLICT', checkInRefusal(reg.activity, fresh, now) ?? '这张票现在不能签到');
}
