import { z } from 'zod';
import { hasRole, type Role } from '../auth/roles';

/**
 * The complaint state machine, the one place it is written down (12345 hotline's closed loop:
 * 受理、派单、办理、回复、办结、回访、评价). The server enforces it; the client shows what it allows.
 */
export const COMPLAINT_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'assigned',
  'replied',
  'resolved',
  'reopened',
  'mediating',
  'closed',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const complaintStatusSchema = z.enum(COMPLAINT_STATUSES, { error: '投诉状态不正确' });

export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  assigned: '办理中',
  replied: '已回复',
  resolved: '待评价',
  reopened: '重新办理',
  mediating: '协会调解中',
  closed: '已办结',
};

/** Statuses after which nothing more happens. */
export const FINAL_STATUSES: readonly ComplaintStatus[] = ['rejected', 'closed'];

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const satisfactionSchema = z.enum(SATISFACTIONS, { error: '请选择满意度：满意、基本满意或不满意' });
export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

/** Who acts on a complaint: its own resident, an admin of the company it is routed to, or the association. */
export const COMPLAINT_ACTORS = ['resident', 'company', 'staff'] as const;
export type ComplaintActor = (typeof COMPLAINT_ACTORS)[number];

export const COMPLAINT_ACTIONS = [
  'accept',
  'reject',
  'assign',
  'reassign',
  'handle',
  'reply',
  'resolve',
  'follow_up',
  'mediate',
  'close',
  'urge',
  'remark',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];
export const complaintActionSchema = z.enum(COMPLAINT_ACTIONS, { error: '操作类型不正确' });

/** Timeline actions: the machine's actions plus the filing itself. */
export type TimelineAction = ComplaintAction | 'submit';

export const COMPLAINT_ACTION_LABELS: Record<TimelineAction, string> = {
  submit: '提交投诉',
  accept: '受理',
  reject: '不予受理',
  assign: '派单',
  reassign: '改派',
  handle: '企业接单',
  reply: '企业回复',
  resolve: '处理完毕',
  follow_up: '回访评价',
  mediate: '转协会调解',
  close: '结案',
  urge: '催办',
  remark: '备注',
};

type Target = ComplaintStatus | 'unchanged' | 'by_rating';

interface Transition {
  readonly from: readonly ComplaintStatus[];
  readonly by: readonly ComplaintActor[];
  readonly to: Target;
}

const ALL = COMPLAINT_STATUSES;
const AWAITING_COMPANY: readonly ComplaintStatus[] = ['assigned', 'reopened'];

/** Each action: the states it may start from, who may take it, and where it leads. */
export const COMPLAINT_TRANSITIONS: Record<ComplaintAction, Transition> = {
  accept: { from: ['submitted'], by: ['staff'], to: 'accepted' },
  reject: { from: ['submitted'], by: ['staff'], to: 'rejected' },
  assign: { from: ['accepted'], by: ['staff'], to: 'assigned' },
  reassign: { from: AWAITING_COMPANY, by: ['staff'], to: 'assigned' },
  handle: { from: AWAITING_COMPANY, by: ['company'], to: 'unchanged' },
  reply: { from: AWAITING_COMPANY, by: ['company', 'staff'], to: 'replied' },
  resolve: { from: ['replied'], by: ['company', 'staff'], to: 'resolved' },
  // The resident rates in the app, or staff record the rating of a phone visit (回访).
  follow_up: { from: ['resolved'], by: ['resident', 'staff'], to: 'by_rating' },
  mediate: { from: ['reopened'], by: ['staff'], to: 'mediating' },
  close: { from: ['mediating', 'resolved'], by: ['staff'], to: 'closed' },
  urge: { from: ['submitted', 'accepted', 'assigned', 'reopened'], by: ['resident'], to: 'unchanged' },
  remark: { from: ALL, by: ['company', 'staff'], to: 'unchanged' },
};

const ACTOR_LABELS: Record<ComplaintActor, string> = { resident: '投诉人', company: '物业企业', staff: '协会工作人员' };

/** How many unsatisfied ratings send a complaint to the association's mediation instead of back to the company. */
export const MEDIATION_AFTER_REOPENS = 2;

/**
 * Where a follow-up rating leads: satisfied closes; unsatisfied reopens it to the company, and the
 * second unsatisfied round goes to association mediation (调解).
 */
export function statusAfterRating(satisfaction: Satisfaction, reopenCountBefore: number): ComplaintStatus {
  if (satisfaction !== 'unsatisfied') return 'closed';
  return reopenCountBefore + 1 >= MEDIATION_AFTER_REOPENS ? 'mediating' : 'reopened';
}

/**
 * The parts of a caller and a complaint that decide who the caller is to that complaint.
 * `adminOfCompany` is the company the caller administers now (the server reads it from the
 * database, since a token's roles lag a revocation), or null.
 */
export interface ActorInput {
  caller: { userId: number; roles: readonly Role[]; adminOfCompany: number | null };
  complaint: { residentId: number; companyId: number | null; assignedAt: Date | string | null };
}

/** What the caller is to this complaint (possibly several things, e.g. a staff member's own complaint). */
export function complaintActorsOf({ caller, complaint }: ActorInput): ComplaintActor[] {
  const kinds: ComplaintActor[] = [];
  if (complaint.residentId === caller.userId) kinds.push('resident');
  if (caller.adminOfCompany !== null && complaint.companyId === caller.adminOfCompany && complaint.assignedAt !== null)
    kinds.push('company');
  if (hasRole(caller.roles, 'staff')) kinds.push('staff');
  return kinds;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: 'state' | 'role'; message: string };

/** Whether `actors` may take `action` on a complaint in `status`, with the Chinese reason when not. */
export function checkTransition(action: ComplaintAction, status: ComplaintStatus, actors: readonly ComplaintActor[]): TransitionCheck {
  const t = COMPLAINT_TRANSITIONS[action];
  const label = COMPLAINT_ACTION_LABELS[action];
  if (!t.by.some((a) => actors.includes(a))) {
    const who = t.by.map((a) => ACTOR_LABELS[a]).join('或');
    return { ok: false, reason: 'role', message: `只有${who}可以进行「${label}」操作` };
  }
  if (!t.from.includes(status)) {
    return { ok: false, reason: 'state', message: `投诉当前状态为「${COMPLAINT_STATUS_LABELS[status]}」，不能进行「${label}」操作` };
  }
  return { ok: true };
}

/** Actions the machine allows these actors now (urge still needs the overdue and once-a-day rule). */
export function allowedActions(status: ComplaintStatus, actors: readonly ComplaintActor[]): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => checkTransition(a, status, actors).ok);
}

/** The status after `action`; ratings need the satisfaction and the reopen count. */
export function nextStatus(
  action: ComplaintAction,
  from: ComplaintStatus,
  rating?: { satisfaction: Satisfaction; reopenCountBefore: number },
): ComplaintStatus {
  const to = COMPLAINT_TRANSITIONS[action].to;
  if (to === 'unchanged') return from;
  if (to === 'by_rating') {
    if (!rating) throw new Error('a follow-up needs a rating');
    return statusAfterRating(rating.satisfaction, rating.reopenCountBefore);
  }
  return to;
}

/** True when the action moves the complaint to another state (not a remark, urge or acknowledgement). */
export function changesStatus(action: ComplaintAction): boolean {
  return COMPLAINT_TRANSITIONS[action].to !== 'unchanged';
}
