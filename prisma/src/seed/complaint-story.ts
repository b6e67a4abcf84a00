import { canUrge, checkTransition, nextStatus, type ComplaintAction, type ComplaintActor } from '@wuxie/shared';
import type { ComplaintStatus, Prisma, Role, Satisfaction } from '../../generated/client';
import { addHours, addWorkdaysNoHolidays, type Random } from '../factories';

/** One thing that happens to a complaint, in order. */
export type Step =
  | { kind: 'accept' | 'assign' | 'reply' | 'resolve' | 'mediate' | 'close' | 'urge'; after: number }
  | { kind: 'reject'; after: number; reason: string }
  | { kind: 'follow_up'; after: number; satisfaction: Satisfaction; byPhone: boolean };

export interface Parties {
  residentId: number;
  companyAdminId: number | null;
  companyName: string;
  staffIds: readonly number[];
}

export interface Story {
  complaint: Omit<
    Prisma.ComplaintCreateManyInput,
    'number' | 'residentId' | 'communityId' | 'companyId' | 'category' | 'title' | 'description' | 'idempotencyKey' | 'contactPhone'
  >;
  events: Omit<Prisma.ComplaintEventCreateManyInput, 'complaintId'>[];
  followUps: Omit<Prisma.ComplaintFollowUpCreateManyInput, 'complaintId'>[];
}

const REPLIES = [
  '已安排专人上门核实并处理，处理结果已当面告知业主。',
  '经核查情况属实，已完成整改，并将该事项纳入日常巡查。',
  '已与业主沟通，制定整改方案，相关维修已于当日完成。',
  '已联系相关单位协同处理，并在小区公告栏公示处理结果。',
  '已对相关岗位人员进行批评教育，并调整排班，确保类似问题不再发生。',
];
const COMMENTS: Record<Satisfaction, readonly string[]> = {
  satisfied: ['处理很及时，感谢协会和物业。', '物业态度很好，问题已经解决。', '上门很快，很满意。', ''],
  basically_satisfied: ['问题基本解决，希望物业以后多巡查。', '解决了，就是时间有点长。', ''],
  unsatisfied: ['问题没有根本解决，下雨还是漏。', '物业只是敷衍，没有实际整改。'],
};
const NOTES: Partial<Record<ComplaintAction, string>> = {
  accept: '已受理，将转交物业服务企业处理。',
  resolve: '经回访核实，物业已按回复内容处理完毕。',
  mediate: '居民对处理结果仍有异议，转协会调解。',
  close: '经协会组织双方调解，达成一致意见，本件办结。',
  urge: '请尽快处理，谢谢。',
};

/** Who takes each step: the resident rates and urges, the company replies, staff do the rest. */
function actorOf(step: Step, parties: Parties, staffId: number): { id: number; actor: ComplaintActor; role: Role } {
  if (step.kind === 'urge' || (step.kind === 'follow_up' && !step.byPhone))
    return { id: parties.residentId, actor: 'resident', role: 'resident' };
  if (step.kind === 'reply' && parties.companyAdminId !== null)
    return { id: parties.companyAdminId, actor: 'company', role: 'company_admin' };
  return { id: staffId, actor: 'staff', role: 'staff' };
}

/**
 * Plays the steps from `createdAt` through the shared complaint state machine (a step it refuses
 * throws) and returns the complaint's fields, its timeline and its follow-ups, so every status,
 * timestamp and counter on the complaint agrees with its events.
 */
export function tellStory(random: Random, parties: Parties, createdAt: Date, steps: readonly Step[]): Story {
  const events: Story['events'] = [
    { actorId: parties.residentId, actorRole: 'resident', action: 'submit', toStatus: 'submitted', createdAt },
  ];
  const followUps: Story['followUps'] = [];
  const c: Story['complaint'] = {
    status: 'submitted',
    version: 0,
    reopenCount: 0,
    acceptDueAt: addWorkdaysNoHolidays(createdAt, 1),
    createdAt,
    updatedAt: createdAt,
  };
  let status: ComplaintStatus = 'submitted';
  let at = createdAt;
  for (const step of steps) {
    at = addHours(at, step.after);
    const actor = actorOf(step, parties, random.pick(parties.staffIds));
    const check = checkTransition(step.kind, status, [actor.actor]);
    if (!check.ok) throw new Error(`seed story: ${check.message}`);
    if (step.kind === 'urge') {
      const urge = canUrge(
        {
          status,
          acceptDueAt: new Date(c.acceptDueAt),
          replyDueAt: c.replyDueAt ? new Date(c.replyDueAt) : null,
          lastUrgedAt: c.lastUrgedAt ? new Date(c.lastUrgedAt) : null,
        },
        at,
      );
      if (!urge.ok) throw new Error(`seed story: ${urge.message}`);
    }
    const reopenCountBefore = c.reopenCount ?? 0;
    const to: ComplaintStatus =
      step.kind === 'follow_up'
        ? nextStatus('follow_up', status, { satisfaction: step.satisfaction, reopenCountBefore })
        : nextStatus(step.kind, status);
    let note = NOTES[step.kind] ?? '';
    if (step.kind === 'follow_up') {
      note = random.pick(COMMENTS[step.satisfaction]);
      followUps.push({
        round: followUps.length + 1,
        satisfaction: step.satisfaction,
        comment: note,
        method: step.byPhone ? 'phone' : 'self',
        recordedById: actor.id,
        createdAt: at,
      });
      c.satisfaction = step.satisfaction;
    }
    if (step.kind === 'reject') {
      c.rejectReason = step.reason;
      note = step.reason;
    }
    if (step.kind === 'accept') {
      c.acceptedAt = at;
      c.replyDueAt = addWorkdaysNoHolidays(at, 3);
    }
    if (step.kind === 'assign') {
      c.assignedAt = at;
      c.replyDueAt = addWorkdaysNoHolidays(at, 3);
      note = `已派发至${parties.companyName}，请于3个工作日内处理并回复。`;
    }
    if (step.kind === 'reply') {
      c.repliedAt = at;
      note = random.pick(REPLIES);
    }
    if (step.kind === 'resolve') c.resolvedAt = at;
    if (step.kind === 'urge') c.lastUrgedAt = at;
    if (to === 'reopened') {
      c.reopenCount = reopenCountBefore + 1;
      c.replyDueAt = addWorkdaysNoHolidays(at, 3);
    }
    if (to === 'closed') c.closedAt = at;
    const changes = to !== status;
    events.push({
      actorId: actor.id,
      actorRole: actor.role,
      action: step.kind,
      fromStatus: changes ? status : null,
      toStatus: changes ? to : null,
      note,
      createdAt: at,
    });
    if (changes) {
      status = to;
      c.version = (c.version ?? 0) + 1;
    }
  }
  c.status = status;
  c.updatedAt = at;
  return { complaint: c, events, followUps };
}

/** The usual closed loop ending in a rating; `slow` makes acceptance and reply miss their deadlines. */
export function closedLoop(random: Random, satisfaction: Satisfaction, slow = false): Step[] {
  return [
    { kind: 'accept', after: slow ? random.int(50, 80) : random.int(1, 20) },
    { kind: 'assign', after: random.int(1, 4) },
    { kind: 'reply', after: slow ? random.int(100, 140) : random.int(6, 60) },
    { kind: 'resolve', after: random.int(4, 30) },
    { kind: 'follow_up', after: random.int(10, 60), satisfaction, byPhone: random.chance(0.3) },
  ];
}

export const REJECT_REASONS = [
  '该事项属于业主之间的民事纠纷，不属于物业服务投诉受理范围，建议通过人民调解解决。',
  '投诉内容涉及房屋质量问题，请向开发建设单位或住建部门反映。',
  '投诉信息不完整，无法核实，请补充具体楼栋和时间后重新提交。',
  '该事项已由12345热线受理办理，请关注热线回复。',
] as const;
