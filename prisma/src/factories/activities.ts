import type { Activity, Prisma, Registration } from '../../generated/client';
import { randomOf, type Db, type FactoryOptions } from './context';
import { nextSequence, type Random } from './random';
import { addDays, addHours } from './time';
import { createUser } from './users';

/** Row data for a published activity a week from `now`, open for sign-up since yesterday. */
export function buildActivity(
  random: Random,
  overrides: Partial<Prisma.ActivityUncheckedCreateInput> & { createdById: number },
  now: Date = new Date(),
): Prisma.ActivityUncheckedCreateInput {
  const startAt = overrides.startAt ? new Date(overrides.startAt) : addDays(now, 7);
  return {
    type: 'training',
    title: `物业服务标准化培训（第 ${nextSequence()} 期）`,
    description: '<p>面向会员单位项目经理和客服主管，讲解物业服务标准与常见纠纷处理。</p>',
    place: random.pick(['淮南市物业管理协会三楼会议室', '田家庵区洞山中路市民服务中心报告厅', '淮南职业技术学院实训楼']),
    startAt,
    endAt: addHours(startAt, 3),
    signupStartAt: addDays(now, -1),
    signupEndAt: addDays(startAt, -1),
    capacity: 100,
    status: 'published',
    ...overrides,
  };
}

/** Create an activity; a staff user is created as its author unless createdById is given. */
export async function createActivity(
  db: Db,
  overrides: Partial<Prisma.ActivityUncheckedCreateInput> = {},
  options?: FactoryOptions & { now?: Date },
): Promise<Activity> {
  const createdById = overrides.createdById ?? (await createUser(db, { roles: ['staff'] }, options)).id;
  return db.activity.create({ data: buildActivity(randomOf(options), { ...overrides, createdById }, options?.now) });
}

/** An unguessable per-registration nonce the ticket code is signed over. */
export function ticketNonce(random: Random): string {
  return random.hex(32);
}

export type RegistrationOverrides = Partial<Prisma.RegistrationUncheckedCreateInput> & { activityId: number; userId: number };

/**
 * Create a registration (confirmed by default) and keep Activity.confirmedCount in step.
 * companyId defaults to the person's company; a waitlisted one goes to the end of the queue.
 */
export async function createRegistration(db: Db, overrides: RegistrationOverrides, options?: FactoryOptions): Promise<Registration> {
  const random = randomOf(options);
  const status = overrides.status ?? 'confirmed';
  const companyId =
    'companyId' in overrides
      ? overrides.companyId
      : (await db.user.findUniqueOrThrow({ where: { id: overrides.userId }, select: { companyId: true } })).companyId;
  let waitlistSeq = overrides.waitlistSeq;
  if (status === 'waitlisted' && waitlistSeq === undefined) {
    const last = await db.registration.aggregate({ where: { activityId: overrides.activityId }, _max: { waitlistSeq: true } });
    waitlistSeq = (last._max.waitlistSeq ?? 0) + 1;
  }
  const registration = await db.registration.create({
    data: { ticketNonce: ticketNonce(random), ...overrides, status, companyId, waitlistSeq },
  });
  if (status === 'confirmed') {
    await db.activity.update({ where: { id: overrides.activityId }, data: { confirmedCount: { increment: 1 } } });
  }
  return registration;
}

/** Certificate number for a passed exam: the server's rule, so seeded certificates verify like issued ones. */
export { formatCertificateNo } from '@wuxie/shared';
