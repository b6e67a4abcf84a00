import { Prisma, rawTransaction, type PrismaClient, type RawQuery } from '@wuxie/prisma';
import type { ActivityStatus, ExtraValues, RegistrationStatus } from '@wuxie/shared';
import { registrationSelect, type RegistrationRow } from './activities.mappers';
import type { SignupPerson } from './signup.service';
import { newTicketNonce } from './ticket.service';
import { fillFreeSeats } from './waitlist.service';

/** One person to be given a seat or a waitlist place (the rules were checked by the caller). */
export interface SeatRequest {
  activityId: number;
  person: SignupPerson;
  extra: ExtraValues;
}

/** What the batch did for one request. */
export type SeatAnswer =
  /**
   * A new registration: confirmed, or waitlisted at `waitlistPosition` (exact when it committed;
   * undefined when the line moved after the batch and the place must be counted again).
   */
  | { kind: 'inserted'; registration: RegistrationRow; waitlistPosition?: number | null }
  /** The person already has a registration for the activity (of any status, cancelled included). */
  | { kind: 'registered' }
  /** No seat left and the activity keeps no waitlist. */
  | { kind: 'full' }
  /** The activity is not open for sign-up (null: it does not exist). */
  | { kind: 'closed'; status: Exclude<ActivityStatus, 'published'> | null };

/** Sign-ups of one transaction at most. */
const SIGNUP_BATCH_MAX = 200;
/** Sign-up transactions one process keeps open at once; the rest of the rush waits for the next batch. */
const SIGNUP_BATCHES_IN_FLIGHT = 2;

interface Pending {
  request: SeatRequest;
  resolve(answer: SeatAnswer): void;
  reject(error: unknown): void;
}

interface LockedActivity {
  id: number;
  capacity: number;
  confirmedCount: number;
  waitlistEnabled: boolean;
  status: ActivityStatus;
}

/**
 * Group commit for sign-ups (decision 013). Sign-ups that arrive while earlier ones are being
 * written are queued and then written together in ONE transaction: one lock round, one commit,
 * one WAL flush for the lot, instead of one each. With nobody else signing up a request is
 * written on the next turn of the event loop, alone.
 *
 * A batch locks its activities' rows (in id order, so batches never deadlock each other), then
 * reads what it needs in a fresh snapshot taken after the lock: who is registered already and how
 * many wait. Every seat change takes the same row lock first, so what the batch reads cannot change
 * under it; seats, waitlist places and positions are decided in arrival order and are exact. The
 * rows and the seat counts are written by one statement.
 *
 * No newcomer takes a free seat while people wait for one: should the batch find both (data
 * from before batches, or a change made past the app), newcomers join the line and the free seats
 * go to the line in order right after the batch commits (fillFreeSeats).
 *
 * If a batch fails, each of its requests is tried again on its own, so one person's failure (say
 * a user row deleted meanwhile) reaches only that person.
 */
export class SignupBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly db: PrismaClient,
    private readonly maxBatch = SIGNUP_BATCH_MAX,
    private readonly maxInFlight = SIGNUP_BATCHES_IN_FLIGHT,
  ) {}

  seat(request: SeatRequest): Promise<SeatAnswer> {
    return new Promise<SeatAnswer>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    // The next turn of the loop, so that requests parsed in this one join the batch.
    setImmediate(() => {
      this.scheduled = false;
      while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        this.inFlight += 1;
        void this.run(batch).finally(() => {
          this.inFlight -= 1;
          this.schedule();
        });
      }
    });
  }

  private async run(batch: Pending[]): Promise<void> {
    let answers: SeatAnswer[];
    try {
      const done = await rawTransaction(this.db, (query) =>
        seatBatch(
          query,
          batch.map((p) => p.request),
        ),
      );
      answers = done.lineFirst.length ? await this.fillForTheLine(done.answers, done.lineFirst) : done.answers;
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      // One at a time, in arrival order (so places keep that order).
      for (const pending of batch) await this.run([pending]);
      return;
    }
    batch.forEach((pending, i) => pending.resolve(answers[i] as SeatAnswer));
  }

  /** Gives the free seats of these activities to their lines; the batch's new rows are read again. */
  private async fillForTheLine(answers: SeatAnswer[], activityIds: number[]): Promise<SeatAnswer[]> {
    for (const id of activityIds) await fillFreeSeats(this.db, id);
    const moved = new Set(activityIds);
    return Promise.all(
      answers.map(async (a) => {
        if (a.kind !== 'inserted' || !moved.has(a.registration.activityId)) return a;
        const registration = await this.db.registration.findUniqueOrThrow({ where: { id: a.registration.id }, select: registrationSelect });
        return { kind: 'inserted' as const, registration };
      }),
    );
  }
}

/**
 * The work of one batch, inside its transaction. Answers are in the order of `requests`;
 * `lineFirst` lists the activities whose free seats belong to people already waiting.
 */
async function seatBatch(query: RawQuery, requests: SeatRequest[]): Promise<{ answers: SeatAnswer[]; lineFirst: number[] }> {
  const activityIds = [...new Set(requests.map((r) => r.activityId))].sort((a, b) => a - b);
  const locked = await query<LockedActivity>(Prisma.sql`
    SELECT "id", "capacity", "confirmedCount", "waitlistEnabled", "status"::text AS "status"
    FROM "Activity" WHERE "id" IN (${Prisma.join(activityIds)}) ORDER BY "id" FOR NO KEY UPDATE`);
  const activities = new Map(locked.map((a) => [a.id, a]));

  // A new statement, so a new snapshot: it sees everything committed by whoever held the locks before.
  const pairs = JSON.stringify(requests.map((r) => ({ a: r.activityId, u: r.person.userId })));
  const facts = await query<{ kind: 'registered' | 'waiting' | 'id'; activityId: number; n: number }>(Prisma.sql`
    SELECT 'registered' AS "kind", r."activityId", r."userId" AS "n"
    FROM "Registration" r JOIN jsonb_to_recordset(${pairs}::jsonb) AS p("a" int, "u" int) ON r."activityId" = p."a" AND r."userId" = p."u"
    UNION ALL
    SELECT 'waiting', "activityId", count(*)::int FROM "Registration"
    WHERE "activityId" IN (${Prisma.join(activityIds)}) AND "status" = 'waitlisted' GROUP BY "activityId"
    UNION ALL
    SELECT 'id', 0, nextval(pg_get_serial_sequence('"Registration"', 'id'))::int FROM generate_series(1, ${requests.length}::int)`);
  const registered = new Set(facts.filter((f) => f.kind === 'registered').map((f) => `${f.activityId}:${f.n}`));
  const waiting = new Map(facts.filter((f) => f.kind === 'waiting').map((f) => [f.activityId, f.n]));
  // Ids drawn from the sequence in this batch, lowest first, handed out in arrival order: a
  // waitlisted registration's place in line (waitlistSeq) is its id.
  const ids = facts
    .filter((f) => f.kind === 'id')
    .map((f) => f.n)
    .sort((a, b) => a - b);
  const lineFirst = locked
    .filter((a) => a.status === 'published' && a.confirmedCount < a.capacity && (waiting.get(a.id) ?? 0) > 0)
    .map((a) => a.id);

  const answers: (SeatAnswer | { kind: 'insert'; id: number; status: RegistrationStatus; position: number | null })[] = requests.map(
    (r, i) => {
      const key = `${r.activityId}:${r.person.userId}`;
      if (registered.has(key)) return { kind: 'registered' };
      const activity = activities.get(r.activityId);
      if (!activity) return { kind: 'closed', status: null };
      if (activity.status !== 'published') return { kind: 'closed', status: activity.status };
      const id = ids[i] as number;
      if (activity.confirmedCount < activity.capacity && !lineFirst.includes(activity.id)) {
        activity.confirmedCount += 1;
        registered.add(key); // a second tap in the same batch finds this one
        return { kind: 'insert', id, status: 'confirmed', position: null };
      }
      if (!activity.waitlistEnabled) return { kind: 'full' };
      const position = (waiting.get(r.activityId) ?? 0) + 1;
      waiting.set(r.activityId, position);
      registered.add(key);
      return { kind: 'insert', id, status: 'waitlisted', position };
    },
  );

  const rows = requests.flatMap((r, i) => {
    const a = answers[i];
    if (a?.kind !== 'insert') return [];
    return [
      {
        id: a.id,
        activityId: r.activityId,
        userId: r.person.userId,
        companyId: r.person.companyId,
        registeredById: r.person.registeredById,
        status: a.status,
        extra: r.extra,
        ticketNonce: newTicketNonce(),
      },
    ];
  });
  const inserted =
    rows.length === 0
      ? []
      : await query<RegistrationRow>(Prisma.sql`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS t("id" int, "activityId" int, "userId" int, "companyId" int, "registeredById" int, "status" text, "extra" jsonb, "ticketNonce" text)
    ),
    inserted AS (
      INSERT INTO "Registration"
        ("id", "activityId", "userId", "companyId", "registeredById", "status", "waitlistSeq", "extra", "ticketNonce", "createdAt", "updatedAt")
      SELECT "id", "activityId", "userId", "companyId", "registeredById", "status"::"RegistrationStatus",
        CASE WHEN "status" = 'waitlisted' THEN "id" END, "extra", "ticketNonce", now(), now()
      FROM input
      RETURNING "id", "activityId", "status", "waitlistSeq", "ticketNonce", "extra", "userId", "registeredById",
        "checkedInAt", "result", "score", "certificateNo", "certificateAt", "promotedAt", "createdAt"
    ),
    seats AS (
      UPDATE "Activity" a SET "confirmedCount" = a."confirmedCount" + k."n", "updatedAt" = now()
      FROM (SELECT "activityId", count(*)::int AS "n" FROM inserted WHERE "status" = 'confirmed' GROUP BY "activityId") k
      WHERE a."id" = k."activityId"
      RETURNING a."id"
    )
    SELECT "id", "activityId", "status"::text AS "status", "waitlistSeq", "ticketNonce", "extra", "userId", "registeredById",
      "checkedInAt" AT TIME ZONE 'UTC' AS "checkedInAt", "result"::text AS "result", "score", "certificateNo",
      "certificateAt" AT TIME ZONE 'UTC' AS "certificateAt", "promotedAt" AT TIME ZONE 'UTC' AS "promotedAt",
      "createdAt" AT TIME ZONE 'UTC' AS "createdAt"
    FROM inserted`);
  const byId = new Map(inserted.map((row) => [row.id, row]));

  return {
    lineFirst,
    answers: answers.map((a): SeatAnswer => {
      if (a.kind !== 'insert') return a;
      const registration = byId.get(a.id);
      if (!registration) throw new Error(`registration ${a.id} was not written`);
      return { kind: 'inserted', registration, waitlistPosition: a.position };
    }),
  };
}

const batchers = new WeakMap<PrismaClient, SignupBatcher>();

/** The sign-up batcher of this database client (one per process, one per test app). */
export function signupBatcherFor(db: PrismaClient): SignupBatcher {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new SignupBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher;
}
