import { describe, expect, it } from 'vitest';
import { signupRush } from './bench/signup-rush';

const serverUrl = process.env.TEST_DATABASE_URL;

// Real server processes need a real PostgreSQL server to share; PGlite lives inside one process.
describe.skipIf(serverUrl === undefined || serverUrl === '')('two server processes sharing one PostgreSQL', () => {
  it(
    '1,000 sign-ups at once for 50 seats: 50 confirmed, 950 waitlisted in one order, each told their exact place; double taps leave one row',
    { timeout: 300_000 },
    async () => {
      const { checks } = await signupRush({ serverUrl: serverUrl ?? '', processes: 2, people: 1000, seats: 50, concurrency: 100 });
      expect(checks).toHaveLength(7);
      expect(checks.filter((c) => !c.ok)).toEqual([]);
    },
  );
});
