import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  maskIdNumber,
  readExtraFields,
  type CompanyRegistrationList,
  type RegistrationStatus,
  type Roster,
  type RosterEntry,
} from '@wuxie/shared';
import { notFound } from '../../lib/errors';
import { escapeLike } from '../../lib/like';
import { activitySelect, extraOf, toSummary, waitlistPosition } from './activities.mappers';

const entrySelect = {
  id: true,
  userId: true,
  status: true,
  waitlistSeq: true,
  extra: true,
  checkedInAt: true,
  result: true,
  score: true,
  certificateNo: true,
  createdAt: true,
  user: { select: { name: true, phone: true } },
  company: { select: { name: true } },
  registeredBy: { select: { name: true } },
} satisfies Prisma.RegistrationSelect;

type EntryRow = Prisma.RegistrationGetPayload<{ select: typeof entrySelect }>;

export interface RosterFilter {
  status?: RegistrationStatus;
  q?: string;
  companyId?: number;
}

/**
 * Everyone registered for an activity: confirmed first, then the waitlist in its order, then the
 * cancelled. Waitlist positions are counted over the whole waitlist, whatever the filter.
 */
export async function loadRoster(db: PrismaClient, activityId: number, filter: RosterFilter, now: Date): Promise<Roster> {
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: { ...activitySelect, extraFields: true } });
  if (!activity) throw notFound('活动');
  const waitlist = await db.registration.findMany({
    where: { activityId, status: 'waitlisted' },
    select: { id: true },
    orderBy: [{ waitlistSeq: 'asc' }, { id: 'asc' }],
  });
  const position = new Map(waitlist.map((r, i) => [r.id, i + 1]));
  const rows = await db.registration.findMany({
    where: {
      activityId,
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.companyId !== undefined ? { companyId: filter.companyId } : {}),
      ...(filter.q
        ? { OR: [{ user: { name: { contains: escapeLike(filter.q) } } }, { user: { phone: { contains: escapeLike(filter.q) } } }] }
        : {}),
    },
    select: entrySelect,
    orderBy: [{ status: 'asc' }, { waitlistSeq: 'asc' }, { id: 'asc' }],
    take: 5000,
  });
  const order: Record<RegistrationStatus, number> = { confirmed: 0, waitlisted: 1, cancelled: 2 };
  rows.sort((a, b) => order[a.status] - order[b.status] || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0) || a.id - b.id);
  const idKeys = readExtraFields(activity.extraFields)
    .filter((f) => f.kind === 'id_number')
    .map((f) => f.key);
  // Company admins see their people's ID numbers masked; staff see them whole (exam registration needs them).
  const mask = filter.companyId !== undefined;
  return { activity: toSummary(activity, now), items: rows.map((r) => toEntry(r, position.get(r.id) ?? null, mask ? idKeys : [])) };
}

function toEntry(r: EntryRow, waitlistPosition: number | null, maskedKeys: string[]): RosterEntry {
  const extra = extraOf(r.extra);
  for (const key of maskedKeys) if (extra[key]) extra[key] = maskIdNumber(extra[key]);
  return {
    id: r.id,
    userId: r.userId,
    name: r.user.name,
    phone: r.user.phone,
    companyName: r.company?.name ?? null,
    status: r.status,
    waitlistPosition: r.status === 'waitlisted' ? waitlistPosition : null,
    extra,
    registeredByName: r.registeredBy?.name ?? null,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    result: r.result,
    score: r.score === null ? null : Number(r.score),
    certificateNo: r.result === 'passed' ? r.certificateNo : null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** A company's registrations (any activity, or one), newest activity first; ID numbers masked. */
export async function companyRegistrations(
  db: PrismaClient,
  companyId: number,
  activityId: number | undefined,
  now: Date,
): Promise<CompanyRegistrationList> {
  const rows = await db.registration.findMany({
    where: { companyId, ...(activityId !== undefined ? { activityId } : {}) },
    select: { ...entrySelect, activityId: true, activity: { select: { ...activitySelect, extraFields: true } } },
    orderBy: [{ activity: { startAt: 'desc' } }, { id: 'asc' }],
    take: 500,
  });
  const items: CompanyRegistrationList['items'] = [];
  for (const { activity, ...r } of rows) {
    const idKeys = readExtraFields(activity.extraFields)
      .filter((f) => f.kind === 'id_number')
      .map((f) => f.key);
    const position = await waitlistPosition(db, { ...r, activityId: activity.id });
    items.push({ activity: toSummary(activity, now), entry: toEntry(r, position, idKeys) });
  }
  return { items };
}
