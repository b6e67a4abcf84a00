import type { PrismaClient } from '@wuxie/prisma';
import {
  cancelRefusal,
  hasRole,
  isMemberWorker,
  type CompanySignupRequest,
  type CompanySignupResult,
  type MyRegistrationList,
  type RegistrationView,
  type SignupResult,
} from '@wuxie/shared';
import { administeredCompany, requireAdministeredCompany } from '../../lib/company-admin';
import type { Caller } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import {
  activitySelect,
  registrationSelect,
  toRegistrationView,
  toSummary,
  waitlistPosition,
  type RegistrationRow,
} from './activities.mappers';
import { signupRulesCacheFor } from './signup-rules.cache';
import { admitToSignup, loadPrior, loadSignupActivity, loadSignupContext, signUp, type SignupOutcome } from './signup.service';
import { lockActivity, promoteFromWaitlist } from './waitlist.service';

export async function viewOf(
  db: PrismaClient,
  r: RegistrationRow,
  secret: string,
  knownPosition?: number | null,
): Promise<RegistrationView> {
  return toRegistrationView(r, secret, knownPosition !== undefined ? knownPosition : await waitlistPosition(db, r));
}

function outcomeMessage(view: RegistrationView, created: boolean): string {
  const prefix = created ? '' : '您已报名过本活动：';
  if (view.status === 'confirmed') return `${prefix}报名成功`;
  return `${prefix}名额已满，已为您登记候补，当前排第 ${view.waitlistPosition ?? '?'} 位；有人取消时按顺序递补并通知您`;
}

/** The caller signs themselves up. */
export async function signUpSelf(
  db: PrismaClient,
  secret: string,
  caller: Caller,
  activityId: number,
  extraInput: Record<string, unknown>,
  now: Date,
): Promise<{ created: boolean; result: SignupResult }> {
  // The rules come from a two-second cache (signup-rules.cache.ts); seats are left to the statement.
  const activity = await signupRulesCacheFor(db).get(activityId, () => loadSignupActivity(db, activityId));
  const person = { ...caller, registeredById: caller.userId };
  let outcome: SignupOutcome;
  try {
    const extra = admitToSignup({ ...activity, confirmedCount: 0 }, caller, extraInput, now);
    outcome = await signUp(db, activity, person, extra, 'unknown');
  } catch (refusal) {
    // Someone already registered gets their registration back, whatever the rules say now.
    const prior = refusal instanceof AppError ? await loadPrior(db, activityId, caller.userId) : null;
    if (!prior || prior.status === 'cancelled') throw refusal;
    outcome = await signUp(db, activity, person, {}, prior);
  }
  const view = await viewOf(db, outcome.registration, secret, outcome.waitlistPosition);
  return { created: outcome.created, result: { ...view, message: outcomeMessage(view, outcome.created) } };
}

/**
 * A company admin signs up several of the company's workers. Each person is all-or-nothing on
 * their own (checked, then one sign-up statement); one person's refusal does not stop the others.
 */
export async function signUpCompanyWorkers(
  db: PrismaClient,
  secret: string,
  caller: Caller,
  activityId: number,
  body: CompanySignupRequest,
  now: Date,
): Promise<CompanySignupResult> {
  const companyId = await requireAdministeredCompany(db, caller, '为员工报名');
  const activity = await loadSignupActivity(db, activityId);
  const ids = body.people.map((p) => p.userId);
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, roles: true, companyId: true, disabled: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const results: CompanySignupResult['results'] = [];
  for (const person of body.people) {
    const user = byId.get(person.userId);
    if (!user || user.companyId !== companyId || user.disabled) {
      results.push({
        userId: person.userId,
        name: user?.name ?? '',
        ok: false,
        status: null,
        waitlistPosition: null,
        message: '不是本单位的在职员工，不能代为报名',
      });
      continue;
    }
    try {
      const { prior } = await loadSignupContext(db, activityId, user.id);
      const extra = prior && prior.status !== 'cancelled' ? {} : admitToSignup(activity, user, person.extra ?? {}, now);
      const outcome = await signUp(
        db,
        activity,
        { userId: user.id, roles: user.roles, companyId: user.companyId, registeredById: caller.userId },
        extra,
        prior,
      );
      const view = await viewOf(db, outcome.registration, secret, outcome.waitlistPosition);
      results.push({
        userId: user.id,
        name: user.name,
        ok: true,
        status: view.status,
        waitlistPosition: view.waitlistPosition,
        message: outcomeMessage(view, outcome.created),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({
        userId: user.id,
        name: user.name,
        ok: false,
        status: null,
        waitlistPosition: null,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}

/**
 * Cancels a registration. A freed seat goes to the first person waiting, in the same transaction
 * (and they are told); with nobody waiting the seat count goes down. Holders follow the activity's
 * cancel rule; staff may cancel for them regardless of it (special cases go through the association).
 */
export async function cancelRegistration(
  db: PrismaClient,
  caller: Caller,
  registrationId: number,
  now: Date,
): Promise<{ registration: RegistrationRow; promotedUserId: number | null }> {
  const target = await db.registration.findUnique({
    where: { id: registrationId },
    select: { activityId: true, userId: true, companyId: true },
  });
  const isStaff = hasRole(caller.roles, 'staff');
  if (!target) throw notFound('报名记录');
  // A company admin may cancel for the company's people (the company they signed up under).
  const mayCancel =
    target.userId === caller.userId ||
    isStaff ||
    (target.companyId !== null && target.companyId === (await administeredCompany(db, caller)));
  if (!mayCancel) throw notFound('报名记录');

  const promoted = await db.$transaction(async (tx) => {
    await lockActivity(tx, target.activityId);
    const activity = await tx.activity.findUniqueOrThrow({ where: { id: target.activityId }, select: activitySelect });
    const [reg] = await tx.$queryRaw<{ status: 'confirmed' | 'waitlisted' | 'cancelled'; checkedInAt: Date | null }[]>`
      SELECT "status"::text AS "status", "checkedInAt" FROM "Registration" WHERE "id" = ${registrationId}::int FOR UPDATE`;
    if (!reg) throw notFound('报名记录');
    const refusal = cancelRefusal(
      isStaff ? { ...activity, cancelRule: 'until_deadline', signupEndAt: activity.startAt } : activity,
      reg,
      now,
    );
    if (refusal) throw new AppError('CONFLICT', refusal);
    await tx.registration.update({ where: { id: registrationId }, data: { status: 'cancelled', cancelledAt: now } });
    if (reg.status !== 'confirmed') return null;
    const [next] = await promoteFromWaitlist(tx, activity, 1);
    if (!next) {
      await tx.activity.updateMany({ where: { id: activity.id, confirmedCount: { gt: 0 } }, data: { confirmedCount: { decrement: 1 } } });
    }
    return next?.userId ?? null;
  });
  const registration = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: registrationSelect });
  return { registration, promotedUserId: promoted };
}

/** The caller's registrations, newest activity first; `certificates` keeps passed exams only. */
export async function listMyRegistrations(
  db: PrismaClient,
  secret: string,
  userId: number,
  only: 'all' | 'certificates',
  now: Date,
): Promise<MyRegistrationList> {
  const rows = await db.registration.findMany({
    where: { userId, ...(only === 'certificates' ? { certificateNo: { not: null }, result: 'passed' } : {}) },
    select: { ...registrationSelect, activity: { select: activitySelect } },
    orderBy: [{ activity: { startAt: 'desc' } }, { id: 'desc' }],
    take: 200,
  });
  const items = [];
  for (const { activity, ...r } of rows) {
    items.push({ registration: await viewOf(db, r, secret), activity: toSummary(activity, now) });
  }
  return { items };
}

/** The company's workers with their registration for this activity, for the bulk sign-up picker. */
export async function companyCandidates(db: PrismaClient, caller: Caller, activityId: number) {
  const companyId = await requireAdministeredCompany(db, caller, '为员工报名');
  await loadSignupActivity(db, activityId);
  const users = await db.user.findMany({
    where: { companyId, disabled: false },
    select: {
      id: true,
      name: true,
      roles: true,
      companyId: true,
      registrations: { where: { activityId }, select: { id: true, status: true, waitlistSeq: true, activityId: true } },
    },
    orderBy: { id: 'asc' },
    take: 500,
  });
  const items = [];
  for (const u of users.filter((user) => isMemberWorker(user))) {
    const reg = u.registrations[0];
    items.push({
      userId: u.id,
      name: u.name,
      registration: reg ? { id: reg.id, status: reg.status, waitlistPosition: await waitlistPosition(db, reg) } : null,
    });
  }
  return { items };
}
