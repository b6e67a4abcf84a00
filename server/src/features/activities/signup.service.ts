import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  SIGNUP_REFUSAL_MESSAGES,
  checkExtraValues,
  closedStatusRefusal,
  readExtraFields,
  signupRefusal,
  type ExtraValues,
  type Participant,
  type ActivityStatus,
  type RegistrationStatus,
} from '@wuxie/shared';
import { AppError, notFound } from '../../lib/errors';
import { activitySelect, registrationSelect, type ActivityRow, type RegistrationRow } from './activities.mappers';
import { newTicketNonce } from './ticket.service';
import { signupBatcherFor } from './signup-batch.service';

export type SignupActivity = ActivityRow & { extraFields: Prisma.JsonValue };

/** Someone being signed up: who they are, and who pressed the button (themselves or their company admin). */
export interface SignupPerson extends Participant {
  userId: number;
  registeredById: number;
}

export interface SignupOutcome {
  created: boolean;
  registration: RegistrationRow;
  /** The waitlist place when the sign-up statement counted it (undefined: ask waitlistPosition). */
  waitlistPosition?: number | null;
}

export async function loadSignupActivity(db: Prisma.TransactionClient, activityId: number): Promise<SignupActivity> {
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: { ...activitySelect, extraFields: true } });
  if (!activity || activity.status === 'draft') throw notFound('活动');
  return activity;
}

/** A person's registration for the activity, as far as signing up needs to know. */
export interface PriorRegistration {
  id: number;
  status: RegistrationStatus;
}

/** The person's registration for the activity, if any. */
export async function loadPrior(db: PrismaClient, activityId: number, userId: number): Promise<PriorRegistration | null> {
  return db.registration.findUnique({ where: { activityId_userId: { activityId, userId } }, select: { id: true, status: true } });
}

/** The activity and the person's registration for it (if any), in one query. */
export async function loadSignupContext(
  db: PrismaClient,
  activityId: number,
  userId: number,
): Promise<{ activity: SignupActivity; prior: PriorRegistration | null }> {
  const [row] = await db.$queryRaw<(SignupActivity & { priorId: number | null; priorStatus: RegistrationStatus | null })[]>`
    SELECT a."id", a."type"::text AS "type", a."title", a."coverUrl", a."place", a."onlineUrl", a."startAt", a."endAt",
      a."signupStartAt", a."signupEndAt", a."capacity", a."confirmedCount", a."waitlistEnabled", a."audience"::text AS "audience",
      a."cancelRule"::text AS "cancelRule", a."status"::text AS "status", a."extraFields",
      r."id" AS "priorId", r."status"::text AS "priorStatus"
    FROM "Activity" a LEFT JOIN "Registration" r ON r."activityId" = a."id" AND r."userId" = ${userId}::int
    WHERE a."id" = ${activityId}::int`;
  if (!row || row.status === 'draft') throw notFound('活动');
  const { priorId, priorStatus, ...activity } = row;
  return { activity, prior: priorId !== null && priorStatus !== null ? { id: priorId, status: priorStatus } : null };
}

/** Checks the rules and the extra values; returns the values to store or throws the refusal. */
export function admitToSignup(activity: SignupActivity, person: Participant, extraInput: Record<string, unknown>, now: Date): ExtraValues {
  const refusal = signupRefusal(activity, person, now);
  if (refusal) throw new AppError(refusal.reason === 'audience' ? 'FORBIDDEN' : 'CONFLICT', refusal.message);
  const check = checkExtraValues(readExtraFields(activity.extraFields), extraInput);
  if (!check.ok) {
    const first = check.issues[0];
    throw new AppError('VALIDATION_FAILED', first ? `报名信息需要修改：${first.message}` : '报名信息需要修改', check.issues);
  }
  return check.values;
}

/**
 * Re-opens a cancelled registration of the same person (the unique index keeps one row per person
 * and activity). Activity row first, then the registration: the same lock order as everywhere.
 */
async function reopenRegistration(
  db: PrismaClient,
  registrationId: number,
  activityId: number,
  person: SignupPerson,
  extra: ExtraValues,
): Promise<'reopened' | 'already' | 'refused'> {
  return db.$transaction(async (tx) => {
    const [activity] = await tx.$queryRaw<{ waitlistEnabled: boolean; status: string }[]>`
      SELECT "waitlistEnabled", "status"::text AS "status" FROM "Activity" WHERE "id" = ${activityId} FOR NO KEY UPDATE`;
    const [reg] = await tx.$queryRaw<{ status: string }[]>`
      SELECT "status"::text AS "status" FROM "Registration" WHERE "id" = ${registrationId} FOR UPDATE`;
    if (reg && reg.status !== 'cancelled') return 'already';
    if (!activity || activity.status !== 'published' || !reg) return 'refused';
    const seat = await tx.$executeRaw`
      UPDATE "Activity" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = now()
      WHERE "id" = ${activityId} AND "confirmedCount" < "capacity"`;
    if (seat === 0 && !activity.waitlistEnabled) return 'refused';
    const [seq] =
      seat === 1 ? [] : await tx.$queryRaw<{ seq: number }[]>`SELECT nextval(pg_get_serial_sequence('"Registration"', 'id'))::int AS "seq"`;
    const status: RegistrationStatus = seat === 1 ? 'confirmed' : 'waitlisted';
    await tx.registration.update({
      where: { id: registrationId },
      data: {
        status,
        waitlistSeq: seq?.seq ?? null,
        extra,
        companyId: person.companyId,
        registeredById: person.registeredById,
        ticketNonce: newTicketNonce(),
        cancelledAt: null,
        promotedAt: null,
        checkedInAt: null,
        checkedInById: null,
      },
    });
    return 'reopened';
  });
}

/**
 * Signs one person up (rules already checked by admitToSignup; `prior` from loadSignupContext, or
 * 'unknown' to let the batch find out: one query less for the many who have no registration).
 * The seat or waitlist place is decided by the sign-up batch (signup-batch.service.ts) under the activity
 * row lock. Safe under any concurrency: a person who already holds a registration gets it back
 * unchanged; one who cancelled earlier has it re-opened.
 */
export async function signUp(
  db: PrismaClient,
  activity: SignupActivity,
  person: SignupPerson,
  extra: ExtraValues,
  prior: PriorRegistration | null | 'unknown',
): Promise<SignupOutcome> {
  const existing = () =>
    db.registration.findUnique({
      where: { activityId_userId: { activityId: activity.id, userId: person.userId } },
      select: registrationSelect,
    });
  if (prior === null || prior === 'unknown') {
    const answer = await signupBatcherFor(db).seat({ activityId: activity.id, person, extra });
    if (answer.kind === 'inserted') return { created: true, registration: answer.registration, waitlistPosition: answer.waitlistPosition };
    if (answer.kind === 'closed') throw closedRefusal(answer.status);
    if (answer.kind === 'full') throw new AppError('CONFLICT', SIGNUP_REFUSAL_MESSAGES.full);
  }
  // Registered already (earlier, or a concurrent tap): given back as it is, or re-opened if cancelled.
  const current = await existing();
  if (!current) throw new AppError('CONFLICT', '报名未成功，请重试');
  if (current.status !== 'cancelled') return { created: false, registration: current };
  const outcome = await reopenRegistration(db, current.id, activity.id, person, extra);
  if (outcome === 'refused') {
    const fresh = await db.activity.findUnique({ where: { id: activity.id }, select: { status: true } });
    throw fresh?.status === 'published' ? new AppError('CONFLICT', SIGNUP_REFUSAL_MESSAGES.full) : closedRefusal(fresh?.status ?? null);
  }
  return { created: outcome === 'reopened', registration: (await existing()) ?? current };
}

function closedRefusal(status: Exclude<ActivityStatus, 'published'> | null): AppError {
  if (status === null) return notFound('活动');
  return new AppError('CONFLICT', closedStatusRefusal(status));
}
