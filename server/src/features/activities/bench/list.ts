// Activity list latency with 100,000 activities on PostgreSQL.
//
//   npx tsx src/features/activities/bench/list.ts [--activities 100000] [--requests 200]
//
// Builds a fresh database on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres),
// spreads the activities over five years back and one ahead (past ones mostly finished, one in ten
// left published as staff forget to close them; some drafts and cancellations), then times the
// list through the real app (in process, no network) for each filter and prints the medians.
import { parseArgs } from 'node:util';
import { activityListSchema } from '@wuxie/shared';
import { createTestApp, readJson } from '../../../../test/test-app';
import { percentile } from './processes';

const { values } = parseArgs({
  options: { activities: { type: 'string', default: '100000' }, requests: { type: 'string', default: '200' } },
});
const count = Number(values.activities);
const requests = Number(values.requests);
process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const t = await createTestApp();
try {
  const staff = await t.db.user.create({ data: { name: '压测工作人员', roles: ['staff'] } });
  const hoursEach = (6 * 365 * 24) / count;
  const started = performance.now();
  await t.db.$executeRaw`
    INSERT INTO "Activity" ("type", "title", "place", "startAt", "endAt", "signupStartAt", "signupEndAt", "capacity", "confirmedCount",
      "waitlistEnabled", "audience", "status", "createdById", "createdAt", "updatedAt")
    SELECT (ARRAY['training','online_training','exam','party_day','meeting','public_welfare'])[1 + g % 6]::"ActivityType",
      '第 ' || g || ' 期物业服务培训', '协会会议室', s, s + interval '3 hours', s - interval '14 days', s - interval '1 day',
      50, (g * 7) % 51, g % 3 <> 0, 'everyone'::"Audience",
      (CASE WHEN g % 20 = 0 THEN 'draft' WHEN g % 25 = 0 THEN 'cancelled' WHEN s < now() AND g % 10 <> 1 THEN 'finished' ELSE 'published' END)::"ActivityStatus",
      ${staff.id}::int, now(), now()
    FROM (SELECT g, now() - interval '5 years' + g * (${hoursEach}::float8 * interval '1 hour') AS s FROM generate_series(1, ${count}::int) g) x`;
  await t.db.$executeRawUnsafe('ANALYZE "Activity"');
  console.log(`inserted ${count} activities in ${Math.round(performance.now() - started)} ms`);

  const paths: Record<string, string> = {
    'upcoming (the tab)': '/api/activities',
    'open for sign-up': '/api/activities?state=open',
    'full, waitlist open': '/api/activities?state=waitlist',
    ended: '/api/activities?state=ended',
    'type=exam, upcoming': '/api/activities?type=exam',
    'type=meeting, ended': '/api/activities?type=meeting&state=ended',
  };
  const first = activityListSchema.parse(await readJson(await t.call('GET', '/api/activities?state=ended')));
  if (first.nextCursor) paths['ended, page 2 (cursor)'] = `/api/activities?state=ended&cursor=${first.nextCursor}`;
  const results: Record<string, { items: number; p50ms: number; p95ms: number }> = {};
  for (const [name, path] of Object.entries(paths)) {
    for (let i = 0; i < 10; i += 1) await t.call('GET', path);
    const times: number[] = [];
    let items = 0;
    for (let i = 0; i < requests; i += 1) {
      const t0 = performance.now();
      const res = await t.call('GET', path);
      items = activityListSchema.parse(await readJson(res)).items.length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results[name] = { items, p50ms: Number(percentile(times, 50).toFixed(2)), p95ms: Number(percentile(times, 95).toFixed(2)) };
  }
  console.table(results);
} finally {
  await t.close();
}
