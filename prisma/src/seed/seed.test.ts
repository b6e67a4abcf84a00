import { isValidCreditCode } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../generated/client';
import { chinaTime, nextComplaintNumber, verifyPassword } from '../factories';
import { closeTestDb, createTestDb, type TestDb } from '../testing';
import { seedDemo, type SeedSummary } from './index';

// Every figure of the 2024 half-year report is counted here from the rows, the way the dashboard
// will; nothing is read from the seed's summary.
const H1 = { gte: chinaTime(2024, 1, 1), lt: chinaTime(2024, 7, 1) };
const NOW = new Date('2026-03-18T02:00:00Z');

let t: TestDb;
let db: PrismaClient;
let first: SeedSummary;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  first = await seedDemo(db, { now: NOW });
}, 180_000);
afterAll(async () => {
  await closeTestDb(t);
});

async function one<T>(query: Promise<T[]>): Promise<T> {
  const [row] = await query;
  if (row === undefined) throw new Error('no row');
  return row;
}

describe('seedDemo reproduces the 2024 half-year report from records', () => {
  it('held 22 activities in 2024 H1, 6 of them online trainings', async () => {
    const held = await db.activity.groupBy({ by: ['type'], where: { status: 'finished', startAt: H1 }, _count: { _all: true } });
    const total = held.reduce((sum, row) => sum + row._count._all, 0);
    expect(total).toBe(22);
    expect(held.find((row) => row.type === 'online_training')?._count._all).toBe(6);
    const topics = await db.activity.findMany({
      where: { type: 'online_training', status: 'finished', startAt: H1 },
      select: { title: true },
    });
    for (const topic of ['爱国卫生', '应急能力', '白蚁防治', '垃圾分类', '住宅小区消防安全']) {
      expect(topics.some((a) => a.title.includes(topic))).toBe(true);
    }
  });

  it('had people of all 186 member companies and more than 3,000 distinct people check in', async () => {
    const row = await one(db.$queryRaw<{ companies: number; people: number }[]>`
      SELECT COUNT(DISTINCT r."companyId")::int AS companies, COUNT(DISTINCT r."userId")::int AS people
      FROM "Registration" r JOIN "Activity" a ON a.id = r."activityId"
      WHERE a.status = 'finished' AND a."startAt" >= ${H1.gte} AND a."startAt" < ${H1.lt} AND r."checkedInAt" IS NOT NULL`);
    expect(row.companies).toBe(186);
    expect(await db.company.count()).toBe(186);
    expect(row.people).toBeGreaterThanOrEqual(3000);
  });

  it('passed 43 of the 51 who sat the property-manager (level 3) exam for the first time: 84 %', async () => {
    const row = await one(db.$queryRaw<{ passed: number; sat: number }[]>`
      WITH attempts AS (
        SELECT r."userId", r.result, a."startAt",
               ROW_NUMBER() OVER (PARTITION BY r."userId" ORDER BY a."startAt") AS attempt
        FROM "Registration" r JOIN "Activity" a ON a.id = r."activityId"
        WHERE a.type = 'exam' AND a.title LIKE '物业管理师（三级）%' AND r.result IS NOT NULL)
      SELECT COUNT(*) FILTER (WHERE result = 'passed')::int AS passed, COUNT(*)::int AS sat
      FROM attempts WHERE attempt = 1 AND "startAt" >= ${H1.gte} AND "startAt" < ${H1.lt}`);
    expect(row).toEqual({ passed: 43, sat: 51 });
    expect(Math.round((row.passed / row.sat) * 100)).toBe(84);
    const certificates = await db.registration.count({ where: { result: 'passed', certificateNo: { not: null } } });
    expect(certificates).toBe(43);
  });

  it('published 187 articles in 2024 H1 across all six categories, by ten correspondents and the staff', async () => {
    const published = await db.article.groupBy({
      by: ['category'],
      where: { status: 'published', publishedAt: H1 },
      _count: { _all: true },
    });
    expect(published.reduce((sum, row) => sum + row._count._all, 0)).toBe(187);
    expect(published).toHaveLength(6);
    const authors = await db.article.groupBy({
      by: ['authorId'],
      where: { status: 'published', publishedAt: H1, author: { roles: { has: 'correspondent' } } },
    });
    expect(authors).toHaveLength(10);
  });

  it('commended 10 excellent companies and 10 excellent correspondents for 2024', async () => {
    expect(await db.commendation.count({ where: { year: 2024, kind: 'excellent_company' } })).toBe(10);
    expect(await db.commendation.count({ where: { year: 2024, kind: 'excellent_correspondent' } })).toBe(10);
  });

  it('rated 49 of 50 follow-up visits satisfied or basically satisfied in 2024 H1 (98 %)', async () => {
    const ratings = await db.complaintFollowUp.groupBy({ by: ['satisfaction'], where: { createdAt: H1 }, _count: { _all: true } });
    const count = (s: string): number => ratings.find((r) => r.satisfaction === s)?._count._all ?? 0;
    const rated = count('satisfied') + count('basically_satisfied') + count('unsatisfied');
    expect([count('satisfied') + count('basically_satisfied'), rated]).toEqual([49, 50]);
    expect(Math.round(((count('satisfied') + count('basically_satisfied')) / rated) * 100)).toBe(98);
  });

  it('recorded 13 commissioned surveys and 85 suggestions to the housing bureau in 2024 H1', async () => {
    expect(await db.survey.count({ where: { commissionedAt: H1 } })).toBe(13);
    expect(await db.suggestion.count({ where: { sentAt: H1 } })).toBe(85);
  });
});

describe('seedDemo data is coherent', () => {
  it('gives every member company a valid credit code and at least one managed community', async () => {
    const companies = await db.company.findMany({ select: { creditCode: true, _count: { select: { communities: true } } } });
    expect(companies.every((c) => isValidCreditCode(c.creditCode) && c.creditCode.startsWith('913404'))).toBe(true);
    expect(companies.every((c) => c._count.communities > 0)).toBe(true);
    expect(await db.community.count()).toBeGreaterThanOrEqual(290);
  });

  it('keeps each activity within capacity and its confirmedCount equal to its confirmed registrations', async () => {
    const activities = await db.activity.findMany({
      select: { capacity: true, confirmedCount: true, _count: { select: { registrations: { where: { status: 'confirmed' } } } } },
    });
    for (const a of activities) {
      expect(a.confirmedCount).toBe(a._count.registrations);
      expect(a.confirmedCount).toBeLessThanOrEqual(a.capacity);
    }
  });

  it('offers upcoming activities after now: one with a single seat left, one full with a waitlist', async () => {
    const upcoming = await db.activity.findMany({
      where: { status: 'published', startAt: { gt: NOW }, signupStartAt: { lte: NOW }, signupEndAt: { gt: NOW } },
      select: {
        capacity: true,
        confirmedCount: true,
        waitlistEnabled: true,
        _count: { select: { registrations: { where: { status: 'waitlisted' } } } },
      },
    });
    expect(upcoming.length).toBeGreaterThanOrEqual(4);
    expect(upcoming.some((a) => a.waitlistEnabled && a.capacity - a.confirmedCount === 1)).toBe(true);
    expect(upcoming.some((a) => a.capacity === a.confirmedCount && a._count.registrations > 0)).toBe(true);
  });

  it('has complaints in every status, each timeline starting with the submission and ending in the current status', async () => {
    const complaints = await db.complaint.findMany({
      select: { status: true, events: { select: { action: true, toStatus: true }, orderBy: { id: 'asc' } } },
    });
    expect(new Set(complaints.map((c) => c.status))).toEqual(
      new Set(['submitted', 'accepted', 'rejected', 'assigned', 'replied', 'resolved', 'reopened', 'mediating', 'closed']),
    );
    for (const c of complaints) {
      expect(c.events[0]?.action).toBe('submit');
      expect(c.events.filter((e) => e.toStatus !== null).at(-1)?.toStatus).toBe(c.status);
    }
  });

  it('flags overdue complaints and numbers them TS + date + 5 digits', async () => {
    const overdueAccept = await db.complaint.count({ where: { status: 'submitted', acceptDueAt: { lt: NOW } } });
    const overdueReply = await db.complaint.count({ where: { status: { in: ['assigned', 'reopened'] }, replyDueAt: { lt: NOW } } });
    expect(overdueAccept + overdueReply).toBeGreaterThan(0);
    const numbers = await db.complaint.findMany({ select: { number: true } });
    expect(numbers.every((c) => /^TS\d{8}\d{5}$/.test(c.number))).toBe(true);
  });

  it('leaves the daily number counters where the next complaint gets a fresh number', async () => {
    const sameDayAsNewest = await db.complaint.findFirstOrThrow({ orderBy: { createdAt: 'desc' }, select: { createdAt: true } });
    const next = await nextComplaintNumber(db, sameDayAsNewest.createdAt);
    expect(await db.complaint.count({ where: { number: next } })).toBe(0);
  });

  it('routes the demo resident’s complaints to the demo company', async () => {
    const resident = await db.user.findUniqueOrThrow({ where: { username: 'resident' }, select: { id: true } });
    const company = await db.user.findUniqueOrThrow({ where: { username: 'company' }, select: { companyId: true } });
    const mine = await db.complaint.findMany({ where: { residentId: resident.id }, select: { companyId: true } });
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(mine.every((c) => c.companyId === company.companyId)).toBe(true);
  });

  it('lets every demo account log in with the demo password', async () => {
    for (const username of ['admin', 'staff', 'company', 'worker', 'writer', 'resident']) {
      const user = await db.user.findUniqueOrThrow({ where: { username }, select: { passwordHash: true } });
      expect(await verifyPassword(user.passwordHash ?? '', 'demo1234')).toBe(true);
    }
  });
});

describe('seedDemo is idempotent', () => {
  it('writes nothing when the database already has users', async () => {
    const again = await seedDemo(db, { now: NOW });
    expect(again.seeded).toBe(false);
    expect(again.counts).toEqual(first.counts);
  });
});
