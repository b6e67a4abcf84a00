import { isValidCreditCode } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../generated/client';
import { closeTestDb, createTestDb, type TestDb } from '../testing';
import {
  chinaTime,
  createActivity,
  createArticle,
  createCommunity,
  createCompany,
  createComplaint,
  createRandom,
  createRegistration,
  createUpload,
  createUser,
  generateCreditCode,
  hashPassword,
  idNumber,
  personName,
  verifyPassword,
} from './index';

let t: TestDb;
let db: PrismaClient;
beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
});
afterAll(async () => {
  await closeTestDb(t);
});

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([personName(a), generateCreditCode(a), a.hex(16)]).toEqual([personName(b), generateCreditCode(b), b.hex(16)]);
  });

  it('keeps int() within its inclusive bounds', () => {
    const random = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('generated identifiers', () => {
  it('makes credit codes that pass the GB 32100 check, in the requested region', () => {
    const random = createRandom(1);
    for (let i = 0; i < 1000; i += 1) {
      const code = generateCreditCode(random, '340403');
      expect(isValidCreditCode(code), code).toBe(true);
      expect(code.slice(0, 8)).toBe('91340403');
    }
  });

  it('makes ID numbers whose check digit is right (GB 11643)', () => {
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const random = createRandom(3);
    for (let i = 0; i < 200; i += 1) {
      const id = idNumber(random);
      const sum = weights.reduce((acc, w, k) => acc + w * Number(id.charAt(k)), 0);
      expect(id.charAt(17)).toBe('10X98765432'.charAt(sum % 11));
    }
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('demo1234');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'demo1234')).toBe(true);
    expect(await verifyPassword(hash, 'demo12345')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'demo1234')).toBe(false);
  });
});

describe('factories', () => {
  it('creates a resident by default and a worker when given a company', async () => {
    const company = await createCompany(db);
    const resident = await createUser(db);
    const worker = await createUser(db, { companyId: company.id, username: 'w1', password: 'pw-123456' });
    expect(resident.roles).toEqual(['resident']);
    expect(resident.openid).toBeTruthy();
    expect(worker.roles).toEqual(['worker']);
    expect(await verifyPassword(worker.passwordHash ?? '', 'pw-123456')).toBe(true);
  });

  it('creates companies with distinct names and valid credit codes', async () => {
    const companies = await Promise.all([1, 2, 3].map(() => createCompany(db)));
    expect(new Set(companies.map((c) => c.name)).size).toBe(3);
    expect(companies.every((c) => isValidCreditCode(c.creditCode))).toBe(true);
  });

  it('creates a managing company for a community unless told it has none', async () => {
    const managed = await createCommunity(db);
    const unmanaged = await createCommunity(db, { companyId: null });
    expect(managed.companyId).not.toBeNull();
    expect(unmanaged.companyId).toBeNull();
  });

  it('creates published articles by default and drafts on request', async () => {
    const published = await createArticle(db);
    const draft = await createArticle(db, { status: 'draft', authorId: published.authorId });
    expect(published.publishedAt).not.toBeNull();
    expect(draft.status).toBe('draft');
    expect(draft.publishedAt).toBeNull();
  });

  it('creates an activity open for sign-up, and registrations that keep confirmedCount and the waitlist in order', async () => {
    const now = new Date();
    const activity = await createActivity(db, { capacity: 1 });
    expect(activity.startAt > now && activity.signupStartAt < now && activity.signupEndAt > now).toBe(true);
    const company = await createCompany(db);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createUser(db, { companyId: company.id })));
    if (!a || !b || !c) throw new Error('users missing');
    const seat = await createRegistration(db, { activityId: activity.id, userId: a.id });
    const first = await createRegistration(db, { activityId: activity.id, userId: b.id, status: 'waitlisted' });
    const second = await createRegistration(db, { activityId: activity.id, userId: c.id, status: 'waitlisted' });
    expect(seat.companyId).toBe(company.id);
    expect([first.waitlistSeq, second.waitlistSeq]).toEqual([1, 2]);
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).confirmedCount).toBe(1);
  });

  it('creates a complaint routed to the community’s company, numbered per day, with its submission on the timeline', async () => {
    const friday = chinaTime(2024, 6, 14, 16);
    const community = await createCommunity(db);
    const first = await createComplaint(db, { communityId: community.id, createdAt: friday, category: 'elevator' });
    const second = await createComplaint(db, { communityId: community.id, createdAt: friday });
    expect([first.number, second.number]).toEqual(['TS2024061400001', 'TS2024061400002']);
    expect(first.companyId).toBe(community.companyId);
    expect(first.acceptDueAt).toEqual(chinaTime(2024, 6, 17, 16)); // Monday: the weekend does not count
    const events = await db.complaintEvent.findMany({ where: { complaintId: first.id } });
    expect(events).toMatchObject([{ action: 'submit', toStatus: 'submitted', actorRole: 'resident', actorId: first.residentId }]);
  });

  it('creates upload records with unique keys', async () => {
    const [a, b] = await Promise.all([createUpload(db), createUpload(db)]);
    expect(a.key).not.toBe(b.key);
    expect(a.mime).toBe('image/jpeg');
  });
});
