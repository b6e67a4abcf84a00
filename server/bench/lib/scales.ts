/** How many rows of each kind the generator writes. */
export interface Scale {
  name: ScaleName;
  articles: number;
  activities: number;
  registrations: number;
  complaints: number;
  companies: number;
  communities: number;
  residents: number;
  workers: number;
}

export const SCALE_NAMES = ['full', 'small', 'k1'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/**
 * full: the sizes issue 8 names; small: a hundredth of them, for a quick run while developing;
 * k1: 1,000 rows per list, the lower point of the flatness comparison.
 */
export const SCALES: Record<ScaleName, Scale> = {
  full: {
    name: 'full',
    articles: 100_000,
    activities: 100_000,
    registrations: 500_000,
    complaints: 1_000_000,
    companies: 200,
    communities: 2_000,
    residents: 20_000,
    workers: 10_000,
  },
  small: {
    name: 'small',
    articles: 1_000,
    activities: 1_000,
    registrations: 5_000,
    complaints: 10_000,
    companies: 20,
    communities: 200,
    residents: 2_000,
    workers: 1_000,
  },
  k1: {
    name: 'k1',
    articles: 1_000,
    activities: 1_000,
    registrations: 5_000,
    complaints: 1_000,
    companies: 20,
    communities: 200,
    residents: 2_000,
    workers: 1_000,
  },
};

/** Users every scale gets, whatever its size: the load's callers. */
export const BENCH_USERS = {
  /** bench-resident-1 … : complaint submitters (spread so per-user daily limits are not the bottleneck). */
  residents: 2_000,
  /** bench-worker-1 … : sign-up callers. */
  workers: 2_000,
  staff: 5,
  correspondents: 20,
  password: 'bench-password-2024',
} as const;

/**
 * Activities made for the sign-up load: small, open, with a waitlist, so the seat check has work
 * to do. The first `spread` take sign-ups spread over all of them; the rest, one after another
 * (the hot row: everyone wants the same training).
 */
export const SIGNUP_ACTIVITIES = { count: 50, spread: 40, capacity: 50 } as const;

export function parseScale(value: string | undefined): Scale {
  const name = (value ?? 'small') as ScaleName;
  if (!SCALE_NAMES.includes(name)) throw new Error(`--scale must be one of ${SCALE_NAMES.join(', ')}, got ${value}`);
  return SCALES[name];
}

/** Bumped whenever the generator's output changes, so a stale generated database is rebuilt. */
export const GENERATOR_VERSION = 1;
export const MARKER_KEY = 'bench:generated';
