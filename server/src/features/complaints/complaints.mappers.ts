import type { Prisma } from '@wuxie/prisma';
import {
  COMPLAINT_ACTION_LABELS,
  ROLE_LABELS,
  allowedActions,
  canUrge,
  maskPhone,
  overdueKind,
  type ComplaintActor,
  type ComplaintDetail,
  type ComplaintSummary,
} from '@wuxie/shared';
import { signedUploadUrl } from '../uploads/uploads.service';

/** What every list needs from a complaint row. */
export const summarySelect = {
  id: true,
  number: true,
  title: true,
  category: true,
  status: true,
  createdAt: true,
  acceptDueAt: true,
  replyDueAt: true,
  anonymous: true,
  reopenCount: true,
  satisfaction: true,
  community: { select: { name: true } },
  company: { select: { name: true } },
  resident: { select: { name: true } },
} satisfies Prisma.ComplaintSelect;

export type SummaryRow = Prisma.ComplaintGetPayload<{ select: typeof summarySelect }>;

/** How the viewer relates to the complaints of a list. */
export type Viewer = 'resident' | 'company' | 'staff';

/** A company never sees an anonymous complainant; a resident does not need their own name back. */
function visibleResidentName(row: { anonymous: boolean; resident: { name: string } }, viewer: Viewer): string | null {
  if (viewer === 'staff') return row.resident.name;
  if (viewer === 'company') return row.anonymous ? null : row.resident.name;
  return null;
}

export function toSummary(row: SummaryRow, viewer: Viewer, now: Date): ComplaintSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    category: row.category,
    status: row.status,
    communityName: row.community.name,
    companyName: row.company?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    acceptDueAt: row.acceptDueAt.toISOString(),
    replyDueAt: row.replyDueAt?.toISOString() ?? null,
    overdue: overdueKind(row, now),
    anonymous: row.anonymous,
    reopenCount: row.reopenCount,
    satisfaction: row.satisfaction,
    residentName: visibleResidentName(row, viewer),
  };
}

export const detailSelect = {
  ...summarySelect,
  description: true,
  residentId: true,
  communityId: true,
  companyId: true,
  contactPhone: true,
  allowContact: true,
  rejectReason: true,
  acceptedAt: true,
  assignedAt: true,
  repliedAt: true,
  resolvedAt: true,
  closedAt: true,
  lastUrgedAt: true,
  version: true,
  uploads: { select: { key: true, complaintEventId: true }, orderBy: { id: 'asc' } },
  events: {
    select: {
      id: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      note: true,
      actorRole: true,
      visibleToCompany: true,
      createdAt: true,
      actor: { select: { id: true, name: true, company: { select: { name: true } } } },
    },
    orderBy: { id: 'asc' },
  },
  followUps: { select: { round: true, satisfaction: true, comment: true, method: true, createdAt: true }, orderBy: { round: 'asc' } },
} satisfies Prisma.ComplaintSelect;

export type DetailRow = Prisma.ComplaintGetPayload<{ select: typeof detailSelect }>;

function primaryViewer(actors: readonly ComplaintActor[]): Viewer {
  if (actors.includes('staff')) return 'staff';
  if (actors.includes('resident')) return 'resident';
  return 'company';
}

type EventRow = DetailRow['events'][number];

/** Labels by the action an event row stores as text; one not among them is shown as itself. */
const ACTION_LABELS: Partial<Record<string, string>> = COMPLAINT_ACTION_LABELS;

/** Who acted, as this viewer may see it: a company sees no anonymous name; residents see roles, not staff names. */
function actorLabel(e: EventRow, row: DetailRow, viewer: Viewer): string {
  const role = e.actorRole;
  if (role === 'resident' || e.actor?.id === row.residentId) {
    if (viewer === 'company' && row.anonymous) return '投诉人（匿名）';
    return viewer === 'resident' ? '我' : `投诉人 ${e.actor?.name ?? ''}`.trim();
  }
  if (role === 'company_admin') return e.actor?.company?.name ?? '物业企业';
  const label = role ? ROLE_LABELS[role] : '系统';
  return viewer === 'staff' && e.actor ? `${label} ${e.actor.name}` : label;
}

function contactPhoneFor(row: DetailRow, viewer: Viewer): string | null {
  if (viewer !== 'company') return row.contactPhone;
  if (row.anonymous) return null;
  return row.allowContact ? row.contactPhone : maskPhone(row.contactPhone);
}

export function toDetail(row: DetailRow, actors: ComplaintActor[], now: Date, secret: string): ComplaintDetail {
  const viewer = primaryViewer(actors);
  const photo = (key: string) => ({ key, url: signedUploadUrl(key, secret, now.getTime()) });
  const events = row.events.filter((e) => viewer !== 'company' || e.visibleToCompany);
  const urge = actors.includes('resident') ? canUrge(row, now) : { ok: false as const, message: '只有投诉人可以催办' };
  return {
    ...toSummary(row, viewer, now),
    description: row.description,
    communityId: row.communityId,
    companyId: row.companyId,
    contactPhone: contactPhoneFor(row, viewer),
    allowContact: row.allowContact,
    rejectReason: row.rejectReason,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    assignedAt: row.assignedAt?.toISOString() ?? null,
    repliedAt: row.repliedAt?.toISOString() ?? null,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    lastUrgedAt: row.lastUrgedAt?.toISOString() ?? null,
    version: row.version,
    photos: row.uploads.filter((u) => u.complaintEventId === null).map((u) => photo(u.key)),
    timeline: events.map((e) => ({
      id: e.id,
      action: e.action,
      label: ACTION_LABELS[e.action] ?? e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actor: actorLabel(e, row, viewer),
      createdAt: e.createdAt.toISOString(),
      visibleToCompany: e.visibleToCompany,
      photos: row.uploads.filter((u) => u.complaintEventId === e.id).map((u) => photo(u.key)),
    })),
    followUps: row.followUps.map((f) => ({ ...f, method: f.method === 'phone' ? 'phone' : 'self', createdAt: f.createdAt.toISOString() })),
    viewerRoles: actors,
    allowedActions: allowedActions(row.status, actors).filter((a) => a !== 'urge' || urge.ok),
    urge: { allowed: urge.ok, reason: urge.ok ? null : urge.message },
  };
}
