// Sign-ups against real server processes sharing one PostgreSQL database.
//
//   npx tsx src/features/activities/bench/signups.ts [--processes 2] [--people 1000] [--seats 50] [--concurrency 100]
//
// Starts N server processes (`src/index.ts`, each applying migrations at start) on a fresh
// database of BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), signs
// `people` workers up for one activity with `concurrency` requests in flight spread over the
// processes, then checks: exactly `seats` confirmed, the rest waitlisted, the seat count equal to
// the confirmed rows, distinct waitlist places, and every person told the place the database
// holds, exactly. Prints throughput and latency; exits 1 if any check fails.
import { parseArgs } from 'node:util';
import { createDb } from '@wuxie/prisma';
import { signupResultSchema } from '@wuxie/shared';
import { signAccessToken } from '../../auth/tokens';
import { freshDatabase, percentile, startServerProcess, withConcurrency } from './processes';

const { values } = parseArgs({
  options: {
    processes: { type: 'string', default: '2' },
    people: { type: 'string', default: '1000' },
    seats: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '100' },
  },
});
const processes = Number(values.processes);
const people = Number(values.people);
const seats = Number(values.seats);
const concurrency = Number(values.concurrency);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const secret = 'bench-secret-bench-secret-bench-secret-0123';

const database = await freshDatabase(serverUrl);
const servers: { base: string; stop(): Promise<void> }[] = [];
let failed = false;
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed = true;
};
try {
  // Started together: both race to migrate the empty database (the advisory lock serializes them).
  servers.push(...(await Promise.all(Array.from({ length: processes }, () => startServerProcess({ DATABASE_URL: database.url, JWT_SECRET: secret })))));
  const { db, close } = await createDb({ databaseUrl: database.url });
  try {
    const staff = await db.user.create({ data: { name: '压测工作人员', roles: ['staff'] } });
    const company = await db.company.create({ data: { name: '压测物业公司', creditCode: '91340400MA2TEST001', type: 'private' } });
    await db.user.createMany({ data: Array.from({ length: people }, (_, i) => ({ name: `员工${i}`, roles: ['worker' as const], companyId: company.id, username: `bench-${i}` })) });
    const users = await db.user.findMany({ where: { companyId: company.id }, select: { id: true }, orderBy: { id: 'asc' } });
    const now = Date.now();
    const activity = await db.activity.create({
      data: {
        type: 'training', title: '压测培训', place: '协会会议室', capacity: seats, status: 'published', audience: 'member_workers', createdById: staff.id,
        startAt: new Date(now + 7 * 86400_000), endAt: new Date(now + 7 * 86400_000 + 3 * 3600_000),
        signupStartAt: new Date(now - 86400_000), signupEndAt: new Date(now + 6 * 86400_000),
      },
    });
    const tokens = await Promise.all(users.map((u) => signAccessToken({ userId: u.id, roles: ['worker'], companyId: company.id }, secret, 3600)));
    const latencies: number[] = [];
    const started = performance.now();
    const answers = await withConcurrency(
      tokens.map((token, i) => async () => {
        const t0 = performance.now();
        const res = await fetch(`${servers[i % servers.length]?.base}/api/activities/${activity.id}/registrations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{"extra":{}}',
        });
        latencies.push(performance.now() - t0);
        if (res.status !== 201) throw new Error(`sign-up answered ${res.status}: ${await res.text()}`);
        return signupResultSchema.parse(await res.json());
      }),
      concurrency,
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);

    const confirmed = answers.filter((a) => a.status === 'confirmed').length;
    const row = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    const waitlist = await db.registration.findMany({ where: { activityId: activity.id, status: 'waitlisted' }, orderBy: { waitlistSeq: 'asc' }, select: { id: true, waitlistSeq: true } });
    const told = new Map(answers.map((a) => [a.id, a.waitlistPosition]));
    check(confirmed === seats, `${confirmed} confirmed for ${seats} seats`);
    check(row.confirmedCount === seats, `Activity.confirmedCount = ${row.confirmedCount}`);
    check((await db.registration.count({ where: { activityId: activity.id, status: 'confirmed' } })) === seats, 'confirmed rows = seats');
    check(waitlist.length === people - seats, `${waitlist.length} waitlisted`);
    check(new Set(waitlist.map((w) => w.waitlistSeq)).size === waitlist.length, 'waitlist places are distinct');
    check(waitlist.every((w, i) => told.get(w.id) === i + 1), `every waitlisted person was told exactly their place (${waitlist.filter((w, i) => told.get(w.id) === i + 1).length} of ${waitlist.length})`);
    console.log(
      JSON.stringify({ processes, people, seats, concurrency, seconds: Number(seconds.toFixed(2)), signupsPerSecond: Math.round(people / seconds), p50ms: Math.round(percentile(latencies, 50)), p95ms: Math.round(percentile(latencies, 95)), p99ms: Math.round(percentile(latencies, 99)) }),
    );
  } finally {
    await close();
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await database.drop();
}
process.exit(failed ? 1 : 0);
