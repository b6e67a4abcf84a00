import { DEMO_PASSWORD } from '@wuxie/shared';
import { chinaTime, createRandom, hashPassword } from '../factories';
import { seedActivities } from './activities';
import { seedAdvisory, seedCommendations } from './advisory';
import { seedArticles } from './articles';
import type { SeedClient } from './batch';
import { seedComplaints } from './complaints';
import { seedInvitation } from './demo-accounts';
import { seedPeople } from './people';

export interface SeedOptions {
  /** The moment "upcoming" and "recent" data is placed around; clamped to 2024-08-01 or later so it never mixes into 2024 H1. */
  now?: Date;
  /** PRNG seed; the same seed gives the same names, codes and rosters. */
  seed?: number;
}

export interface SeedSummary {
  /** False when the database already had users and nothing was written. */
  seeded: boolean;
  elapsedMs: number;
  counts: {
    companies: number;
    communities: number;
    users: number;
    activities: number;
    registrations: number;
    articles: number;
    complaints: number;
    complaintEvents: number;
    followUps: number;
    commendations: number;
    surveys: number;
    suggestions: number;
  };
}

// Arbitrary key for pg_advisory_xact_lock: two processes seeding at once take turns, and the
// second one then sees users and skips.
const SEED_LOCK_KEY = 0x5eed2024;
const EARLIEST_NOW = chinaTime(2024, 8, 1);

/**
 * Fill an empty database with the Huainan association's first half of 2024 (the reference report's
 * figures are what COUNT queries over these rows give) plus upcoming activities, recent complaints
 * and the demo accounts. Does nothing when the database already has users. One transaction: a
 * failed run leaves nothing behind.
 */
export async function seedDemo(db: SeedClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const requested = options.now ?? new Date();
  const now = requested < EARLIEST_NOW ? EARLIEST_NOW : requested;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const seeded = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      if ((await tx.user.count()) > 0) return false;
      const random = createRandom(options.seed ?? 20240630);
      const people = await seedPeople(tx, random, passwordHash);
      await seedInvitation(tx, random, people.demoCompany.id, people.demo.companyAdminId, now);
      const activities = await seedActivities(tx, random, people, now);
      await seedArticles(tx, random, people, activities, now);
      await seedComplaints(tx, random, people, now);
      await seedAdvisory(tx, random);
      await seedCommendations(tx, people);
      return true;
    },
    { maxWait: 60_000, timeout: 10 * 60_000 },
  );

  const [
    companies,
    communities,
    users,
    activities,
    registrations,
    articles,
    complaints,
    complaintEvents,
    followUps,
    commendations,
    surveys,
    suggestions,
  ] = await Promise.all([
    db.company.count(),
    db.community.count(),
    db.user.count(),
    db.activity.count(),
    db.registration.count(),
    db.article.count(),
    db.complaint.count(),
    db.complaintEvent.count(),
    db.complaintFollowUp.count(),
    db.commendation.count(),
    db.survey.count(),
    db.suggestion.count(),
  ]);
  return {
    seeded,
    elapsedMs: Math.round(performance.now() - started),
    counts: {
      companies,
      communities,
      users,
      activities,
      registrations,
      articles,
      complaints,
      complaintEvents,
      followUps,
      commendations,
      surveys,
      suggestions,
    },
  };
}
