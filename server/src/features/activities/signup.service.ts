import { Prisma, rawRows, type PrismaClient } from '@wuxie/prisma';
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
import { isUniqueViolation } from './db-errors';
import { newTicketNonce } from './ticket';
import { fillFreeSeats } from './waitlist.service';

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
export async function loadSignupContext(db: PrismaClient, activityId: number, userId: number): Promise<{ activity: SignupActivity; prior: PriorRegistration | null }> {
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
 * Signs a person up: confirmed while a seat is free, else waitlisted, in ONE statement (sent
 * straight through the pg pool on PostgreSQL: rawRows, the sign-up rush's bottleneck was Prisma).
 *
 * Seat: the conditional update `confirmedCount < capacity` (PostgreSQL re-checks it on the latest
 * row version when another sign-up changed the row first), so the count can never pass the
 * capacity; the registration is confirmed only if that update happened. Seat takers hold the
 * activity row lock until commit and so take turns.
 * Waitlist: the row is only share-locked, so a rush of waitlisted sign-ups commits in parallel,
 * yet a cancellation (which takes the row exclusively) waits until they are committed and sees
 * them before it decides whom to promote. The place comes from the Registration id sequence,
 * drawn in the statement. If the share lock, taken after waiting, shows a seat that became free
 * meanwhile (the seat update read an older snapshot), `freeSeatSeen` tells the caller to fill it
 * from the waitlist in order once this commits.
 * A second registration of the same person violates the unique (activityId, userId) index, which
 * fails the whole statement, seat included.
 */
async function insertRegistration(
  db: PrismaClient,
  activityId: number,
  person: SignupPerson,
  extra: ExtraValues,
): Promise<(RegistrationRow & { freeSeatSeen: boolean; waitlistPosition: number | null }) | null> {
  const rows = await rawRows<RegistrationRow & { freeSeatSeen: boolean; waitlistPosition: number | null }>(
    db,
    Prisma.sql`
    WITH seat AS (
      UPDATE "Activity" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = now()
      WHERE "id" = ${activityId}::int AND "status" = 'published' AND "confirmedCount" < "capacity"
      RETURNING "id"
    ),
    queue AS MATERIALIZED (
      SELECT "id", "waitlistEnabled", "confirmedCount" < "capacity" AS "freeSeatSeen" FROM "Activity"
      WHERE "id" = ${activityId}::int AND "status" = 'published' AND NOT EXISTS (SELECT 1 FROM seat)
      FOR SHARE
    ),
    next AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('"Registration"', 'id'))::int AS "id"),
    inserted AS (
      INSERT INTO "Registration"
        ("id", "activityId", "userId", "companyId", "registeredById", "status", "waitlistSeq", "extra", "ticketNonce", "createdAt", "updatedAt")
      SELECT n."id", ${activityId}::int, ${person.userId}::int, ${person.companyId}::int, ${person.registeredById}::int,
        CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'confirmed'::"RegistrationStatus" ELSE 'waitlisted'::"RegistrationStatus" END,
        CASE WHEN EXISTS (SELECT 1 FROM seat) THEN NULL ELSE n."id" END,
        ${JSON.stringify(extra)}::jsonb, ${newTicketNonce()}::text, now(), now()
      FROM next n
      WHERE EXISTS (SELECT 1 FROM seat) OR EXISTS (SELECT 1 FROM queue WHERE "waitlistEnabled")
      RETURNING "id", "activityId", "status", "waitlistSeq", "ticketNonce", "extra", "userId", "registeredById",
        "checkedInAt", "result", "score", "certificateNo", "certificateAt", "promotedAt", "createdAt"
    )
    SELECT "id", "activityId", "status"::text AS "status", "waitlistSeq", "ticketNonce", "extra", "userId", "registeredById",
      "checkedInAt" AT TIME ZONE 'UTC' AS "checkedInAt", "result"::text AS "result", "score", "certificateNo",
      "certificateAt" AT TIME ZONE 'UTC' AS "certificateAt", "promotedAt" AT TIME ZONE 'UTC' AS "promotedAt",
      "createdAt" AT TIME ZONE 'UTC' AS "createdAt",
      COALESCE((SELECT "freeSeatSeen" FROM queue), false) AS "freeSeatSeen",
      CASE WHEN i."status" = 'waitlisted' THEN 1 + (
        SELECT count(*)::int FROM "Registration" w
        WHERE w."activityId" = i."activityId" AND w."status" = 'waitlisted' AND w."waitlistSeq" < i."waitlistSeq"
      ) END AS "waitlistPosition"
    FROM inserted i`,
  );
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

/**
 * Signs one person up (rules already checked by admitToSignup; `prior` from loadSignupContext, or
 * 'unknown' to let the unique index tell: one query less for the many who have no registration).
 * Safe under any concurrency: a person who already holds a registration gets it back unchanged.
 */
export async function signUp(
  db: PrismaClient,
  activity: SignupActivity,
  person: SignupPerson,
  extra: ExtraValues,
  prior: PriorRegistration | null | 'unknown',
): Promise<SignupOutcome> {
  const existing = () => db.registration.findUnique({ where: { activityId_userId: { activityId: activity.id, userId: person.userId } }, select: registrationSelect });
  if (prior !== 'unknown' && prior && prior.status !== 'cancelled') {
    const registration = await existing();
    if (registration) return { created: false, registration };
  }
  if (prior === null || prior === 'unknown') {
    const inserted = await insertRegistration(db, activity.id, person, extra).catch((error: unknown) => {
      if (isUniqueViolation(error)) return null; // a concurrent tap of the same person won
      throw error;
    });
    if (inserted) {
      const { freeSeatSeen, waitlistPosition, ...registration } = inserted;
      if (!freeSeatSeen) return { created: true, registration, waitlistPosition };
      await fillFreeSeats(db, activity.id);
      return { created: true, registration: (await existing()) ?? registration };
    }
  }
  // Nothing inserted (the person is registered already — a concurrent tap, or earlier when the
  // caller did not look first — or the activity is full without a waitlist), or there is a
  // cancelled registration to reopen.
  const known = prior === 'unknown' ? await loadPrior(db, activity.id, person.userId) : prior;
  const outcome = known?.status === 'cancelled' ? await reopenRegistration(db, known.id, activity.id, person, extra) : 'already';
  const registration = outcome === 'refused' ? null : await existing();
  if (registration) return { created: outcome === 'reopened', registration };
  const fresh = await db.activity.findUnique({ where: { id: activity.id }, select: { status: true } });
  if (fresh?.status !== 'published') throw new AppError('CONFLICT', fresh?.status === 'cancelled' ? '活动已取消，不能报名' : '活动已结束，不能报名');
  throw new AppError('CONFLICT', '名额已满，本活动不设候补');
}
