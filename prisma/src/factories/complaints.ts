import type { Complaint, ComplaintFollowUp, Prisma } from '../../generated/client';
import { COMPLAINT_TEXTS } from './complaint-texts';
import { createCommunity } from './companies';
import { randomOf, type Db, type FactoryOptions } from './context';
import { chinaDate, formatComplaintNumber } from '@wuxie/shared';
import { addWorkdaysNoHolidays } from './time';
import { createUser } from './users';

/** The ComplaintNumberCounter key for an instant: its Beijing date, `YYYY-MM-DD`. */
export function complaintCounterDay(at: Date): string {
  return chinaDate(at);
}

/** Take the next number for the day of `at` from ComplaintNumberCounter (atomic upsert). */
export async function nextComplaintNumber(db: Db, at: Date): Promise<string> {
  const day = complaintCounterDay(at);
  const counter = await db.complaintNumberCounter.upsert({
    where: { day },
    create: { day, seq: 1 },
    update: { seq: { increment: 1 } },
    select: { seq: true },
  });
  return formatComplaintNumber(at, counter.seq);
}

export type ComplaintOverrides = Partial<Prisma.ComplaintUncheckedCreateInput>;

/**
 * Create a complaint with its first timeline event (`submit` by the resident). Missing parties
 * are created: a resident, and a community managed by a new company; the complaint is routed to
 * the community's company. The number comes from the daily counter, as the server's does.
 */
export async function createComplaint(db: Db, overrides: ComplaintOverrides = {}, options?: FactoryOptions): Promise<Complaint> {
  const random = randomOf(options);
  const createdAt = overrides.createdAt ? new Date(overrides.createdAt) : new Date();
  const resident = overrides.residentId
    ? await db.user.findUniqueOrThrow({ where: { id: overrides.residentId }, select: { id: true, phone: true } })
    : await createUser(db, { roles: ['resident'] }, options);
  const community = overrides.communityId
    ? await db.community.findUniqueOrThrow({ where: { id: overrides.communityId }, select: { id: true, companyId: true } })
    : await createCommunity(db, {}, options);
  const category = overrides.category ?? 'property_service';
  const [title, description] = random.pick(COMPLAINT_TEXTS[category]);
  const complaint = await db.complaint.create({
    data: {
      number: await nextComplaintNumber(db, createdAt),
      idempotencyKey: random.hex(32),
      title,
      description,
      contactPhone: resident.phone ?? '',
      acceptDueAt: addWorkdaysNoHolidays(createdAt, 1),
      companyId: community.companyId,
      ...overrides,
      residentId: resident.id,
      communityId: community.id,
      category,
      createdAt,
    },
  });
  await db.complaintEvent.create({
    data: {
      complaintId: complaint.id,
      actorId: resident.id,
      actorRole: 'resident',
      action: 'submit',
      toStatus: 'submitted',
      createdAt,
    },
  });
  return complaint;
}

export type FollowUpOverrides = Partial<Prisma.ComplaintFollowUpUncheckedCreateInput> & { complaintId: number };

/**
 * Record a follow-up rating on a complaint (the next round unless given), by its resident unless
 * `recordedById` says otherwise. Only the row: the complaint's status is the caller's business.
 */
export async function createFollowUp(db: Db, overrides: FollowUpOverrides): Promise<ComplaintFollowUp> {
  const complaint = await db.complaint.findUniqueOrThrow({
    where: { id: overrides.complaintId },
    select: { residentId: true, _count: { select: { followUps: true } } },
  });
  return db.complaintFollowUp.create({
    data: { round: complaint._count.followUps + 1, satisfaction: 'satisfied', recordedById: complaint.residentId, ...overrides },
  });
}
