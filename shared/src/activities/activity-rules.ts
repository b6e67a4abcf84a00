import { hasRole, type Role } from '../auth/roles';
import type { ActivityStatus, Audience, CancelRule, ActivityType, RegistrationStatus } from './activity-enums';
import { formatChinaClock, formatChinaDateTime, sameChinaDay } from './china-time';

/** The facts about an activity the sign-up, cancel and check-in rules read. */
export interface ActivityFacts {
  type: ActivityType;
  status: ActivityStatus;
  startAt: Date;
  endAt: Date;
  signupStartAt: Date;
  signupEndAt: Date;
  capacity: number;
  confirmedCount: number;
  waitlistEnabled: boolean;
  audience: Audience;
  cancelRule: CancelRule;
}

/** Where an activity stands for someone looking at it now. */
export const ACTIVITY_PHASES = ['draft', 'cancelled', 'not_open', 'open', 'waitlist', 'full', 'closed', 'ongoing', 'ended'] as const;
export type ActivityPhase = (typeof ACTIVITY_PHASES)[number];
export const ACTIVITY_PHASE_LABELS: Record<ActivityPhase, string> = {
  draft: '草稿',
  cancelled: '已取消',
  not_open: '未开始报名',
  open: '报名中',
  waitlist: '已满·可候补',
  full: '已满',
  closed: '报名已截止',
  ongoing: '进行中',
  ended: '已结束',
};

/** State filters of the 活动 tab. `upcoming` is everything not yet over. */
export const ACTIVITY_LIST_STATES = ['upcoming', 'open', 'waitlist', 'ended'] as const;
export type ActivityListState = (typeof ACTIVITY_LIST_STATES)[number];
export const ACTIVITY_LIST_STATE_LABELS: Record<ActivityListState, string> = {
  upcoming: '全部',
  open: '报名中',
  waitlist: '已满·可候补',
  ended: '已结束',
};

/**
 * The longest an activity may run. Besides keeping typos (a year instead of a day) out, it lets
 * the list find "not over yet" by a start-time range, which the (status, startAt) index serves.
 */
export const MAX_ACTIVITY_DAYS = 31;

/** How long before the start staff may begin checking people in. */
export const CHECK_IN_OPENS_BEFORE_MS = 2 * 60 * 60 * 1000;

export function seatsLeft(a: Pick<ActivityFacts, 'capacity' | 'confirmedCount'>): number {
  return Math.max(0, a.capacity - a.confirmedCount);
}

/** The phase shown on cards and the detail page. */
export function activityPhase(a: ActivityFacts, now: Date): ActivityPhase {
  if (a.status === 'draft') return 'draft';
  if (a.status === 'cancelled') return 'cancelled';
  const t = now.getTime();
  if (a.status === 'finished' || t > a.endAt.getTime()) return 'ended';
  if (t >= a.startAt.getTime()) return 'ongoing';
  if (t < a.signupStartAt.getTime()) return 'not_open';
  if (t > a.signupEndAt.getTime()) return 'closed';
  if (seatsLeft(a) > 0) return 'open';
  return a.waitlistEnabled ? 'waitlist' : 'full';
}

/** The statuses of an activity that takes place: a draft or a cancelled one is never held. */
export const HELD_ACTIVITY_STATUSES = ['published', 'finished'] as const satisfies readonly ActivityStatus[];

/** Whether an activity is one that takes place (published or finished), whatever the time. */
export function isHeldStatus(status: ActivityStatus): boolean {
  return (HELD_ACTIVITY_STATUSES as readonly ActivityStatus[]).includes(status);
}

/**
 * Whether an activity was held by `now`: it takes place and has started. The one definition the
 * figures, the desk's lists and report, company participation and exam results count by (the
 * server's `where` builders in features/activities/held.queries.ts spell it for the database).
 */
export function wasHeld(a: Pick<ActivityFacts, 'status' | 'startAt'>, now: Date): boolean {
  return isHeldStatus(a.status) && a.startAt.getTime() <= now.getTime();
}

/** Who is signing up: their roles and the company they are bound to. */
export interface Participant {
  roles: readonly Role[];
  companyId: number | null;
}

/** Workers bound to a member company: the audience of member-only activities. */
export function isMemberWorker(p: Participant): boolean {
  return p.companyId !== null && hasRole(p.roles, 'worker');
}

export type SignupRefusal = 'not_published' | 'cancelled' | 'ended' | 'not_open' | 'closed' | 'audience' | 'full';

/** The sign-up refusals' messages, for the rules below and the server's seat statement alike. */
export const SIGNUP_REFUSAL_MESSAGES = {
  not_published: '活动尚未发布，暂不能报名',
  cancelled: '活动已取消，不能报名',
  ended: '活动已结束，不能报名',
  started: '活动已开始，不能报名',
  audience: '本活动仅限会员单位从业人员报名；如您在会员单位工作，请先由单位管理员绑定',
  full: '名额已满，本活动不设候补',
} as const;

/** Why nobody may sign up for an activity in a status other than published. */
export function closedStatusRefusal(status: Exclude<ActivityStatus, 'published'>): string {
  if (status === 'draft') return SIGNUP_REFUSAL_MESSAGES.not_published;
  return status === 'cancelled' ? SIGNUP_REFUSAL_MESSAGES.cancelled : SIGNUP_REFUSAL_MESSAGES.ended;
}

/**
 * Why this person may not sign up now, with the Chinese message to show; null when they may.
 * `full` is a hint from the counts read; the database decides seats at the moment of sign-up.
 */
export function signupRefusal(a: ActivityFacts, p: Participant, now: Date): { reason: SignupRefusal; message: string } | null {
  const phase = activityPhase(a, now);
  switch (phase) {
    case 'draft':
      return { reason: 'not_published', message: SIGNUP_REFUSAL_MESSAGES.not_published };
    case 'cancelled':
      return { reason: 'cancelled', message: SIGNUP_REFUSAL_MESSAGES.cancelled };
    case 'ended':
    case 'ongoing':
      return { reason: 'ended', message: phase === 'ended' ? SIGNUP_REFUSAL_MESSAGES.ended : SIGNUP_REFUSAL_MESSAGES.started };
    case 'not_open':
      return { reason: 'not_open', message: `报名将于 ${formatChinaDateTime(a.signupStartAt)} 开始，请届时再来` };
    case 'closed':
      return { reason: 'closed', message: `报名已于 ${formatChinaDateTime(a.signupEndAt)} 截止` };
    default:
      break;
  }
  if (a.audience === 'member_workers' && !isMemberWorker(p)) {
    return { reason: 'audience', message: SIGNUP_REFUSAL_MESSAGES.audience };
  }
  if (phase === 'full') return { reason: 'full', message: SIGNUP_REFUSAL_MESSAGES.full };
  return null;
}

/** Why a registration may not be cancelled by its holder now; null when it may. */
export function cancelRefusal(a: ActivityFacts, r: { status: RegistrationStatus; checkedInAt: Date | null }, now: Date): string | null {
  if (r.status === 'cancelled') return '这条报名已经取消了';
  if (a.status === 'cancelled') return '活动已取消，无需再取消报名';
  if (r.checkedInAt) return '已签到，不能取消报名';
  if (a.status === 'finished' || now.getTime() >= a.startAt.getTime()) return '活动已开始，不能取消报名';
  // Leaving a waitlist frees nobody's seat, so it is always allowed before the start.
  if (r.status === 'waitlisted') return null;
  if (a.cancelRule === 'not_allowed') return '本活动报名后不可取消；如有特殊情况请联系协会';
  if (now.getTime() > a.signupEndAt.getTime()) return `报名已于 ${formatChinaDateTime(a.signupEndAt)} 截止，不能再取消`;
  return null;
}

/** Why a ticket may not be checked in now; null when it may. */
export function checkInRefusal(
  a: Pick<ActivityFacts, 'status' | 'startAt' | 'endAt'>,
  r: { status: RegistrationStatus; checkedInAt: Date | null },
  now: Date,
): string | null {
  if (a.status === 'cancelled') return '活动已取消，不能签到';
  if (a.status === 'draft') return '活动尚未发布，不能签到';
  if (a.status === 'finished' && !r.checkedInAt) return '活动已结束，不能再签到';
  if (r.status === 'cancelled') return '这条报名已取消，不能签到';
  if (r.status === 'waitlisted') return '此人仍在候补，未获得名额，不能签到';
  if (r.checkedInAt) return alreadyCheckedInMessage(r.checkedInAt, now);
  const opens = a.startAt.getTime() - CHECK_IN_OPENS_BEFORE_MS;
  if (now.getTime() < opens) return `签到将于 ${formatChinaDateTime(new Date(opens))} 开始（活动开始前 2 小时）`;
  if (now.getTime() > a.endAt.getTime()) return '活动已结束，不能再签到';
  return null;
}

/** 已于 14:05 签到 (with the date when it was another day). */
export function alreadyCheckedInMessage(at: Date, now: Date): string {
  return sameChinaDay(at, now) ? `已于 ${formatChinaClock(at)} 签到` : `已于 ${formatChinaDateTime(at)} 签到`;
}

/** Which status changes staff may make; the server enforces it, the client shows the buttons. */
export const ACTIVITY_TRANSITIONS: Record<ActivityStatus, readonly ActivityStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['cancelled', 'finished'],
  cancelled: [],
  finished: [],
};

export function canTransition(from: ActivityStatus, to: ActivityStatus): boolean {
  return ACTIVITY_TRANSITIONS[from].includes(to);
}

/** Drafts and published activities can be edited; cancelled and finished ones are history. */
export function isEditable(status: ActivityStatus): boolean {
  return status === 'draft' || status === 'published';
}

/** Why a result may not be recorded for this registration; null when it may. */
export function resultRefusal(
  a: Pick<ActivityFacts, 'type' | 'status' | 'startAt'>,
  r: { status: RegistrationStatus },
  now: Date,
): string | null {
  if (a.type !== 'exam') return '只有职业技能等级认定活动可以登记考试结果';
  if (!wasHeld(a, now)) return isHeldStatus(a.status) ? '考试尚未开始，不能登记结果' : '活动未举行，不能登记考试结果';
  if (r.status !== 'confirmed') return '此人不是正式报名（候补或已取消），不能登记考试结果';
  return null;
}
