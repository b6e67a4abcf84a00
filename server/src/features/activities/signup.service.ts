import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  checkExtraValues,
  readExtraFields,
  signupRefusal,
  type ExtraValues,
  type Participant,
  type RegistrationStatus,
} from '@wuxie/shared';
import { AppError, notFound } from '../../lib/errors';
import { activitySelect, registrationSelect, type ActivityRow, type RegistrationRow } from './activities.mappers';
import { newTicketNonce } from './ticket';

export type SignupActivity = ActivityRow & { extraFields: Prisma.JsonValue };

/** Someone being signed up: who they are, and who pressed the button (themselves or their company admin). */
export interface SignupPerson extends Participant {
  userId: number;
  registeredById: number;
}

export interface SignupOutcome {
  created: boolean;
  registration: RegistrationRow;
}

export async function loadSignupActivity(db: Prisma.TransactionClient, activityId: number): Promise<SignupActivity> {
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: { ...activitySelect, extraFields: true } });
  if (!activity || activity.status === 'draft') throw notFound('活动');
  return activity;
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
 * Signs a person up: confirmed while a seat is free, else waitlisted, in ONE statement.
 *
 * The statement first locks the activity row (FOR NO KEY UPDATE), so sign-ups, cancellations and
 * promotions of one activity take turns; after waiting for the lock PostgreSQL hands back the
 * latest committed version of the row, and the seat decision `confirmedCount < capacity` is made
 * on that version. The seat count goes up only if a confirmed row was actually inserted. A
 * waitlisted registration gets its place from the Registration id sequence, drawn while the lock
 * is held, so the waitlist order is the order people were turned away. A second registration of
 * the same person hits the unique (activityId, userId) index and inserts nothing (and takes no
 * seat); the caller then answers with the existing one.
 * (Filtering the seat UPDATE on its own columns instead would read the statement's older snapshot
 * and could miss a seat freed while waiting for the lock.)
 */
async function insertRegistration(db: PrismaClient, activityId: number, person: SignupPerson, extra: ExtraValues): Promise<{ id: number } | null> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    WITH locked AS MATERIALIZED (
      SELECT "id", "confirmedCount" < "capacity" AS "seated", "waitlistEnabled" FROM "Activity"
      WHERE "id" = ${activityId}::int AND "status" = 'published'
      FOR NO KEY UPDATE
    ),
    next AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('"Registration"', 'id'))::int AS "id"),
    inserted AS (
      INSERT INTO "Registration"
        ("id", "activityId", "userId", "companyId", "registeredById", "status", "waitlistSeq", "extra", "ticketNonce", "createdAt", "updatedAt")
      SELECT n."id", l."id", ${person.userId}::int, ${person.companyId}::int, ${person.registeredById}::int,
        CASE WHEN l."seated" THEN 'confirmed'::"RegistrationStatus" ELSE 'waitlisted'::"RegistrationStatus" END,
        CASE WHEN l."seated" THEN NULL ELSE n."id" END,
        ${JSON.stringify(extra)}::jsonb, ${newTicketNonce()}::text, now(), now()
      FROM locked l CROSS JOIN next n
      WHERE l."seated" OR l."waitlistEnabled"
      ON CONFLICT ("activityId", "userId") DO NOTHING
      RETURNING "id", "status"
    ),
    seat AS (
      UPDATE "Activity" a SET "confirmedCount" = a."confirmedCount" + 1, "updatedAt" = now()
      FROM locked l
      WHERE a."id" = l."id" AND EXISTS (SELECT 1 FROM inserted i WHERE i."status" = 'confirmed')
      RETURNING a."id"
    )
    SELECT "id" FROM inserted`;
  return rows[0] ?? null;
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
    const [seq] = seat === 1 ? [] : await tx.$queryRaw<{ seq: number }[]>`SELECT nextval(pg_get_serial_sequence('"Registration"', 'id'))::int AS "seq"`;
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

/** Signs one person up (rules already checked by admitToSignup). Safe under any concurrency. */
export async function signUp(db: PrismaClient, activity: SignupActivity, person: SignupPerson, extra: ExtraValues): Promise<SignupOutcome> {
  const existing = () => db.registration.findUnique({ where: { activityId_userId: { activityId: activity.id, userId: person.userId } }, select: registrationSelect });
  const previous = await existing();
  if (previous && previous.status !== 'cancelled') return { created: false, registration: previous };

  let outcome: 'created' | 'already' | 'refused';
  if (previous) {
    const reopened = await reopenRegistration(db, previous.id, activity.id, person, extra);
    outcome = reopened === 'reopened' ? 'created' : reopened;
  } else {
    // Nothing inserted: a concurrent tap of the same person won (answer with theirs), or refused.
    outcome = (await insertRegistration(db, activity.id, person, extra)) ? 'created' : (await existing()) ? 'already' : 'refused';
  }
  const registration = outcome === 'refused' ? null : await existing();
  if (registration) return { created: outcome === 'created', registration };
  const fresh = await db.activity.findUnique({ where: { id: activity.id }, select: { status: true } });
  if (fresh?.status !== 'published') throw new AppError('CONFLICT', fresh?.status === 'cancelled' ? '活动已取消，不能报名' : '活动已结束，不能报名');
  throw new AppError('CONFLICT', '名额已满，本活动不设候补');
}
