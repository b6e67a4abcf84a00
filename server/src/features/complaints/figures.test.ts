import type { Complaint, ComplaintFollowUp } from '@wuxie/prisma';
import {
  createCommunity,
  createCompany,
  createComplaint,
  createFollowUp,
  createRandom,
  createUser,
  type Random,
} from '@wuxie/prisma/factories';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_STATUSES,
  chinaDate,
  chinaDayStart,
  complaintFiguresSchema,
  type ComplaintFigures,
  type ComplaintStatus,
} from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, type TestApp } from '../../../test/test-app';
import { complaintFigures } from './figures.service';
import { actOk, file, login, world } from './complaints.test-kit';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ COMPLAINT_DAILY_LIMIT: '50' });
});
afterAll(() => closeTestApp(t));

/**
 * The figures as plain counting over every complaint and follow-up row, straight from the
 * definitions (PRODUCT.md, the ComplaintFigures schema): the reference the fast path must equal.
 */
async function countedFromRecords(from: string, to: string, now: Date): Promise<ComplaintFigures> {
  const complaints = await t.db.complaint.findMany();
  const followUps = await t.db.complaintFollowUp.findMany();
  const names = new Map((await t.db.company.findMany({ select: { id: true, name: true } })).map((c) => [c.id, c.name]));
  const inPeriod = (at: Date) => chinaDate(at) >= from && chinaDate(at) <= to;
  const byId = new Map(complaints.map((c) => [c.id, c]));
  const filed = complaints.filter((c) => inPeriod(c.createdAt));
  const rated = followUps.filter((f) => inPeriod(f.createdAt)).map((f) => ({ f, c: byId.get(f.complaintId) as Complaint }));

  const late = (c: Complaint) =>
    (c.acceptedAt !== null && c.acceptedAt > c.acceptDueAt) ||
    (c.repliedAt !== null && c.replyDueAt !== null && c.repliedAt > c.replyDueAt);
  const lateNow = (c: Complaint) =>
    (c.status === 'submitted' && c.acceptDueAt < now) ||
    (['accepted', 'assigned', 'reopened'].includes(c.status) && c.replyDueAt !== null && c.replyDueAt < now);
  const ratio = (numerator: number, denominator: number) => ({
    numerator,
    denominator,
    rate: denominator === 0 ? null : Math.round((numerator / denominator) * 10_000) / 10_000,
  });
  const avgReplyHours = (cs: Complaint[]) => {
    const replied = cs.filter((c) => c.repliedAt !== null);
    if (replied.length === 0) return null;
    const ms = replied.reduce((sum, c) => sum + ((c.repliedAt as Date).getTime() - c.createdAt.getTime()), 0);
    return Math.round((ms / replied.length / HOUR) * 10) / 10;
  };
  const satisfaction = (rs: { f: ComplaintFollowUp }[]) => ratio(rs.filter((r) => r.f.satisfaction !== 'unsatisfied').length, rs.length);
  const row = (cs: Complaint[], rs: { f: ComplaintFollowUp }[]) => ({
    received: cs.length,
    closed: cs.filter((c) => c.status === 'closed').length,
    overdue: cs.filter((c) => late(c) || lateNow(c)).length,
    avgReplyHours: avgReplyHours(cs),
    satisfaction: satisfaction(rs),
  });
  const companyIds = [...new Set(filed.flatMap((c) => (c.companyId === null ? [] : [c.companyId])))];
  const categories = COMPLAINT_CATEGORIES.filter((k) => filed.some((c) => c.category === k));
  return {
    from,
    to,
    received: filed.length,
    accepted: filed.filter((c) => c.acceptedAt !== null).length,
    rejected: filed.filter((c) => c.status === 'rejected').length,
    closed: filed.filter((c) => c.status === 'closed').length,
    overdue: filed.filter((c) => late(c) || lateNow(c)).length,
    avgReplyHours: avgReplyHours(filed),
    reopenRate: ratio(filed.filter((c) => c.reopenCount > 0).length, filed.filter((c) => c.repliedAt !== null).length),
    satisfaction: satisfaction(rated),
    byCompany: companyIds
      .map((id) => ({
        companyId: id,
        companyName: names.get(id) ?? '',
        ...row(
          filed.filter((c) => c.companyId === id),
          rated.filter((r) => r.c.companyId === id),
        ),
      }))
      .sort((a, b) => b.received - a.received || a.companyId - b.companyId),
    byCategory: categories
      .map((category) => ({
        category,
        ...row(
          filed.filter((c) => c.category === category),
          rated.filter((r) => r.c.category === category),
        ),
      }))
      .sort((a, b) => b.received - a.received || COMPLAINT_CATEGORIES.indexOf(a.category) - COMPLAINT_CATEGORIES.indexOf(b.category)),
  };
}

async function figuresFromApi(token: string, from: string, to: string): Promise<ComplaintFigures> {
  const res = await t.call('GET', `/api/complaints/figures?from=${from}&to=${to}`, { token });
  expect(res.status, await res.clone().text()).toBe(200);
  return complaintFiguresSchema.parse(await res.json());
}

/** An instant near a Beijing day boundary (midnight itself, the last millisecond before it) or anywhere in the day. */
function instantOn(random: Random, date: string): Date {
  const start = chinaDayStart(date).getTime();
  const offset = random.pick([0, DAY - 1, 1, DAY - 1000, random.int(0, DAY - 1)]);
  return new Date(start + offset);
}

const OLD_DAYS = Array.from({ length: 38 }, (_, i) => chinaDate(new Date(chinaDayStart('2025-02-25').getTime() + i * DAY + HOUR)));

/**
 * Complaints in every status around the March 2025 month boundaries, accepted and replied early
 * or late, with deadlines passed or still ahead of `realNow` (never within an hour of it, so the
 * API's clock and the reference agree), reopened ones, ones without a company, and follow-ups
 * recorded on other days than the filing (some in April, for complaints filed in March).
 */
async function fillRandomComplaints(random: Random, realNow: Date) {
  const companies = [await createCompany(t.db), await createCompany(t.db), await createCompany(t.db)];
  const communities = [
    ...(await Promise.all(companies.map((c) => createCommunity(t.db, { companyId: c.id })))),
    await createCommunity(t.db, { companyId: null }),
  ];
  const residents = [await createUser(t.db, { roles: ['resident'] }), await createUser(t.db, { roles: ['resident'] })];
  const ahead = () => new Date(realNow.getTime() + random.int(2, 96) * HOUR + random.int(0, HOUR));
  const made: Complaint[] = [];
  for (let i = 0; i < 160; i++) {
    const createdAt = instantOn(random, random.pick(OLD_DAYS));
    const status: ComplaintStatus = random.pick(COMPLAINT_STATUSES);
    const acceptDueAt = random.chance(0.3) ? ahead() : new Date(createdAt.getTime() + random.int(1, 48) * HOUR);
    const accepted = !['submitted', 'rejected'].includes(status) || random.chance(0.05);
    const acceptedAt = accepted ? new Date(createdAt.getTime() + random.int(1, 60) * HOUR + random.int(0, 59_999)) : null;
    const replyDueAt =
      acceptedAt === null || random.chance(0.1)
        ? null
        : random.chance(0.3)
          ? ahead()
          : new Date(acceptedAt.getTime() + random.int(24, 96) * HOUR);
    const replied = ['replied', 'resolved', 'closed', 'mediating'].includes(status) || (status === 'reopened' && random.chance(0.7));
    const repliedAt = replied && acceptedAt ? new Date(acceptedAt.getTime() + random.int(1, 120) * HOUR + random.int(0, 3_599_999)) : null;
    const reopenCount = status === 'reopened' || status === 'mediating' ? random.int(1, 2) : random.chance(0.1) ? 1 : 0;
    const community = random.pick(communities);
    made.push(
      await createComplaint(
        t.db,
        {
          residentId: random.pick(residents).id,
          communityId: community.id,
          companyId: community.companyId,
          category: random.pick(COMPLAINT_CATEGORIES),
          status,
          createdAt,
          acceptDueAt,
          acceptedAt,
          replyDueAt,
          repliedAt,
          reopenCount,
        },
        { random },
      ),
    );
  }
  for (const c of made.filter((x) => x.repliedAt !== null)) {
    const rounds = random.chance(0.5) ? 0 : random.int(1, 2);
    for (let r = 0; r < rounds; r++) {
      const createdAt = random.chance(0.3)
        ? instantOn(random, random.pick(['2025-04-01', '2025-04-05', '2025-03-31']))
        : new Date((c.repliedAt as Date).getTime() + random.int(1, 200) * HOUR);
      await createFollowUp(t.db, {
        complaintId: c.id,
        satisfaction: random.pick(['satisfied', 'basically_satisfied', 'unsatisfied']),
        createdAt,
      });
    }
  }
  return { companies, made };
}

const PERIODS: [string, string][] = [
  ['2025-03-01', '2025-03-31'],
  ['2025-03-01', '2025-03-01'],
  ['2025-02-28', '2025-02-28'],
  ['2025-03-31', '2025-03-31'],
  ['2025-04-01', '2025-04-01'],
  ['2025-04-05', '2025-04-30'],
  ['2025-02-25', '2025-04-03'],
  ['2025-03-10', '2025-03-16'],
  ['2020-01-01', '2020-12-31'],
];

describe('complaint figures from the day tables', () => {
  it('equal a plain count over the records for random complaints around day and month boundaries, after edits of every kind', async () => {
    const random = createRandom(20250301);
    const realNow = new Date();
    const staff = await login(t, ['staff']);
    const { companies, made } = await fillRandomComplaints(random, realNow);

    // The data has the cases worth checking, so the comparison below is not vacuous.
    const monthStart = chinaDayStart('2025-03-01').getTime();
    expect(made.some((c) => c.createdAt.getTime() === monthStart)).toBe(true);
    expect(made.some((c) => c.createdAt.getTime() === monthStart - 1)).toBe(true);
    expect(made.some((c) => c.companyId === null)).toBe(true);
    expect(made.some((c) => c.acceptedAt !== null && c.acceptedAt > c.acceptDueAt && c.status === 'assigned')).toBe(true);
    expect(made.some((c) => c.status === 'submitted' && c.acceptDueAt > realNow)).toBe(true);
    expect(made.some((c) => c.status === 'reopened' && c.replyDueAt !== null && c.replyDueAt < realNow)).toBe(true);

    for (const [from, to] of PERIODS)
      expect(await figuresFromApi(staff.token, from, to), `${from}..${to}`).toEqual(await countedFromRecords(from, to, realNow));

    // Edits after the fact: reassign rated complaints, correct categories, move a filing time over
    // midnight, remove a follow-up and a whole complaint; the day tables must follow every one.
    const rated = await t.db.complaint.findMany({ where: { followUps: { some: {} } }, select: { id: true, companyId: true } });
    for (const c of random.sample(rated, 8)) {
      const other = companies.find((k) => k.id !== c.companyId) ?? companies[0];
      await t.db.complaint.update({ where: { id: c.id }, data: { companyId: random.chance(0.2) ? null : other?.id } });
    }
    for (const c of random.sample(made, 6))
      await t.db.complaint.update({ where: { id: c.id }, data: { category: random.pick(COMPLAINT_CATEGORIES) } });
    await t.db.complaint.updateMany({
      where: { createdAt: new Date(monthStart) },
      data: { createdAt: new Date(monthStart - 1), status: 'closed', closedAt: new Date(monthStart + DAY) },
    });
    const dropped = await t.db.complaintFollowUp.findFirstOrThrow({ where: { createdAt: { gte: new Date(monthStart) } } });
    await t.db.complaintFollowUp.delete({ where: { id: dropped.id } });
    const gone = made.find((c) => c.id !== dropped.complaintId) as Complaint;
    await t.db.complaintFollowUp.deleteMany({ where: { complaintId: gone.id } });
    await t.db.complaintEvent.deleteMany({ where: { complaintId: gone.id } });
    await t.db.complaint.delete({ where: { id: gone.id } });

    for (const [from, to] of PERIODS)
      expect(await figuresFromApi(staff.token, from, to), `after edits ${from}..${to}`).toEqual(
        await countedFromRecords(from, to, realNow),
      );

    // "Late right now" is the only part that depends on the clock: the same rows, other instants.
    for (const now of [new Date('2025-03-15T04:00:00Z'), new Date(realNow.getTime() + 200 * HOUR)]) {
      for (const [from, to] of PERIODS.slice(0, 3))
        expect(await complaintFigures(t.db, from, to, now), `${from}..${to} at ${now.toISOString()}`).toEqual(
          await countedFromRecords(from, to, now),
        );
    }
  });

  it('follow the real transitions: reopened by an unsatisfied rating, reassigned with its rating, closed', async () => {
    const w = await world(t);
    const other = await createCompany(t.db);
    const otherAdmin = await login(t, ['worker', 'company_admin'], other.id);
    const c = await file(t, w.resident, w.community.id, { category: 'noise' });
    const today = chinaDate(new Date(c.createdAt));
    await actOk(t, w.staff, c.id, { action: 'accept' });
    await actOk(t, w.staff, c.id, { action: 'assign' });
    await actOk(t, w.companyAdmin, c.id, { action: 'reply', reply: '已与施工方协商，夜间停止施工。' });
    await actOk(t, w.companyAdmin, c.id, { action: 'resolve' });
    await actOk(t, w.resident, c.id, { action: 'follow_up', satisfaction: 'unsatisfied', comment: '晚上还在施工' });
    const reopened = await figuresFromApi(w.staff.token, today, today);
    expect(reopened).toEqual(await countedFromRecords(today, today, new Date()));
    expect(reopened.byCompany.find((r) => r.companyId === w.company.id)?.satisfaction).toEqual({ numerator: 0, denominator: 1, rate: 0 });

    await actOk(t, w.staff, c.id, { action: 'reassign', companyId: other.id, note: '改由实际负责的企业办理' });
    await actOk(t, otherAdmin, c.id, { action: 'reply', reply: '已更换施工时间，并安排人员夜间巡查。' });
    await actOk(t, otherAdmin, c.id, { action: 'resolve' });
    await actOk(t, w.staff, c.id, { action: 'follow_up', satisfaction: 'basically_satisfied', comment: '' });
    const closed = await figuresFromApi(w.staff.token, today, today);
    expect(closed).toEqual(await countedFromRecords(today, today, new Date()));
    // Both ratings now count for the company the complaint belongs to; the first company keeps none.
    expect(closed.byCompany.find((r) => r.companyId === other.id)).toMatchObject({
      received: 1,
      closed: 1,
      satisfaction: { numerator: 1, denominator: 2 },
    });
    expect(closed.byCompany.find((r) => r.companyId === w.company.id)).toBeUndefined();
  });
});
