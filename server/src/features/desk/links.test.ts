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
import { deskRecordListSchema, type DeskFigureKey } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { dashboardOf, figure, listBehind, reportOf, tokenFor } from './desk.test-kit';

// Every figure of the desk names the API request that lists the records it counted. Here the
// records of March 2022 are built by hand (with others around them that must not count), and
// every figure is held equal to what its list says: the list's total (a rate: total and numerator).

let t: TestApp;
let staff: string;
const PERIOD = 'period=custom&from=2022-03-01&to=2022-03-31';

beforeAll(async () => {
  t = await createTestApp();
  staff = await tokenFor(t, ['staff']);
  await buildMarch2022();
});
afterAll(async () => {
  await closeTestApp(t);
});

let companyA: { id: number; name: string };
let companyB: { id: number; name: string };
let correspondentW1: { id: number };

async function buildMarch2022() {
  [companyA, companyB] = [await createCompany(t.db), await createCompany(t.db)];
  const [a1, a2, b1] = [
    await createUser(t.db, { companyId: companyA.id }),
    await createUser(t.db, { companyId: companyA.id }),
    await createUser(t.db, { companyId: companyB.id }),
  ];
  const r1 = await createUser(t.db, { roles: ['resident'] });
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
  const training = await held(chinaTime(2022, 3, 3, 9));
  const online = await held(chinaTime(2022, 3, 10, 9), { type: 'online_training', status: 'published' });
  const party = await held(chinaTime(2022, 3, 17, 9), { type: 'party_day' });
  const exam = await held(chinaTime(2022, 3, 24, 9), { type: 'exam' });
  const earlierExam = await held(chinaTime(2021, 12, 10, 9), { type: 'exam' });
  await held(chinaTime(2022, 3, 12, 9), { status: 'cancelled' });
  await held(chinaTime(2022, 3, 13, 9), { status: 'draft' });
  await held(chinaTime(2022, 4, 1, 9));
  const at = (a: { startAt: Date }) => ({ checkedInAt: addHours(a.startAt, -0.2) });
  await createRegistration(t.db, { activityId: training.id, userId: a1.id, ...at(training) });
  await createRegistration(t.db, { activityId: training.id, userId: a2.id, ...at(training) });
  await createRegistration(t.db, { activityId: training.id, userId: b1.id });
  await createRegistration(t.db, { activityId: online.id, userId: a1.id, ...at(online) });
  await createRegistration(t.db, { activityId: online.id, userId: r1.id, ...at(online) });
  await createRegistration(t.db, { activityId: party.id, userId: b1.id, ...at(party) });
  await createRegistration(t.db, { activityId: earlierExam.id, userId: r1.id, ...at(earlierExam), result: 'failed' });
  await createRegistration(t.db, { activityId: exam.id, userId: a2.id, ...at(exam), result: 'passed' });
  await createRegistration(t.db, { activityId: exam.id, userId: b1.id, ...at(exam), result: 'failed' });
  await createRegistration(t.db, { activityId: exam.id, userId: r1.id, result: 'passed' });

  const [w1, w2] = [
    await createUser(t.db, { roles: ['correspondent'] }),
    await createUser(t.db, { roles: ['worker', 'correspondent'], companyId: companyB.id }),
  ];
  correspondentW1 = w1;
  const writer = await createUser(t.db, { roles: ['staff'] });
  const published = (authorId: number, category: 'party_building' | 'industry' | 'notice', day: number, month = 3) =>
    createArticle(t.db, { authorId, category, status: 'published', publishedAt: chinaTime(2022, month, day, 10) });
  await published(w1.id, 'party_building', 2);
  await published(w1.id, 'party_building', 9);
  await published(w1.id, 'industry', 16);
  await published(w2.id, 'industry', 23);
  await published(writer.id, 'notice', 30);
  await published(w1.id, 'industry', 2, 4);
  await createArticle(t.db, { authorId: w2.id, status: 'submitted', publishedAt: null });

  const [communityA, communityB] = [
    await createCommunity(t.db, { companyId: companyA.id }),
    await createCommunity(t.db, { companyId: companyB.id }),
  ];
  const done = (day: number, data: Partial<Prisma.ComplaintUncheckedCreateInput>) => {
    const filed = chinaTime(2022, 3, day, 9);
    return createComplaint(t.db, {
      communityId: communityA.id,
      createdAt: filed,
      acceptedAt: addHours(filed, 1),
      replyDueAt: addDays(filed, 3),
      repliedAt: addDays(filed, 1),
      resolvedAt: addDays(filed, 2),
      ...data,
    });
  };
  const c1 = await done(4, { status: 'closed', category: 'repair' });
  const c2 = await done(8, { status: 'closed', category: 'repair', acceptedAt: chinaTime(2022, 3, 14, 9) }); // accepted late
  const c3 = await done(15, { status: 'resolved', category: 'noise' });
  await createComplaint(t.db, { communityId: communityB.id, createdAt: chinaTime(2022, 3, 21, 9), status: 'submitted' }); // late right now
  await createComplaint(t.db, { communityId: communityA.id, createdAt: chinaTime(2022, 4, 2, 9), status: 'submitted' });
  const visit = (complaintId: number, satisfaction: 'satisfied' | 'unsatisfied', day: Date) =>
    t.db.complaintFollowUp.create({ data: { complaintId, round: 1, satisfaction, recordedById: writer.id, createdAt: day } });
  await visit(c1.id, 'satisfied', chinaTime(2022, 3, 20, 15));
  await visit(c3.id, 'unsatisfied', chinaTime(2022, 3, 28, 15));
  await visit(c2.id, 'satisfied', chinaTime(2022, 4, 3, 15));

  const survey = await t.db.survey.create({
    data: { title: '快递车辆进小区专题调研', topic: '快递车辆', commissionedAt: chinaTime(2022, 3, 5, 10) },
  });
  await t.db.survey.create({ data: { title: '电梯安全专题调研', commissionedAt: chinaTime(2022, 5, 5, 10) } });
  await t.db.suggestion.createMany({
    data: [7, 19].map((day) => ({ surveyId: survey.id, content: `建议 ${day}`, sentAt: chinaTime(2022, 3, day, 10) })),
  });
  await t.db.commendation.createMany({
    data: [
      { year: 2022, kind: 'excellent_company', companyId: companyA.id, subject: `company:${companyA.id}` },
      { year: 2022, kind: 'excellent_correspondent', userId: w1.id, subject: `user:${w1.id}` },
      { year: 2021, kind: 'excellent_company', companyId: companyB.id, subject: `company:${companyB.id}` },
    ],
  });
}

const EXPECTED: Record<DeskFigureKey, number | [number, number]> = {
  activities_held: 4,
  participants: 4,
  companies: 2,
  online_trainings: 1,
  exam_pass_rate: [2, 3],
  exam_first_passed: 1,
  party_days: 1,
  articles_published: 5,
  party_articles: 2,
  correspondents_published: 2,
  complaints_received: 4,
  complaints_closed: 2,
  complaints_overdue: 2,
  follow_up_satisfaction: [1, 2],
  surveys: 1,
  suggestions: 2,
  commended_companies: 1,
  commended_correspondents: 1,
};

describe('every desk figure equals the list behind it', () => {
  it('counts the records built for March 2022 (none of the records around them)', async () => {
    const d = await dashboardOf(t, PERIOD, staff);
    for (const f of d.figures) {
      const want = EXPECTED[f.key];
      if (Array.isArray(want)) expect([f.numerator, f.denominator], f.key).toEqual(want);
      else expect(f.value, f.key).toBe(want);
    }
  });

  it('lists, for each figure, exactly as many records as the figure says (a rate: its denominator, and its numerator among them)', async () => {
    const d = await dashboardOf(t, PERIOD, staff);
    for (const f of d.figures) {
      const list = await listBehind(t, f.link, staff);
      if (f.denominator !== undefined) {
        expect(list.total, `${f.key} ← ${f.link.api}`).toBe(f.denominator);
        expect(list.numerator, `${f.key} ← ${f.link.api}`).toBe(f.numerator);
      } else {
        expect(list.total, `${f.key} ← ${f.link.api}`).toBe(f.value);
      }
    }
  });

  it('does the same for the report’s figures, the charts’ rows, the candidates and the company scorecards', async () => {
    const report = await reportOf(t, PERIOD, staff);
    for (const f of report.sections.flatMap((s) => s.figures)) {
      expect((await listBehind(t, f.link, staff)).total, `report ${f.key}`).toBe(f.denominator ?? f.value);
    }
    const d = await dashboardOf(t, PERIOD, staff);
    for (const row of d.activitiesByType) expect((await listBehind(t, row.link, staff)).total, `activities ${row.type}`).toBe(row.count);
    for (const row of d.articlesByCategory)
      expect((await listBehind(t, row.link, staff)).total, `articles ${row.category}`).toBe(row.count);
    expect(d.complaintsByCategory.map((r) => [r.category, r.received])).toEqual([
      ['repair', 2],
      ['property_service', 1],
      ['noise', 1],
    ]);
    for (const row of d.complaintsByCategory)
      expect((await listBehind(t, row.link, staff)).total, `complaints ${row.category}`).toBe(row.received);
    expect(d.candidates.correspondents.map((c) => [c.userId, c.published])).toEqual([
      [correspondentW1.id, 3],
      [expect.any(Number), 1],
    ]);
    for (const c of d.candidates.correspondents)
      expect((await listBehind(t, c.link, staff)).total, `correspondent ${c.name}`).toBe(c.published);
    const cards = new Map(d.companies.map((c) => [c.companyId, c]));
    expect(cards.get(companyA.id)).toMatchObject({ people: 2, complaints: { received: 3 } });
    expect(cards.get(companyB.id)).toMatchObject({ people: 1, complaints: { received: 1 } });
    for (const card of d.companies) {
      expect((await listBehind(t, card.participationLink, staff)).total, `${card.companyName} people`).toBe(card.people);
      expect((await listBehind(t, card.complaintsLink, staff)).total, `${card.companyName} complaints`).toBe(card.complaints.received);
    }
  });

  it('opens each list on a page of the app with the same filter the request carries', async () => {
    const d = await dashboardOf(t, PERIOD, staff);
    const routes = new Set(d.figures.map((f) => f.link.route));
    expect(routes).toEqual(new Set(['activityManage', 'deskRecords', 'newsDesk', 'complaintLedger', 'memberCommendations']));
    for (const f of d.figures) {
      const query = new URLSearchParams(f.link.api.split('?')[1] ?? '');
      expect(Object.fromEntries(query), f.key).toEqual(f.link.params);
    }
    expect(figure(d, 'online_trainings').link.params).toEqual({
      held: 'true',
      from: '2022-03-01',
      to: '2022-03-31',
      type: 'online_training',
    });
  });
});

describe('a period across two years', () => {
  it('counts and lists the commendations of both years', async () => {
    const d = await dashboardOf(t, 'period=custom&from=2021-12-01&to=2022-03-31', staff);
    const companies = figure(d, 'commended_companies');
    expect(companies.value).toBe(2);
    expect(companies.link.params).toEqual({ year: '2021', yearTo: '2022', kind: 'excellent_company' });
    expect((await listBehind(t, companies.link, staff)).total).toBe(2);
  });
});

describe('the desk’s own lists', () => {
  const records = async (query: string) => {
    const res = await t.call('GET', `/api/desk/records?${PERIOD}&${query}`, { token: staff });
    const body = await readJson(res);
    expect(res.status, JSON.stringify(body)).toBe(200);
    return deskRecordListSchema.parse(body);
  };

  it('names the rows: who checked in and where, which attempts passed, which visits were satisfied, why a complaint is overdue', async () => {
    const people = await records('kind=participants');
    expect(people.items.map((i) => i.detail)).toContain(`${companyA.name}；签到 2 场`);
    const exam = await records('kind=exam_sat');
    expect(exam.items.map((i) => i.counted)).toEqual([true, false, true]);
    const visits = await records('kind=follow_ups');
    expect(visits.items.map((i) => [i.detail, i.counted])).toEqual(
      [
        ['满意', true],
        ['不满意', false],
      ].map(([d, c]) => [`${d}；${companyA.name}`, c]),
    );
    const overdue = await records('kind=overdue_complaints');
    expect(overdue.items.map((i) => i.detail.split('；')[0])).toEqual(['受理超时', '目前已超时']);
    const own = await records(`kind=participants&companyId=${companyA.id}`);
    expect(own).toMatchObject({ total: 2, company: { id: companyA.id, name: companyA.name } });
  });

  it('pages with offset and limit, and says where the next page starts', async () => {
    const first = await records('kind=participants&limit=3');
    expect(first).toMatchObject({ total: 4, nextOffset: 3 });
    expect(first.items).toHaveLength(3);
    const rest = await records('kind=participants&limit=3&offset=3');
    expect(rest).toMatchObject({ total: 4, nextOffset: null });
    expect(new Set([...first.items, ...rest.items].map((i) => i.id)).size).toBe(4);
  });

  it('refuses a company filter on a list that is not of people, and an unknown company', async () => {
    expect((await t.call('GET', `/api/desk/records?${PERIOD}&kind=companies&companyId=${companyA.id}`, { token: staff })).status).toBe(422);
    expect((await t.call('GET', `/api/desk/records?${PERIOD}&kind=participants&companyId=999999`, { token: staff })).status).toBe(404);
  });
});
