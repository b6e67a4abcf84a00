// A sign-up rush against real server processes sharing one PostgreSQL database: the library behind
// the `signups.ts` benchmark and the two-process test (two-processes.test.ts).
//
// Starts N server processes (`src/index.ts`, each applying migrations at start) on a fresh
// database of `serverUrl`, signs `people` workers up for one activity with `concurrency` requests
// in flight spread over the processes, then checks: exactly `seats` confirmed, the rest
// waitlisted, the seat count equal to the confirmed rows, distinct waitlist places, and every
// person told the place the database holds, exactly; then double taps sent to two processes at
// once leave one registration each.
import { createDb } from '@wuxie/prisma';
import { signupResultSchema } from '@wuxie/shared';
import { signAccessToken } from '../../auth/tokens.service';
import { freshDatabase, percentile, startServerProcess, withConcurrency } from './processes';

export interface RushOptions {
  serverUrl: string;
  processes: number;
  people: number;
  seats: number;
  concurrency: number;
}

export interface RushResult {
  checks: { ok: boolean; what: string }[];
  figures: {
    processes: number;
    people: number;
    seats: number;
    concurrency: number;
    seconds: number;
    signupsPerSecond: number;
    p50ms: number;
    p95ms: number;
    p99ms: number;
  };
}

const secret = 'bench-secret-bench-secret-bench-secret-0123';

export async function signupRush({ serverUrl, processes, people, seats, concurrency }: RushOptions): Promise<RushResult> {
  const database = await freshDatabase(serverUrl);
  const servers: { base: string; stop(): Promise<void> }[] = [];
  const checks: RushResult['checks'] = [];
  const check = (ok: boolean, what: string) => checks.push({ ok, what });
  try {
    // Started together: both race to migrate the empty database (the advisory lock serializes them).
    servers.push(
      ...(await Promise.all(
        Array.from({ length: processes }, () => startServerProcess({ DATABASE_URL: database.url, JWT_SECRET: secret })),
      )),
    );
    const { db, close } = await createDb({ databaseUrl: database.url });
    try {
      const staff = await db.user.create({ data: { name: '压测工作人员', roles: ['staff'] } });
      const company = await db.company.create({ data: { name: '压测物业公司', creditCode: '91340400MA2TEST001', type: 'private' } });
      await db.user.createMany({
        data: Array.from({ length: people }, (_, i) => ({
          name: `员工${i}`,
          roles: ['worker' as const],
          companyId: company.id,
          username: `bench-${i}`,
        })),
      });
      const users = await db.user.findMany({ where: { companyId: company.id }, select: { id: true }, orderBy: { id: 'asc' } });
      const now = Date.now();
      const activity = await db.activity.create({
        data: {
          type: 'training',
          title: '压测培训',
          place: '协会会议室',
          capacity: seats,
          status: 'published',
          audience: 'member_workers',
          createdById: staff.id,
          startAt: new Date(now + 7 * 86400_000),
          endAt: new Date(now + 7 * 86400_000 + 3 * 3600_000),
          signupStartAt: new Date(now - 86400_000),
          signupEndAt: new Date(now + 6 * 86400_000),
        },
      });
      const tokens = await Promise.all(
        users.map((u) => signAccessToken({ userId: u.id, roles: ['worker'], companyId: company.id }, secret, 3600)),
      );
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
      const waitlist = await db.registration.findMany({
        where: { activityId: activity.id, status: 'waitlisted' },
        orderBy: { waitlistSeq: 'asc' },
        select: { id: true, waitlistSeq: true },
      });
      const told = new Map(answers.map((a) => [a.id, a.waitlistPosition]));
      check(confirmed === seats, `${confirmed} confirmed for ${seats} seats`);
      check(row.confirmedCount === seats, `Activity.confirmedCount = ${row.confirmedCount}`);
      check((await db.registration.count({ where: { activityId: activity.id, status: 'confirmed' } })) === seats, 'confirmed rows = seats');
      check(waitlist.length === people - seats, `${waitlist.length} waitlisted`);
      check(new Set(waitlist.map((w) => w.waitlistSeq)).size === waitlist.length, 'waitlist places are distinct');
      check(
        waitlist.every((w, i) => told.get(w.id) === i + 1),
        `every waitlisted person was told exactly their place (${waitlist.filter((w, i) => told.get(w.id) === i + 1).length} of ${waitlist.length})`,
      );

      // Double taps: each of `taps` more people presses twice at once, once on each of two processes.
      const taps = Math.min(100, people);
      await db.user.createMany({
        data: Array.from({ length: taps }, (_, i) => ({
          name: `双击${i}`,
          roles: ['worker' as const],
          companyId: company.id,
          username: `bench-tap-${i}`,
        })),
      });
      const tappers = await db.user.findMany({ where: { username: { startsWith: 'bench-tap-' } }, select: { id: true } });
      const pairs = await Promise.all(
        tappers.map(async (u, i) => {
          const token = await signAccessToken({ userId: u.id, roles: ['worker'], companyId: company.id }, secret, 3600);
          const press = (server: number) =>
            fetch(`${servers[server % servers.length]?.base}/api/activities/${activity.id}/registrations`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: '{"extra":{}}',
            }).then(async (res) => ({ status: res.status, id: signupResultSchema.parse(await res.json()).id }));
          return Promise.all([press(i), press(i + 1)]);
        }),
      );
      const tapRows = await db.registration.count({ where: { activityId: activity.id, userId: { in: tappers.map((u) => u.id) } } });
      check(
        tapRows === taps && pairs.every(([a, b]) => a.id === b.id && [a.status, b.status].sort().join() === '200,201'),
        `${taps} double taps across processes: ${tapRows} registrations, each pair answered 201 + 200 with the same registration`,
      );
      return {
        checks,
        figures: {
          processes,
          people,
          seats,
          concurrency,
          seconds: Number(seconds.toFixed(2)),
          signupsPerSecond: Math.round(people / seconds),
          p50ms: Math.round(percentile(latencies, 50)),
          p95ms: Math.round(percentile(latencies, 95)),
          p99ms: Math.round(percentile(latencies, 99)),
        },
      };
    } finally {
      await close();
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
}
