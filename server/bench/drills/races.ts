/**
 * The races of issues 4 and 5, across server processes sharing one PostgreSQL (or one process on
 * PGlite): 1,000 simultaneous sign-ups for 50 seats; double taps on sign-up; ten retries of one
 * complaint at once; two staff accepting the same complaint at once.
 *
 *   tsx bench/drills/races.ts [--db postgres|pglite] [--processes 2] [--people 1000]
 */
import { openBenchDb } from '../lib/database';
import type { Answer } from '../lib/load';
import type { Running } from '../lib/processes';
import { SIGNUP_ACTIVITIES } from '../lib/scales';
import { complaintBody, drillArgs, json, log, runDrill, setUpDrill, trySend } from './common';

const args = drillArgs({ processes: { type: 'string', default: '2' }, people: { type: 'string', default: '1000' } });
const processes = args.db === 'pglite' ? 1 : Number(args.values.processes);
const people = Number(args.values.people);
/** A thousand requests at once queue behind the client's socket pool; give the last of them time. */
const LONG = 180_000;

const parse = (a: Answer): Record<string, unknown> => {
  try {
    return JSON.parse(a.body) as Record<string, unknown>;
  } catch {
    return {};
  }
};
const tally = (answers: Answer[]) => answers.reduce<Record<number, number>>((t, a) => ({ ...t, [a.status]: (t[a.status] ?? 0) + 1 }), {});

runDrill(async () => {
  const drill = await setUpDrill(args, 'races');
  const env = { COMPLAINT_DAILY_LIMIT: '1000000' };
  const servers: Running[] = [];
  for (let i = 0; i < processes; i += 1) servers.push(await drill.start(env));
  const baseFor = (i: number) => servers[i % servers.length]?.base ?? '';
  log(`${servers.length} server process(es) on ${drill.target.label}`);
  const checks: [string, boolean][] = [];
  const workers = drill.tokens.workers.slice(0, people);
  const [seatsTarget, doubleTarget] = drill.facts.signupActivityIds;
  if (seatsTarget === undefined || doubleTarget === undefined || workers.length < people)
    throw new Error('generated data is missing sign-up targets or workers');

  // 1. Everyone at once for 50 seats.
  const started = performance.now();
  const signups = await Promise.all(
    workers.map((token, i) => trySend(baseFor(i), json(token, { extra: {} }, `/api/activities/${seatsTarget}/registrations`), LONG)),
  );
  const ms = Math.round(performance.now() - started);
  // 2. Double taps: each of 100 workers signs up twice at once, one tap per process.
  const tappers = workers.slice(0, 100);
  const taps = await Promise.all(
    tappers.flatMap((token) =>
      [0, 1].map((i) => trySend(baseFor(i), json(token, { extra: {} }, `/api/activities/${doubleTarget}/registrations`), LONG)),
    ),
  );

  // 3. Ten retries of one complaint at once (same key), spread over the processes, for 20 residents.
  const residents = drill.tokens.residents.slice(0, 20);
  const communityId = drill.facts.communityIds[0] ?? 0;
  const retries = await Promise.all(
    residents.map(async (token, r) => {
      const key = `race-${r}-${Date.now()}`;
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          trySend(baseFor(i), json(token, complaintBody(communityId, key), '/api/complaints', { 'idempotency-key': key }), LONG),
        ),
      );
      return { key, answers, ids: new Set(answers.map((a) => parse(a).id)) };
    }),
  );

  // 4. Two staff (ten clicks) accept the same new complaint at once: exactly one may succeed.
  const first = retries[0];
  const complaintId = first ? Number(parse(first.answers[0] ?? { status: 0, body: '{}', ms: 0 }).id) : 0;
  const accepts = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      trySend(
        baseFor(i),
        json(drill.tokens.staff, { action: 'accept', note: `第 ${i} 位` }, `/api/complaints/${complaintId}/actions`),
        LONG,
      ),
    ),
  );

  // The rows are read once every server has stopped (PGlite's folder belongs to one process at a time).
  for (const server of servers) await server.stop();
  const handle = await openBenchDb(drill.target, false);
  const regs = await handle.db.registration.findMany({ where: { activityId: seatsTarget }, select: { status: true, waitlistSeq: true } });
  const activity = await handle.db.activity.findUniqueOrThrow({
    where: { id: seatsTarget },
    select: { capacity: true, confirmedCount: true },
  });
  const confirmed = regs.filter((r) => r.status === 'confirmed').length;
  const seqs = regs
    .filter((r) => r.status === 'waitlisted')
    .map((r) => r.waitlistSeq ?? -1)
    .sort((a, b) => a - b);
  const contiguous = seqs.every((s, i) => i === 0 || s === (seqs[i - 1] ?? 0) + 1) && new Set(seqs).size === seqs.length;
  const answeredConfirmed = signups.filter((a) => parse(a).status === 'confirmed').length;
  log(
    `sign-up race: ${people} at once for ${activity.capacity} seats in ${ms} ms → answers ${JSON.stringify(tally(signups))}; rows: ${confirmed} confirmed, ${seqs.length} waitlisted (positions ${seqs[0]}…${seqs.at(-1)}, ${contiguous ? 'contiguous' : 'NOT contiguous'}); seat counter ${activity.confirmedCount}; answers saying confirmed: ${answeredConfirmed}`,
  );
  checks.push(['exactly capacity confirmed', confirmed === Math.min(people, SIGNUP_ACTIVITIES.capacity)]);
  checks.push(['everyone else waitlisted, one position each, no gaps', seqs.length === people - confirmed && contiguous]);
  checks.push(['seat counter matches the rows', activity.confirmedCount === confirmed]);
  checks.push(['the answers agree with the rows', answeredConfirmed === confirmed && signups.every((a) => a.status === 201)]);

  const tapRows = await handle.db.registration.count({ where: { activityId: doubleTarget } });
  log(`double taps: ${tappers.length} people × 2 taps → answers ${JSON.stringify(tally(taps))}; registrations: ${tapRows}`);
  checks.push([
    'one registration per person under double taps',
    tapRows === tappers.length && taps.every((a) => a.status === 200 || a.status === 201),
  ]);
  const rows = await handle.db.complaint.count({ where: { idempotencyKey: { in: retries.map((r) => r.key) } } });
  const allAnswers = retries.flatMap((r) => r.answers);
  log(
    `complaint retries: ${residents.length} residents × 10 at once → answers ${JSON.stringify(tally(allAnswers))}; complaints: ${rows}; every retry got the same id: ${retries.every((r) => r.ids.size === 1)}`,
  );
  checks.push(['one complaint per idempotency key', rows === residents.length]);
  checks.push([
    'every retry answered with the first complaint',
    retries.every((r) => r.ids.size === 1 && r.answers.every((a) => a.status === 200 || a.status === 201)),
  ]);
  const events = await handle.db.complaintEvent.count({ where: { complaintId, action: 'accept' } });
  await handle.close();
  log(`concurrent accept: 10 at once → answers ${JSON.stringify(tally(accepts))}; accept events on the timeline: ${events}`);
  checks.push([
    'one accept succeeds, the rest are refused with 409',
    accepts.filter((a) => a.status < 300).length === 1 && accepts.filter((a) => a.status === 409).length === 9 && events === 1,
  ]);

  log('');
  for (const [what, ok] of checks) log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  await drill.finish();
  return checks.every(([, ok]) => ok);
});
