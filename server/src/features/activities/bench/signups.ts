// Sign-ups against real server processes sharing one PostgreSQL database (signup-rush.ts).
//
//   npx tsx src/features/activities/bench/signups.ts [--processes 2] [--people 1000] [--seats 50] [--concurrency 100]
//
// Uses a fresh database on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres).
// Prints each check, then throughput and latency; exits 1 if any check fails.
import { parseArgs } from 'node:util';
import { signupRush } from './signup-rush';

const { values } = parseArgs({
  options: {
    processes: { type: 'string', default: '2' },
    people: { type: 'string', default: '1000' },
    seats: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '100' },
  },
});
const { checks, figures } = await signupRush({
  serverUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  processes: Number(values.processes),
  people: Number(values.people),
  seats: Number(values.seats),
  concurrency: Number(values.concurrency),
});
for (const { ok, what } of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
console.log(JSON.stringify(figures));
process.exit(checks.every((c) => c.ok) ? 0 : 1);
