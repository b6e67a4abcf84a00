import type { Prisma, PrismaClient, Role } from '@wuxie/prisma';
import {
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSITIONS,
  canUrge,
  changesStatus,
  chinaDate,
  chinaDayStart,
  checkTransition,
  nextStatus,
  type ComplaintActionInput,
  type ComplaintActor,
  type ComplaintStatus,
} from '@wuxie/shared';
import type { Env } from '../../env';
import { writeAudit, type Actor } from '../../lib/audit';
import type { Caller } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { notifyCompanyAdmins, notifyResident } from './notify.service';
import { complaintActorsFor, deadlineAfter } from './complaints.rules';

const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

const refused = (message: string) => new AppError('INVALID_TRANSITION', message);
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ path, message }]);

type Row = Prisma.ComplaintGetPayload<{ select: typeof rowSelect }>;
const rowSelect = {
  id: true,
  number: true,
  title: true,
  status: true,
  version: true,
  residentId: true,
  companyId: true,
  assignedAt: true,
  acceptDueAt: true,
  replyDueAt: true,
  repliedAt: true,
  lastUrgedAt: true,
  reopenCount: true,
} satisfies Prisma.ComplaintSelect;

/** The role written on the timeline for the actor kind that took the action. */
function timelineRole(actor: ComplaintActor, caller: Caller): Role {
  if (actor === 'resident') return 'resident';
  if (actor === 'company') return 'company_admin';
  return caller.roles.includes('staff') ? 'staff' : 'admin';
}

interface Plan {
  data: Prisma.ComplaintUncheckedUpdateManyInput;
  /** Extra condition for the conditional update (e.g. "not urged today"). */
  when?: Prisma.ComplaintWhereInput;
  note: string;
  visibleToCompany: boolean;
  rating?: { satisfaction: 'satisfied' | 'basically_satisfied' | 'unsatisfied'; comment: string };
  photoKeys: string[];
}

async function companyExists(tx: Prisma.TransactionClient, id: number): Promise<void> {
  if (!(await tx.company.findUnique({ where: { id }, select: { id: true } }))) throw invalid('companyId', '所选物业企业不存在，请重新选择');
}

/** What each action writes besides status and version; throws on input the state allows but the data does not. */
async function planAction(
  tx: Prisma.TransactionClient,
  env: Env,
  c: Row,
  body: ComplaintActionInput,
  actor: ComplaintActor,
  now: Date,
): Promise<Plan> {
  const base = { visibleToCompany: true, photoKeys: [] as string[] };
  const replyDue = () => deadlineAfter(tx, now, env.COMPLAINT_REPLY_WORKDAYS);
  switch (body.action) {
    case 'accept':
      return { ...base, note: body.note ?? '', data: { acceptedAt: now, replyDueAt: await replyDue() } };
    case 'reject':
      return { ...base, note: body.reason, visibleToCompany: false, data: { rejectReason: body.reason } };
    case 'assign': {
      const companyId = body.companyId ?? c.companyId;
      if (companyId === null) throw invalid('companyId', '该小区没有登记物业企业，请选择派给哪家企业');
      await companyExists(tx, companyId);
      return { ...base, note: body.note ?? '', data: { companyId, assignedAt: now, replyDueAt: await replyDue() } };
    }
    case 'reassign':
      if (body.companyId === c.companyId) throw invalid('companyId', '投诉已经派给这家企业，请选择另一家企业');
      await companyExists(tx, body.companyId);
      return { ...base, note: body.note, data: { companyId: body.companyId, assignedAt: now, replyDueAt: await replyDue() } };
    case 'reply':
      return { ...base, note: body.reply, photoKeys: body.photoKeys, data: { repliedAt: c.repliedAt ?? now } };
    case 'resolve':
      return { ...base, note: body.note ?? '', data: { resolvedAt: now } };
    case 'follow_up': {
      const to = nextStatus('follow_up', c.status, { satisfaction: body.satisfaction, reopenCountBefore: c.reopenCount });
      const data: Prisma.ComplaintUncheckedUpdateManyInput = { satisfaction: body.satisfaction };
      if (to === 'closed') data.closedAt = now;
      else data.reopenCount = { increment: 1 };
      if (to === 'reopened') data.replyDueAt = await replyDue();
      const via = actor === 'staff' ? '电话回访' : '居民评价';
      return {
        ...base,
        note: body.comment ? `${via}：${body.comment}` : via,
        rating: { satisfaction: body.satisfaction, comment: body.comment },
        data,
      };
    }
    case 'mediate':
      return { ...base, note: body.note ?? '', data: {} };
    case 'close':
      return { ...base, note: body.note, data: { closedAt: now } };
    case 'urge': {
      const check = canUrge(c, now);
      if (!check.ok) throw refused(check.message);
      const today = chinaDayStart(chinaDate(now));
      return {
        ...base,
        note: body.note ?? '',
        data: { lastUrgedAt: now },
        when: { OR: [{ lastUrgedAt: null }, { lastUrgedAt: { lt: today } }] },
      };
    }
    case 'handle':
      return { ...base, note: body.note ?? '', data: {} };
    case 'remark':
      return { ...base, note: body.note, visibleToCompany: actor === 'staff' ? body.visibleToCompany : true, data: {} };
  }
}

/**
 * Takes one action on a complaint for the caller. The move is a conditional update on
 * (id, status, version): of two people acting at once exactly one succeeds, the other gets 409
 * with the state the complaint is in now. Timeline, follow-up, photos, notifications and the
 * audit row are written in the same transaction.
 */
export async function actOnComplaint(
  db: PrismaClient,
  env: Env,
  caller: Actor,
  id: number,
  body: ComplaintActionInput,
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const c = await tx.complaint.findUnique({ where: { id }, select: rowSelect });
    if (!c) throw notFound('投诉');
    const actors = await complaintActorsFor(tx, caller, c);
    if (actors.length === 0) throw notFound('投诉');
    const stateLabel = COMPLAINT_STATUS_LABELS[c.status];
    if (body.version !== undefined && body.version !== c.version) {
      throw refused(`投诉已被他人处理，当前状态为「${stateLabel}」，请刷新后再操作`);
    }
    const check = checkTransition(body.action, c.status, actors);
    if (!check.ok) throw refused(check.message);
    const actor = COMPLAINT_TRANSITIONS[body.action].by.find((a) => actors.includes(a)) ?? 'staff';
    const plan = await planAction(tx, env, c, body, actor, now);
    const moves = changesStatus(body.action);
    const to: ComplaintStatus =
      body.action === 'follow_up' && plan.rating
        ? nextStatus('follow_up', c.status, { satisfaction: plan.rating.satisfaction, reopenCountBefore: c.reopenCount })
        : nextStatus(body.action, c.status);

    const updated = await tx.complaint.updateMany({
      where: { id, status: c.status, ...(moves ? { version: c.version } : {}), ...(plan.when ?? {}) },
      data: { ...plan.data, updatedAt: now, ...(moves ? { status: to, version: { increment: 1 } } : {}) },
    });
    if (updated.count !== 1) {
      if (body.action === 'urge') throw refused('今天已经催办过了，每天只能催办一次，请明天再试');
      const current = await tx.complaint.findUnique({ where: { id }, select: { status: true } });
      throw refused(`投诉刚刚已被他人处理，当前状态为「${COMPLAINT_STATUS_LABELS[current?.status ?? c.status]}」，请刷新后再操作`);
    }

    const event = await tx.complaintEvent.create({
      data: {
        complaintId: id,
        actorId: caller.userId,
        actorRole: timelineRole(actor, caller),
        action: body.action,
        fromStatus: moves ? c.status : null,
        toStatus: moves ? to : null,
        note: plan.note,
        visibleToCompany: plan.visibleToCompany,
        createdAt: now,
      },
      select: { id: true },
    });
    if (plan.rating) {
      await tx.complaintFollowUp.create({
        data: {
          complaintId: id,
          round: c.reopenCount + 1,
          satisfaction: plan.rating.satisfaction,
          comment: plan.rating.comment,
          method: actor === 'staff' ? 'phone' : 'self',
          recordedById: caller.userId,
          createdAt: now,
        },
      });
    }
    if (plan.photoKeys.length > 0) {
      const attached = await tx.upload.updateMany({
        where: { key: { in: plan.photoKeys }, ownerId: caller.userId, purpose: 'complaint_reply', complaintId: null },
        data: { complaintId: id, complaintEventId: event.id },
      });
      if (attached.count !== plan.photoKeys.length)
        throw invalid('photoKeys', '有回复照片无效（不是您上传的回复照片，或已被使用），请删除后重新上传');
    }

    const progress = { complaint: c, action: body.action, to, note: plan.note, at: now };
    if ((moves || body.action === 'reassign') && actor !== 'resident') await notifyResident(tx, progress);
    const companyId = typeof plan.data.companyId === 'number' ? plan.data.companyId : c.companyId;
    if (companyId !== null) {
      const companyTitle = {
        assign: '新投诉待办理',
        reassign: '新投诉待办理（改派）',
        urge: '居民催办',
        follow_up: to === 'reopened' ? '居民不满意，投诉重新办理' : '',
      }[body.action as 'assign' | 'reassign' | 'urge' | 'follow_up'];
      const companySees = body.action !== 'urge' || c.assignedAt !== null;
      if (companyTitle && companySees) await notifyCompanyAdmins(tx, companyId, { ...progress, title: companyTitle });
    }
    if (actor === 'staff') {
      await writeAudit(tx, caller, {
        action: `complaint.${body.action}`,
        entity: 'complaint',
        entityId: id,
        detail: { from: c.status, to, note: plan.note },
      });
    }
  }, TX_OPTIONS);
}
