/**
 * Durability: complaints are submitted at load, the server is killed with SIGKILL mid-stream and
 * started again, several times over; afterwards every complaint that got a 2xx answer must be in
 * the database, and a retry of it must return the same complaint.
 *
 *   tsx bench/drills/durability.ts [--db pglite|postgres] [--rounds 3] [--workers 40] [--per-round 200]
 */
import { openBenchDb } from '../lib/database';
import type { Running } from '../lib/processes';
import { complaintBody, drillArgs, json, log, runDrill, setUpDrill, trySend } from './common';

const args = drillArgs({
  rounds: { type: 'string', default: '3' },
  workers: { type: 'string', default: '40' },
  'per-round': { type: 'string', default: '200' },
});
const rounds = Number(args.values.rounds);
const workers = Number(args.values.workers);
const perRound = Number(args.values['per-round']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Acked {
  key: string;
  id: number;
  token: string;
  communityId: number;
}

runDrill(async () => {
  const drill = await setUpDrill(args, 'durability');
  // The per-resident daily limit is not what this drill is about.
  const env = { COMPLAINT_DAILY_LIMIT: '1000000' };
  const acked: Acked[] = [];
  let lost = 0;
  let otherAnswers = 0;
  let seq = 0;
  let server: Running = await drill.start(env);
  for (let round = 1; round <= rounds; round += 1) {
    let stop = false;
    const base = server.base;
    const loop = async (w: number) => {
      while (!stop) {
        const n = seq++;
        const key = `durable-${round}-${w}-${n}`;
        const token = drill.tokens.residents[n % drill.tokens.residents.length] ?? '';
        const communityId = drill.facts.communityIds[n % drill.facts.communityIds.length] ?? 0;
        const answer = await trySend(base, json(token, complaintBody(communityId, key), '/api/complaints', { 'idempotency-key': key }));
        if (answer.status === 200 || answer.status === 201)
          acked.push({ key, id: (JSON.parse(answer.body) as { id: number }).id, token, communityId });
        else if (answer.status === 0) {
          lost += 1;
          return;
        } else otherAnswers += 1;
      }
    };
    const running = Array.from({ length: workers }, (_, w) => loop(w));
    // Kill once this round has had real traffic (at least `perRound` answers, at most 30 s), at a random moment.
    const roundStart = acked.length;
    const started = Date.now();
    while (acked.length - roundStart < perRound && Date.now() - started < 30_000) await sleep(50);
    await sleep(Math.floor(Math.random() * 500));
    const killAfter = Date.now() - started;
    const before = acked.length;
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(running);
    log(
      `round ${round}: SIGKILL after ${killAfter} ms; ${acked.length} acknowledged so far (+${acked.length - before} answered while dying), ${lost} requests cut off`,
    );
    server = await drill.start(env);
    log(`round ${round}: restarted, healthy after ${server.coldStartMs} ms`);
  }

  // A retry of acknowledged complaints (same key) must return the very same complaint.
  const sample = acked.filter((_, i) => i % Math.max(1, Math.floor(acked.length / 25)) === 0);
  let retryMismatch = 0;
  for (const a of sample) {
    const answer = await trySend(
      server.base,
      json(a.token, complaintBody(a.communityId, a.key), '/api/complaints', { 'idempotency-key': a.key }),
    );
    if (answer.status !== 200 || (JSON.parse(answer.body) as { id: number }).id !== a.id) retryMismatch += 1;
  }
  await server.stop();

  const handle = await openBenchDb(drill.target, false);
  const present = await handle.db.complaint.findMany({
    where: { idempotencyKey: { startsWith: 'durable-' } },
    select: { id: true, idempotencyKey: true },
  });
  await handle.close();
  const byKey = new Map(present.map((p) => [p.idempotencyKey, p.id]));
  const missing = acked.filter((a) => byKey.get(a.key) !== a.id);
  const duplicates = present.length - byKey.size;
  log('');
  log(`database: ${drill.target.kind}; ${rounds} SIGKILLs while ${workers} clients submitted`);
  log(`acknowledged (2xx): ${acked.length}; present with the same id: ${acked.length - missing.length}; missing: ${missing.length}`);
  log(
    `rows in the database: ${present.length} (${present.length - acked.length + missing.length} committed but cut off before the answer), duplicate keys: ${duplicates}`,
  );
  log(
    `other answers (4xx): ${otherAnswers}; retries of ${sample.length} acknowledged complaints returning another complaint: ${retryMismatch}`,
  );
  await drill.finish();
  return missing.length === 0 && duplicates === 0 && retryMismatch === 0 && acked.length > 0;
});
