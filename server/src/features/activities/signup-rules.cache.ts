import type { PrismaClient } from '@wuxie/prisma';
import type { SignupActivity } from './signup.service';

/** How long this process signs people up against an activity's rules without reading them again. */
export const SIGNUP_RULES_TTL_MS = 2_000;

interface Entry {
  activity: SignupActivity;
  expiresAt: number;
}

/**
 * The activities people are signing up for, as far as the sign-up *rules* need them (window,
 * audience, extra fields, status), kept for two seconds: in a rush of sign-ups the rules are read
 * once instead of once per person. Seats and status are decided again by the sign-up statement
 * itself, so a stale entry never confirms a seat that is not there or a cancelled activity.
 * Edits in this process forget the entry at once; another instance sees them within the TTL.
 */
export class SignupRulesCache {
  private readonly entries = new Map<number, Entry>();
  private readonly loading = new Map<number, Promise<SignupActivity>>();
  private generation = 0;

  constructor(
    private readonly ttlMs = SIGNUP_RULES_TTL_MS,
    private readonly maxEntries = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(activityId: number, load: () => Promise<SignupActivity>): Promise<SignupActivity> {
    const hit = this.entries.get(activityId);
    if (hit && hit.expiresAt > this.now()) return Promise.resolve(hit.activity);
    const inFlight = this.loading.get(activityId);
    if (inFlight) return inFlight;
    const started = this.generation;
    const pending = load()
      .then((activity) => {
        if (started === this.generation) {
          this.entries.delete(activityId);
          this.entries.set(activityId, { activity, expiresAt: this.now() + this.ttlMs });
          if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as number);
        }
        return activity;
      })
      .finally(() => this.loading.delete(activityId));
    this.loading.set(activityId, pending);
    return pending;
  }

  /** Forgets an activity (after staff changed it); loads in flight are not stored. */
  forget(activityId: number): void {
    this.generation += 1;
    this.entries.delete(activityId);
    this.loading.delete(activityId);
  }
}

const caches = new WeakMap<PrismaClient, SignupRulesCache>();

/** The sign-up rules cache of this database client (one per process, one per test app). */
export function signupRulesCacheFor(db: PrismaClient): SignupRulesCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new SignupRulesCache();
    caches.set(db, cache);
  }
  return cache;
}
