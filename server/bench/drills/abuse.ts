/**
 * Abuse: the login and complaint limits hold; an oversized body, slow clients (slowloris) and
 * huge uploads are refused, and ordinary readers' latency meanwhile stays near its quiet level.
 *
 *   tsx bench/drills/abuse.ts [--db pglite|postgres]
 */
import http from 'node:http';
import net from 'node:net';
import { probeLatency, type LatencyResult } from '../lib/load';
import { rssMiB, type Running } from '../lib/processes';
import { BENCH_USERS } from '../lib/scales';
import { complaintBody, drillArgs, json, log, runDrill, setUpDrill, trySend } from './common';

const args = drillArgs({ 'slow-seconds': { type: 'string', default: '95' } });
const slowSeconds = Number(args.values['slow-seconds']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const VICTIM = { method: 'GET' as const, path: '/api/news/articles?limit=20' };
const fmt = (l: LatencyResult) => `p50 ${l.p50} ms, p99 ${l.p99} ms, ${l.failures} failed`;

/** Readers' latency while `attack` runs (started first, awaited after). */
async function latencyDuring(base: string, attack: () => Promise<unknown>): Promise<LatencyResult> {
  const running = attack();
  await sleep(300);
  const lat = await probeLatency(base, VICTIM, 150, 0);
  await running;
  return lat;
}

/** POSTs `bytes` of body as fast as the socket takes it; resolves with the status (0 if the server cut us off first). */
function bigPost(base: string, path: string, bytes: number, headers: Record<string, string>): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(new URL(path, base), { method: 'POST', headers: { ...headers, 'content-length': String(bytes) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Math.round(performance.now() - started) }));
    });
    req.on('error', () => resolve({ status: 0, ms: Math.round(performance.now() - started) }));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(sent <= bytes ? chunk : chunk.subarray(0, bytes - (sent - chunk.length)))) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

/** Opens `count` connections that send a request's headers one byte every `everyMs` and never finish. */
async function slowloris(base: string, count: number, seconds: number): Promise<{ stillOpen: number }> {
  const url = new URL(base);
  const sockets = Array.from({ length: count }, () => net.connect(Number(url.port), url.hostname));
  const closed = new Set<net.Socket>();
  for (const s of sockets) {
    s.on('error', () => closed.add(s));
    s.on('close', () => closed.add(s));
    s.write('POST /api/complaints HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n');
  }
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    for (const s of sockets) if (!closed.has(s)) s.write('X');
    await sleep(1000);
  }
  const stillOpen = sockets.filter((s) => !closed.has(s)).length;
  for (const s of sockets) s.destroy();
  return { stillOpen };
}

runDrill(async () => {
  const drill = await setUpDrill(args, 'abuse');
  const server: Running = await drill.start();
  const base = server.base;
  const checks: [string, boolean][] = [];
  const quiet = await probeLatency(base, VICTIM, 150);
  log(`quiet readers (${VICTIM.path}): ${fmt(quiet)}`);
  const near = (l: LatencyResult) => l.failures === 0 && l.p50 <= quiet.p50 * 3 + 5;

  // Per-account lock-out, then the per-address login limit.
  const login = (username: string, password = 'wrong-password-1') =>
    trySend(base, json(undefined, { username, password }, '/api/auth/login/password'));
  const lockout: number[] = [];
  for (let i = 0; i < 7; i += 1) lockout.push((await login('bench-resident-1')).status);
  const flood: number[] = [];
  for (let i = 0; i < 60; i += 1) flood.push((await login(`nobody-${i}`)).status);
  const rightPassword = (await login('bench-resident-2', BENCH_USERS.password)).status;
  const passed = [...lockout, ...flood].filter((s) => s !== 429).length;
  log(
    `login: one account, 7 wrong passwords → ${lockout.join(' ')}; then 60 more from the same address → ${flood.filter((s) => s === 429).length}× 429; the right password now → ${rightPassword}`,
  );
  checks.push(['account locks after repeated wrong passwords', lockout.includes(423)]);
  checks.push(['no more than the per-minute login allowance gets through from one address', passed <= 30 && rightPassword === 429]);

  // The daily complaint limit, under ten parallel submissions.
  const resident = drill.tokens.residents[5] ?? '';
  const community = drill.facts.communityIds[0] ?? 0;
  const parallel = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      trySend(base, json(resident, complaintBody(community, `abuse-${i}-${Date.now()}`), '/api/complaints')),
    ),
  );
  const accepted = parallel.filter((a) => a.status === 201).length;
  log(
    `complaints: 10 parallel submissions by one resident → ${accepted} accepted, ${parallel.filter((a) => a.status === 429).length}× 429`,
  );
  checks.push(['the daily complaint limit (5) holds under parallel submissions', accepted === 5]);

  // Oversized JSON bodies (5 MB against a 1 MB limit), twenty at a time, while readers read.
  const token = drill.tokens.residents[9] ?? '';
  const oversized: { status: number; ms: number }[] = [];
  const duringBodies = await latencyDuring(base, async () => {
    for (let round = 0; round < 5; round += 1) {
      oversized.push(
        ...(await Promise.all(
          Array.from({ length: 20 }, () =>
            bigPost(base, '/api/complaints', 5 * 1024 * 1024, { 'content-type': 'application/json', authorization: `Bearer ${token}` }),
          ),
        )),
      );
    }
  });
  log(
    `oversized bodies: ${oversized.length} × 5 MB → ${JSON.stringify(tally(oversized.map((o) => o.status)))}, slowest refusal ${Math.max(...oversized.map((o) => o.ms))} ms; readers meanwhile: ${fmt(duringBodies)}`,
  );
  checks.push([
    'oversized bodies refused (413 or cut off), none accepted',
    oversized.every((o) => o.status === 413 || o.status === 0) && oversized.some((o) => o.status === 413),
  ]);
  checks.push(['readers unharmed by oversized bodies', near(duringBodies)]);

  // Huge uploads: 50 MB "images", five at once.
  const rssBefore = rssMiB(server.child.pid);
  const uploads: { status: number; ms: number }[] = [];
  const duringUploads = await latencyDuring(base, async () => {
    uploads.push(
      ...(await Promise.all(
        Array.from({ length: 5 }, () =>
          bigPost(base, '/api/uploads?purpose=complaint_photo', 50 * 1024 * 1024, {
            'content-type': 'multipart/form-data; boundary=xyz',
            authorization: `Bearer ${token}`,
          }),
        ),
      )),
    );
  });
  const rssAfter = rssMiB(server.child.pid);
  log(
    `huge uploads: 5 × 50 MB → ${JSON.stringify(tally(uploads.map((u) => u.status)))}, slowest ${Math.max(...uploads.map((u) => u.ms))} ms; server RSS ${rssBefore} → ${rssAfter} MiB; readers meanwhile: ${fmt(duringUploads)}`,
  );
  checks.push(['huge uploads refused (413 or cut off)', uploads.every((u) => u.status === 413 || u.status === 0)]);
  checks.push(['huge uploads do not balloon memory (< 100 MiB growth)', (rssAfter ?? 0) - (rssBefore ?? 0) < 100]);
  checks.push(['readers unharmed by huge uploads', near(duringUploads)]);

  // Slow clients: 300 connections dribbling headers, for longer than Node's headers timeout (60 s, checked every 30 s).
  let slow = { stillOpen: 0 };
  const duringSlow = await latencyDuring(base, async () => {
    slow = await slowloris(base, 300, slowSeconds);
  });
  log(
    `slow clients: 300 connections sending a header byte a second for ${slowSeconds} s → ${slow.stillOpen} still open at the end; readers meanwhile: ${fmt(duringSlow)}`,
  );
  checks.push([`slow clients are cut off by the server within ${slowSeconds} s`, slow.stillOpen === 0]);
  checks.push(['readers unharmed by slow clients', near(duringSlow)]);

  log('');
  for (const [what, ok] of checks) log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  await drill.finish();
  return checks.every(([, ok]) => ok);
});

function tally(statuses: number[]): Record<number, number> {
  return statuses.reduce<Record<number, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});
}
