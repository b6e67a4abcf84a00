import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  chinaYear,
  formatCertificateNo,
  formatChinaDate,
  maskPersonName,
  resultRefusal,
  type CertificateVerification,
  type ExamResult,
} from '@wuxie/shared';
import { AppError, notFound } from '../../lib/errors';
import { writeAudit, type Actor } from '../../lib/audit';
import { lockActivity } from './waitlist.service';

export interface RecordedResult {
  registrationId: number;
  result: ExamResult;
  score: number | null;
  certificateNo: string | null;
  issued: boolean;
}

/** The next certificate number of an exam; the caller holds the activity row lock. */
async function nextCertificateNo(tx: Prisma.TransactionClient, activity: { id: number; startAt: Date }): Promise<string> {
  const prefix = formatCertificateNo(chinaYear(activity.startAt), activity.id, 0).slice(0, -4);
  const [last] = await tx.$queryRaw<{ certificateNo: string }[]>`
    SELECT "certificateNo" FROM "Registration"
    WHERE "activityId" = ${activity.id}::int AND "certificateNo" IS NOT NULL
    ORDER BY length("certificateNo") DESC, "certificateNo" DESC LIMIT 1`;
  const seq = last?.certificateNo.startsWith(prefix) ? Number(last.certificateNo.slice(prefix.length)) + 1 : 1;
  return formatCertificateNo(chinaYear(activity.startAt), activity.id, seq);
}

/**
 * Records an exam result. A pass issues the next certificate number of that exam (numbering is
 * serialized by the activity row lock; the unique index is the last guard). A number once issued
 * stays with its registration: changing the result to a fail voids it on the public page rather
 * than freeing it for someone else.
 */
export async function recordResult(
  db: PrismaClient,
  actor: Actor,
  registrationId: number,
  input: { result: ExamResult; score: number | null },
  now: Date,
  expectActivityId?: number,
): Promise<RecordedResult> {
  return db.$transaction(async (tx) => {
    const target = await tx.registration.findUnique({ where: { id: registrationId }, select: { activityId: true } });
    if (!target || (expectActivityId !== undefined && target.activityId !== expectActivityId)) throw notFound('报名记录');
    await lockActivity(tx, target.activityId);
    const activity = await tx.activity.findUniqueOrThrow({
      where: { id: target.activityId },
      select: { id: true, type: true, status: true, startAt: true },
    });
    const reg = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true, certificateNo: true } });
    const refusal = resultRefusal(activity, reg, now);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const issue = input.result === 'passed' && reg.certificateNo === null;
    const certificateNo = issue ? await nextCertificateNo(tx, activity) : reg.certificateNo;
    await tx.registration.update({
      where: { id: registrationId },
      data: { result: input.result, score: input.score, certificateNo, ...(issue ? { certificateAt: now } : {}) },
    });
    await writeAudit(tx, actor, {
      action: 'registration.result',
      entity: 'registration',
      entityId: registrationId,
      detail: { ...input, certificateNo },
    });
    return {
      registrationId,
      result: input.result,
      score: input.score,
      certificateNo: input.result === 'passed' ? certificateNo : null,
      issued: issue,
    };
  });
}

/** The public check of a certificate number: valid only while the result is a pass. */
export async function verifyCertificate(db: PrismaClient, certificateNo: string): Promise<CertificateVerification> {
  const reg = await db.registration.findUnique({
    where: { certificateNo },
    select: {
      result: true,
      certificateAt: true,
      user: { select: { name: true } },
      activity: { select: { title: true, type: true, startAt: true } },
    },
  });
  if (!reg) throw new AppError('NOT_FOUND', `查无此证书：${certificateNo}。请核对编号，或联系协会核实`);
  if (reg.result !== 'passed') throw new AppError('NOT_FOUND', `证书 ${certificateNo} 已作废`);
  return {
    certificateNo,
    holderName: maskPersonName(reg.user.name),
    activityTitle: reg.activity.title,
    activityType: reg.activity.type,
    examDate: formatChinaDate(reg.activity.startAt),
    issuedAt: formatChinaDate(reg.certificateAt ?? reg.activity.startAt),
  };
}
