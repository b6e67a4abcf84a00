import type { Prisma } from '@wuxie/prisma';
import { activityPhase, seatsLeft, type ActivitySummary, type RegistrationView } from '@wuxie/shared';
import { ticketCodeFor } from './ticket.service';

/** The Activity columns every view reads. */
export const activitySelect = {
  id: true,
  type: true,
  title: true,
  coverUrl: true,
  place: true,
  onlineUrl: true,
  startAt: true,
  endAt: true,
  signupStartAt: true,
  signupEndAt: true,
  capacity: true,
  confirmedCount: true,
  waitlistEnabled: true,
  audience: true,
  cancelRule: true,
  status: true,
} satisfies Prisma.ActivitySelect;

export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof activitySelect }>;

export function toSummary(a: ActivityRow, now: Date): ActivitySummary {
  return {
    id: a.id,
    type: a.type,
    title: a.title,
    coverUrl: a.coverUrl,
    place: a.place,
    online: a.onlineUrl !== null,
    startAt: a.startAt.toISOString(),
    endAt: a.endAt.toISOString(),
    signupStartAt: a.signupStartAt.toISOString(),
    signupEndAt: a.signupEndAt.toISOString(),
    capacity: a.capacity,
    confirmedCount: a.confirmedCount,
    seatsLeft: seatsLeft(a),
    waitlistEnabled: a.waitlistEnabled,
    audience: a.audience,
    cancelRule: a.cancelRule,
    status: a.status,
    phase: activityPhase(a, now),
  };
}

/** The Registration columns the person's own view reads. */
export const registrationSelect = {
  id: true,
  activityId: true,
  status: true,
  waitlistSeq: true,
  ticketNonce: true,
  extra: true,
  userId: true,
  registeredById: true,
  checkedInAt: true,
  result: true,
  score: true,
  certificateNo: true,
  certificateAt: true,
  promotedAt: true,
  createdAt: true,
} satisfies Prisma.RegistrationSelect;

export type RegistrationRow = Prisma.RegistrationGetPayload<{ select: typeof registrationSelect }>;

/** Stored extra values as a string map (anything else in the JSON is ignored). */
export function extraOf(json: Prisma.JsonValue): Record<string, string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(json)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function toRegistrationView(r: RegistrationRow, secret: string, waitlistPosition: number | null): RegistrationView {
  return {
    id: r.id,
    activityId: r.activityId,
    status: r.status,
    waitlistPosition: r.status === 'waitlisted' ? waitlistPosition : null,
    ticketCode: r.status === 'confirmed' ? ticketCodeFor(secret, r.id, r.ticketNonce) : null,
    extra: extraOf(r.extra),
    registeredByOther: r.registeredById !== null && r.registeredById !== r.userId,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    result: r.result,
    score: r.score === null ? null : Number(r.score),
    certificateNo: r.certificateNo,
    certificateAt: r.certificateAt?.toISOString() ?? null,
    promotedAt: r.promotedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** 1-based place in the waitlist: how many waiting people are ahead, plus one. */
export async function waitlistPosition(
  db: Prisma.TransactionClient,
  r: { id: number; activityId: number; status: string; waitlistSeq: number | null },
): Promise<number | null> {
  if (r.status !== 'waitlisted' || r.waitlistSeq === null) return null;
  const ahead = await db.registration.count({
    where: {
      activityId: r.activityId,
      status: 'waitlisted',
      OR: [{ waitlistSeq: { lt: r.waitlistSeq } }, { waitlistSeq: r.waitlistSeq, id: { lt: r.id } }],
    },
  });
  return ahead + 1;
}
