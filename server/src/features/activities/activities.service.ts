import type { Prisma, PrismaClient } from '@wuxie/prisma';
import {
  type activityInputSchema,
  canTransition,
  decodeCursor,
  encodeCursor,
  formatChinaDateTime,
  formatChinaStamp,
  hasRole,
  isEditable,
  readExtraFields,
  signupRefusal,
  startOfChinaDay,
  ACTIVITY_STATUS_LABELS,
  MAX_ACTIVITY_DAYS,
  type ActivityDetail,
  type ActivityList,
  type ActivityStatus,
  type Participant,
} from '@wuxie/shared';
import type { z } from 'zod';
import { writeAudit, type Actor } from '../../lib/audit';
import type { Caller } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { activitySelect, registrationSelect, toSummary } from './activities.mappers';
import { signupRulesCacheFor } from './signup-rules.cache';
import { heldWhere } from './held.queries';
import { viewOf } from './registrations.service';
import { activityLink, lockActivity, promoteFromWaitlist, thing } from './waitlist.service';
import { enqueueNotification } from '../notifications/notifications.service';
import { sanitizeArticleHtml } from '../news/sanitize.rules';

type ListQuery = {
  type?: Prisma.ActivityWhereInput['type'];
  state: 'upcoming' | 'open' | 'waitlist' | 'ended';
  status?: ActivityStatus;
  held?: boolean;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
};

export async function listActivities(db: PrismaClient, caller: Caller | null, q: ListQuery, now: Date): Promise<ActivityList> {
  const staff = caller !== null && hasRole(caller.roles, 'staff');
  if (q.status && !staff) throw new AppError('FORBIDDEN', '只有协会工作人员可以按状态查看（含草稿）');
  const seats = db.activity.fields.capacity;
  // Nothing runs longer than MAX_ACTIVITY_DAYS, so "not over yet" starts within that many days back.
  const notOver = { startAt: { gte: new Date(now.getTime() - MAX_ACTIVITY_DAYS * 86_400_000) }, endAt: { gte: now } };
  const stateWhere: Record<ListQuery['state'], Prisma.ActivityWhereInput> = {
    upcoming: { status: 'published', ...notOver },
    open: {
      status: 'published',
      startAt: { gt: now },
      signupStartAt: { lte: now },
      signupEndAt: { gte: now },
      confirmedCount: { lt: seats },
    },
    waitlist: {
      status: 'published',
      startAt: { gt: now },
      signupStartAt: { lte: now },
      signupEndAt: { gte: now },
      confirmedCount: { gte: seats },
      waitlistEnabled: true,
    },
    ended: { startAt: { lt: now }, OR: [{ status: 'finished' }, { status: 'published', endAt: { lt: now } }] },
  };
  const newestFirst = q.status !== undefined || q.held === true || q.state === 'ended';
  const base: Prisma.ActivityWhereInput[] = [q.status ? { status: q.status } : q.held ? {} : stateWhere[q.state]];
  if (q.held) base.push(heldWhere(now));
  const days = startedWithin(q.from, q.to);
  const filter: Prisma.ActivityWhereInput = { AND: [...base, q.type ? { type: q.type } : {}, days ?? {}] };
  const where: Prisma.ActivityWhereInput = { AND: [filter, cursorWhere(q.cursor, newestFirst)] };
  const dir = newestFirst ? 'desc' : 'asc';
  const [rows, total] = await Promise.all([
    db.activity.findMany({ where, select: activitySelect, orderBy: [{ startAt: dir }, { id: dir }], take: q.limit + 1 }),
    // Counted only for a list limited to days: that is the list behind a figure, and it is small.
    days ? db.activity.count({ where: filter }) : Promise.resolve(null),
  ]);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((a) => toSummary(a, now)),
    nextCursor: rows.length > q.limit && last ? encodeCursor({ key: last.startAt.getTime(), id: last.id }) : null,
    total,
  };
}

/** Started within the Beijing days from..to (either end may be open); null when neither is given. */
function startedWithin(from: string | undefined, to: string | undefined): Prisma.ActivityWhereInput | null {
  if (!from && !to) return null;
  return {
    startAt: {
      ...(from ? { gte: startOfChinaDay(from) } : {}),
      ...(to ? { lt: new Date(startOfChinaDay(to).getTime() + 86_400_000) } : {}),
    },
  };
}

function cursorWhere(cursor: string | undefined, desc: boolean): Prisma.ActivityWhereInput {
  if (!cursor) return {};
  const keyset = decodeCursor(cursor);
  if (!keyset) return {};
  const at = new Date(keyset.key ?? 0);
  const cmp = desc ? 'lt' : 'gt';
  return { OR: [{ startAt: { [cmp]: at } }, { startAt: at, id: { [cmp]: keyset.id } }] };
}

export async function activityDetail(
  db: PrismaClient,
  secret: string,
  caller: Caller | null,
  id: number,
  now: Date,
): Promise<ActivityDetail> {
  const a = await db.activity.findUnique({ where: { id }, select: { ...activitySelect, description: true, extraFields: true } });
  const staff = caller !== null && hasRole(caller.roles, 'staff');
  if (!a || (a.status === 'draft' && !staff)) throw notFound('活动');
  const mine = caller
    ? await db.registration.findUnique({
        where: { activityId_userId: { activityId: id, userId: caller.userId } },
        select: registrationSelect,
      })
    : null;
  const waitlistCount = await db.registration.count({ where: { activityId: id, status: 'waitlisted' } });
  // Someone not logged in sees the activity's own refusal (window, seats) and is asked to log in.
  const anyMember: Participant = { roles: ['worker'], companyId: -1 };
  const refusal = signupRefusal(a, caller ?? anyMember, now);
  const holdsSeat = mine?.status === 'confirmed';
  return {
    ...toSummary(a, now),
    description: a.description,
    onlineUrl: staff || holdsSeat ? a.onlineUrl : null,
    extraFields: readExtraFields(a.extraFields),
    waitlistCount,
    myRegistration: mine ? await viewOf(db, mine, secret) : null,
    signup: caller
      ? { allowed: refusal === null, message: refusal?.message ?? null }
      : { allowed: false, message: refusal?.message ?? '请先登录后报名' },
  };
}

type ActivityInput = z.output<typeof activityInputSchema>;

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Staff type plain text (one paragraph a line) or paste HTML; either way only safe HTML is stored. */
export function descriptionHtml(text: string): string {
  if (/<[a-z]/i.test(text)) return sanitizeArticleHtml(text);
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

function columns(input: ActivityInput) {
  return { ...input, description: descriptionHtml(input.description), extraFields: input.extraFields as Prisma.InputJsonValue };
}

export async function createActivity(db: PrismaClient, actor: Actor, input: ActivityInput): Promise<number> {
  return db.$transaction(async (tx) => {
    const a = await tx.activity.create({ data: { ...columns(input), status: 'draft', createdById: actor.userId }, select: { id: true } });
    await writeAudit(tx, actor, { action: 'activity.create', entity: 'activity', entityId: a.id, detail: { title: input.title } });
    return a.id;
  });
}

/**
 * Edits an activity. Capacity may not drop below the seats taken; when it grows, people on the
 * waitlist are promoted into the new seats in the same transaction.
 */
export async function updateActivity(db: PrismaClient, actor: Actor, id: number, input: ActivityInput): Promise<void> {
  await db.$transaction(async (tx) => {
    if (!(await lockActivity(tx, id))) throw notFound('活动');
    const current = await tx.activity.findUniqueOrThrow({ where: { id }, select: { status: true, confirmedCount: true, title: true } });
    if (!isEditable(current.status)) throw new AppError('INVALID_TRANSITION', `活动${ACTIVITY_STATUS_LABELS[current.status]}，不能再修改`);
    if (input.capacity < current.confirmedCount) {
      throw new AppError('VALIDATION_FAILED', `名额不能少于已报名成功的人数（${current.confirmedCount} 人）`, [
        { path: 'capacity', message: `名额不能少于已报名成功的人数（${current.confirmedCount} 人）` },
      ]);
    }
    const updated = await tx.activity.update({
      where: { id },
      data: columns(input),
      select: { id: true, title: true, startAt: true, capacity: true, confirmedCount: true, status: true },
    });
    if (updated.status === 'published') {
      const promoted = await promoteFromWaitlist(tx, updated, updated.capacity - updated.confirmedCount);
      if (promoted.length) await tx.activity.update({ where: { id }, data: { confirmedCount: { increment: promoted.length } } });
    }
    await writeAudit(tx, actor, {
      action: 'activity.update',
      entity: 'activity',
      entityId: id,
      detail: { title: input.title, capacity: input.capacity },
    });
  });
  signupRulesCacheFor(db).forget(id);
}

/** Publish or finish: a status change by the shared transition table, made by a conditional update. */
export async function transitionActivity(db: PrismaClient, actor: Actor, id: number, to: 'published' | 'finished'): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await tx.activity.findUnique({ where: { id }, select: { status: true } });
    if (!a) throw notFound('活动');
    if (!canTransition(a.status, to))
      throw new AppError(
        'INVALID_TRANSITION',
        `活动当前为「${ACTIVITY_STATUS_LABELS[a.status]}」，不能改为「${ACTIVITY_STATUS_LABELS[to]}」`,
      );
    const changed = await tx.activity.updateMany({ where: { id, status: a.status }, data: { status: to } });
    if (changed.count !== 1) throw new AppError('CONFLICT', '活动状态刚被其他人修改，请刷新后重试');
    await writeAudit(tx, actor, { action: to === 'published' ? 'activity.publish' : 'activity.finish', entity: 'activity', entityId: id });
  });
  signupRulesCacheFor(db).forget(id);
}

/** Cancels an activity and tells everyone registered (confirmed and waiting), in one transaction. */
export async function cancelActivity(db: PrismaClient, actor: Actor, id: number, reason: string): Promise<number> {
  const notified = await db.$transaction(async (tx) => {
    if (!(await lockActivity(tx, id))) throw notFound('活动');
    const a = await tx.activity.findUniqueOrThrow({ where: { id }, select: { status: true, title: true, startAt: true } });
    if (!canTransition(a.status, 'cancelled'))
      throw new AppError('INVALID_TRANSITION', `活动当前为「${ACTIVITY_STATUS_LABELS[a.status]}」，不能取消`);
    await tx.activity.update({ where: { id }, data: { status: 'cancelled' } });
    const people = await tx.registration.findMany({
      where: { activityId: id, status: { in: ['confirmed', 'waitlisted'] } },
      select: { userId: true },
    });
    for (const p of people) {
      await enqueueNotification(tx, {
        userId: p.userId,
        kind: 'activity.cancelled',
        title: '活动已取消',
        body: `您报名的「${a.title}」（${formatChinaDateTime(a.startAt)}）已取消。原因：${reason}`,
        link: activityLink(id),
        template: {
          key: 'activity_cancelled',
          data: { thing1: thing(a.title), time2: formatChinaStamp(a.startAt), thing3: thing(reason) },
        },
      });
    }
    await writeAudit(tx, actor, {
      action: 'activity.cancel',
      entity: 'activity',
      entityId: id,
      detail: { reason, notified: people.length },
    });
    return people.length;
  });
  signupRulesCacheFor(db).forget(id);
  return notified;
}
