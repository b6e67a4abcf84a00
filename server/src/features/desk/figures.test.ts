import {
  addDays,
  addHours,
  chinaTime,
  createActivity,
  createArticle,
  createCommunity,
  createCompany,
  createComplaint,
  createRegistration,
  createUser,
} from '@wuxie/prisma/factories';
import type { Prisma } from '@wuxie/prisma';
import { deskPeriodQuerySchema, deskRecordListSchema, resolvePeriod } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { loadDeskData } from './desk.service';
import { dashboardOf, figure, tokenFor } from './desk.test-kit';

// Each test builds its records in its own month, so the figures of one cannot include another's.
let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = await tokenFor(t, ['staff']);
});
afterAll(async () => {
  await closeTestApp(t);
});

const custom = (from: string, to: string) => `period=custom&from=${from}&to=${to}`;
type ActivityData = Partial<Prisma.ActivityUncheckedCreateInput>;
const held = (at: Date, data: ActivityData = {}) =>
  createActivity(t.db, {
    startAt: at,
    endAt: addHours(at, 2),
    signupStartAt: addDays(at, -10),
    signupEndAt: addDays(at, -1),
    status: 'finished',
    ...data,
  });

describe('activity figures', () => {
  it('counts the activities held by type, online trainings, and the people and companies who checked in', async () => {
    const [a, b] = [await createCompany(t.db), await createCompany(t.db)];
    const [a1, a2, b1, b2] = [
      await createUser(t.db, { companyId: a.id }),
      await createUser(t.db, { companyId: a.id }),
      await createUser(t.db, { companyId: b.id }),
      await createUser(t.db, { companyId: b.id }),
    ];
    const training = await held(chinaTime(2021, 3, 5, 9));
    const online = await held(chinaTime(2021, 3, 12, 9), { type: 'online_training', title: '线上培训：垃圾分类' });
    const party = await held(chinaTime(2021, 3, 20, 9), { type: 'party_day', status: 'published' });
    await held(chinaTime(2021, 3, 25, 9), { status: 'cancelled' });
    await held(chinaTime(2021, 3, 26, 9), { status: 'draft' });
    await held(chinaTime(2021, 4, 1, 9));
    const checkedIn = (at: Date) => ({ checkedInAt: addHours(at, -0.2) });
    await createRegistration(t.db, { activityId: training.id, userId: a1.id, ...checkedIn(training.startAt) });
    await createRegistration(t.db, { activityId: training.id, userId: a2.id, ...checkedIn(training.startAt) });
    await createRegistration(t.db, { activityId: online.id, userId: a1.id, ...checkedIn(online.startAt) });
    await createRegistration(t.db, { activityId: party.id, userId: b1.id, ...checkedIn(party.startAt) });
    await createRegistration(t.db, { activityId: party.id, userId: b2.id });

    const d = await dashboardOf(t, custom('2021-03-01', '2021-03-31'), staff);
    expect(figure(d, 'activities_held')).toMatchObject({ value: 3, display: '3 场' });
    expect(figure(d, 'online_trainings').value).toBe(1);
    expect(figure(d, 'party_days').value).toBe(1);
    expect(figure(d, 'participants').value).toBe(3);
    expect(figure(d, 'companies').value).toBe(2);
    expect(Object.fromEntries(d.activitiesByType.map((x) => [x.type, x.count]))).toEqual({
      training: 1,
      online_training: 1,
      exam: 0,
      party_day: 1,
      meeting: 0,
      public_welfare: 0,
    });
    expect(d.activitiesByType.find((x) => x.type === 'online_training')?.link).toMatchObject({
      route: 'activityManage',
      params: { held: 'true', type: 'online_training', from: '2021-03-01', to: '2021-03-31' },
    });
    expect(d.companies.find((c) => c.companyId === a.id)).toMatchObject({ registrations: 3, attendances: 3, people: 2, activities: 2 });
    expect(d.companies.find((c) => c.companyId === b.id)).toMatchObject({ registrations: 2, attendances: 1, people: 1, activities: 1 });
    expect(d.candidates.companies.map((c) => c.companyId)).toEqual([a.id, b.id]);
    expect(d.candidates.companies[0]?.reasons).toContain('参加活动 3 人次（2 人，2 场）');
  });

  it('gives the exam pass rate as passed over sat (2 of 3 → 67%) and counts first-time passes', async () => {
    const people = await Promise.all([1, 2, 3, 4].map(() => createUser(t.db, { companyId: null, roles: ['worker'] })));
    const [p1, p2, p3, absent] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const earlier = await held(chinaTime(2020, 11, 5, 9), { type: 'exam' });
    await createRegistration(t.db, { activityId: earlier.id, userId: p2.id, checkedInAt: earlier.startAt, result: 'failed' });
    const exam = await held(chinaTime(2021, 5, 8, 9), { type: 'exam', title: '物业管理师（三级）职业技能等级认定（测试）' });
    await createRegistration(t.db, { activityId: exam.id, userId: p1.id, checkedInAt: exam.startAt, result: 'passed' });
    await createRegistration(t.db, { activityId: exam.id, userId: p2.id, checkedInAt: exam.startAt, result: 'passed' });
    await createRegistration(t.db, { activityId: exam.id, userId: p3.id, checkedInAt: exam.startAt, result: 'failed' });
    await createRegistration(t.db, { activityId: exam.id, userId: absent.id });

    const d = await dashboardOf(t, custom('2021-05-01', '2021-05-31'), staff);
    const rate = figure(d, 'exam_pass_rate');
    expect(rate).toMatchObject({ numerator: 2, denominator: 3, display: '67%（2/3）' });
    expect(rate.value).toBeCloseTo(2 / 3);
    expect(rate.link).toMatchObject({
      route: 'deskRecords',
      params: { kind: 'exam_sat', period: 'custom', from: '2021-05-01', to: '2021-05-31' },
    });
    expect(figure(d, 'exam_first_passed').value).toBe(1);
  });
});

describe('complaint figures', () => {
  it('counts received, closed and overdue, and gives follow-up satisfaction with its denominator, per company too', async () => {
    const company = await createCompany(t.db);
    const community = await createCommunity(t.db, { companyId: company.id });
    const staffUser = await createUser(t.db, { roles: ['staff'] });
    const filedOnTime = async (day: number, status: 'closed' | 'resolved') => {
      const at = chinaTime(2021, 7, day, 9);
      return createComplaint(t.db, {
        communityId: community.id,
        createdAt: at,
        status,
        acceptedAt: addHours(at, 1),
        replyDueAt: addDays(at, 3),
        repliedAt: addDays(at, 1),
        resolvedAt: addDays(at, 2),
      });
    };
    const followUp = (complaintId: number, satisfaction: 'satisfied' | 'basically_satisfied' | 'unsatisfied', day: number) =>
      t.db.complaintFollowUp.create({
        data: { complaintId, round: 1, satisfaction, recordedById: staffUser.id, createdAt: chinaTime(2021, 7, day, 15) },
      });
    const c1 = await filedOnTime(5, 'closed');
    const c2 = await filedOnTime(6, 'closed');
    const c3 = await filedOnTime(7, 'resolved');
    await createComplaint(t.db, { communityId: community.id, createdAt: chinaTime(2021, 7, 20, 9), status: 'submitted' });
    await createComplaint(t.db, { communityId: community.id, createdAt: chinaTime(2021, 8, 2, 9), status: 'submitted' });
    await followUp(c1.id, 'satisfied', 10);
    await followUp(c2.id, 'basically_satisfied', 11);
    await followUp(c3.id, 'unsatisfied', 12);

    const d = await dashboardOf(t, custom('2021-07-01', '2021-07-31'), staff);
    expect(figure(d, 'complaints_received').value).toBe(4);
    expect(figure(d, 'complaints_closed').value).toBe(2);
    expect(figure(d, 'complaints_overdue').value).toBe(1);
    expect(figure(d, 'follow_up_satisfaction')).toMatchObject({ numerator: 2, denominator: 3, display: '67%（2/3）' });
    const card = d.companies.find((c) => c.companyId === company.id);
    expect(card?.complaints).toMatchObject({ received: 4, closed: 2, overdue: 1, satisfaction: { numerator: 2, denominator: 3 } });
    expect(card?.attendances).toBe(0);
    expect(d.candidates.companies.some((c) => c.companyId === company.id)).toBe(false);
  });

  it('links the complaint figures to the ledger filtered by the period, and the ledger lists exactly the counted complaints', async () => {
    const community = await createCommunity(t.db);
    for (const day of [3, 9, 27]) await createComplaint(t.db, { communityId: community.id, createdAt: chinaTime(2021, 9, day, 10) });
    const d = await dashboardOf(t, custom('2021-09-01', '2021-09-30'), staff);
    const received = figure(d, 'complaints_received');
    expect(received.link).toMatchObject({
      route: 'complaintLedger',
      params: { from: '2021-09-01', to: '2021-09-30' },
      api: 'GET /api/complaints/ledger?from=2021-09-01&to=2021-09-30',
    });
    const ledger = await readJson(await t.call('GET', `${received.link.api.replace('GET ', '')}&limit=100`, { token: staff }));
    expect(ledger.items).toHaveLength(received.value ?? -1);
    // The ledger's "只看超时" shows only complaints late right now; the figure also counts those handled late.
    expect(figure(d, 'complaints_overdue').link.params).toMatchObject({ kind: 'overdue_complaints', from: '2021-09-01', to: '2021-09-30' });
  });
});

describe('publicity figures', () => {
  it('counts published articles by category and ranks correspondents with their reasons', async () => {
    const [w1, w2] = [
      await createUser(t.db, { roles: ['worker', 'correspondent'], name: '甲通讯员' }),
      await createUser(t.db, { roles: ['worker', 'correspondent'], name: '乙通讯员' }),
    ];
    const published = (authorId: number, category: 'party_building' | 'industry', day: number) =>
      createArticle(t.db, { authorId, category, status: 'published', publishedAt: chinaTime(2021, 10, day, 10) });
    await published(w1.id, 'party_building', 8);
    await published(w1.id, 'party_building', 9);
    await published(w1.id, 'industry', 10);
    await published(w2.id, 'industry', 11);
    await createArticle(t.db, { authorId: w2.id, status: 'submitted', publishedAt: null });
    await createArticle(t.db, { authorId: w2.id, category: 'industry', status: 'published', publishedAt: chinaTime(2021, 11, 2, 10) });

    const d = await dashboardOf(t, custom('2021-10-01', '2021-10-31'), staff);
    expect(figure(d, 'articles_published').value).toBe(4);
    expect(figure(d, 'party_articles').value).toBe(2);
    expect(figure(d, 'correspondents_published').value).toBe(2);
    expect(Object.fromEntries(d.articlesByCategory.map((c) => [c.category, c.count]))).toMatchObject({
      party_building: 2,
      industry: 2,
      notice: 0,
    });
    expect(d.articlesByMonth).toEqual([{ month: '2021-10', count: 4 }]);
    expect(d.candidates.correspondents.map((c) => [c.name, c.published, c.rank])).toEqual([
      ['甲通讯员', 3, 1],
      ['乙通讯员', 1, 2],
    ]);
    expect(d.candidates.correspondents[0]?.reasons).toEqual(['期间发表稿件 3 篇，排名第 1', '党建引领 2 篇、行业动态 1 篇']);
  });
});

describe('advisory work and commendations', () => {
  it('counts surveys, suggestions and the year’s commendations, each with the list behind it', async () => {
    const survey = await t.db.survey.create({
      data: { title: '餐饮油烟扰民专题调研', topic: '餐饮油烟', commissionedAt: chinaTime(2019, 3, 1, 10) },
    });
    await t.db.survey.create({ data: { title: '电梯安全专题调研', topic: '电梯安全', commissionedAt: chinaTime(2019, 9, 1, 10) } });
    await t.db.suggestion.createMany({
      data: [1, 2, 3].map((i) => ({ surveyId: i === 1 ? survey.id : null, content: `建议第 ${i} 条`, sentAt: chinaTime(2019, 4, i, 10) })),
    });
    const company = await createCompany(t.db);
    const writer = await createUser(t.db, { roles: ['correspondent'] });
    await t.db.commendation.createMany({
      data: [
        { year: 2019, kind: 'excellent_company', companyId: company.id, subject: `company:${company.id}` },
        { year: 2019, kind: 'excellent_correspondent', userId: writer.id, subject: `user:${writer.id}` },
        { year: 2018, kind: 'excellent_company', companyId: company.id, subject: `company:${company.id}` },
      ],
    });

    const d = await dashboardOf(t, 'period=year&year=2019', staff);
    expect([figure(d, 'surveys').value, figure(d, 'suggestions').value]).toEqual([2, 3]);
    expect([figure(d, 'commended_companies').value, figure(d, 'commended_correspondents').value]).toEqual([1, 1]);
    const list = deskRecordListSchema.parse(
      await readJson(await t.call('GET', figure(d, 'suggestions').link.api.replace('GET ', ''), { token: staff })),
    );
    expect(list).toMatchObject({ kind: 'suggestions', total: 3 });
    expect(list.items.map((i) => i.title)).toEqual(['建议第 1 条', '建议第 2 条', '建议第 3 条']);
    const h1 = await dashboardOf(t, 'period=h1&year=2019', staff);
    expect(figure(h1, 'surveys').value).toBe(1);
  });
});

describe('staff opening the desk together', () => {
  it('share one computation while it runs, and the next request after it sees a new record', async () => {
    const period = resolvePeriod(deskPeriodQuerySchema.parse({ period: 'custom', from: '2023-05-01', to: '2023-05-31' }), '2026-11-29');
    const now = new Date();
    const first = loadDeskData(t.db, period, now);
    const second = loadDeskData(t.db, period, now);
    const otherPeriod = loadDeskData(t.db, { ...period, to: '2023-05-30' }, now);
    expect(second).toBe(first);
    expect(otherPeriod).not.toBe(first);
    const before = (await first).activities.activitiesHeld;
    await otherPeriod;
    await held(chinaTime(2023, 5, 10, 9));
    const after = loadDeskData(t.db, period, now);
    expect(after).not.toBe(first);
    expect((await after).activities.activitiesHeld).toBe(before + 1);
  });
});

describe('access and input', () => {
  it('is for association staff only', async () => {
    for (const roles of [['worker'], ['company_admin'], ['correspondent'], ['resident']] as const) {
      const res = await t.call('GET', '/api/desk/dashboard', { token: await tokenFor(t, [...roles]) });
      expect(res.status).toBe(403);
    }
    expect((await t.call('GET', '/api/desk/report', { token: await tokenFor(t, ['admin']) })).status).toBe(200);
    expect((await t.call('GET', '/api/desk/dashboard')).status).toBe(401);
  });

  it('refuses a custom period without days, reversed, or longer than 3 years, naming the field', async () => {
    const issue = async (query: string) => {
      const res = await t.call('GET', `/api/desk/dashboard?${query}`, { token: staff });
      expect(res.status).toBe(422);
      return JSON.stringify(await res.json());
    };
    expect(await issue('period=custom')).toContain('自定义期间请填写开始日期');
    expect(await issue('period=custom&from=2024-06-01&to=2024-01-01')).toContain('开始日期不能晚于结束日期');
    expect(await issue('period=custom&from=2018-01-01&to=2024-01-01')).toContain('统计期间最长 3 年');
    expect(await issue('period=custom&from=2024-02-30&to=2024-03-01')).toContain('开始日期不是有效的日期');
    expect(await issue('period=month')).toContain('统计期间应为');
  });
});
