import type { Prisma, PrismaClient } from '@wuxie/prisma';
import { addWorkingDays, chinaDate, chinaDayStart, complaintNumberDay, formatComplaintNumber, type CreateComplaint } from '@wuxie/shared';
import type { Env } from '../../env';
import type { Caller } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { loadWorkCalendar } from './complaints.rules';

type SubmitInput = Omit<Required<CreateComplaint>, 'idempotencyKey'>;

const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

/** Next number of the day, taken inside the caller's transaction (one atomic upsert). */
async function takeNumber(tx: Prisma.TransactionClient, at: Date): Promise<string> {
  const day = complaintNumberDay(at);
  const rows = await tx.$queryRaw<{ seq: number }[]>`
    INSERT INTO "ComplaintNumberCounter" ("day", "seq") VALUES (${day}, 1)
    ON CONFLICT ("day") DO UPDATE SET "seq" = "ComplaintNumberCounter"."seq" + 1
    RETURNING "seq"`;
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error('complaint number counter returned nothing');
  return formatComplaintNumber(at, seq);
}

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

/**
 * Files a complaint. The resident's row is locked for the transaction, so a user's submissions
 * run one at a time: a retry with the same idempotency key finds the first complaint and returns
 * it (however many arrive at once), and the daily limit cannot be overrun by parallel requests.
 */
export async function submitComplaint(
  db: PrismaClient,
  env: Env,
  caller: Caller,
  input: SubmitInput,
  idempotencyKey: string,
  now = new Date(),
): Promise<{ id: number; replayed: boolean }> {
  const calendar = await loadWorkCalendar(db, now, env.COMPLAINT_ACCEPT_WORKDAYS);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${caller.userId} FOR UPDATE`;
    const existing = await tx.complaint.findUnique({
      where: { residentId_idempotencyKey: { residentId: caller.userId, idempotencyKey } },
      select: { id: true },
    });
    if (existing) return { id: existing.id, replayed: true };

    const today = await tx.complaint.count({ where: { residentId: caller.userId, createdAt: { gte: chinaDayStart(chinaDate(now)) } } });
    if (today >= env.COMPLAINT_DAILY_LIMIT) {
      throw new AppError(
        'RATE_LIMITED',
        `每人每天最多提交 ${env.COMPLAINT_DAILY_LIMIT} 件投诉，今天已达上限，请明天再提交；紧急情况请拨打 12345 热线`,
      );
    }
    const community = await tx.community.findUnique({ where: { id: input.communityId }, select: { id: true, companyId: true } });
    if (!community) throw invalid('communityId', '所选小区不存在，请重新选择小区');

    const number = await takeNumber(tx, now);
    const complaint = await tx.complaint.create({
      data: {
        number,
        residentId: caller.userId,
        idempotencyKey,
        category: input.category,
        communityId: community.id,
        companyId: community.companyId,
        title: input.title,
        description: input.description,
        contactPhone: input.contactPhone,
        allowContact: input.anonymous ? false : input.allowContact,
        anonymous: input.anonymous,
        acceptDueAt: addWorkingDays(now, env.COMPLAINT_ACCEPT_WORKDAYS, calendar),
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.complaintEvent.create({
      data: {
        complaintId: complaint.id,
        actorId: caller.userId,
        actorRole: 'resident',
        action: 'submit',
        toStatus: 'submitted',
        createdAt: now,
      },
    });
    if (input.photoKeys.length > 0) {
      const attached = await tx.upload.updateMany({
        where: { key: { in: input.photoKeys }, ownerId: caller.userId, purpose: 'complaint_photo', complaintId: null },
        data: { complaintId: complaint.id },
      });
      if (attached.count !== input.photoKeys.length) {
        throw invalid('photoKeys', '有照片无效（不是您上传的投诉照片，或已用于其他投诉），请删除后重新上传');
      }
    }
    return { id: complaint.id, replayed: false };
  }, TX_OPTIONS);
}
