/**
 * `pnpm bench [--db pglite|postgres] [--scale small|full] [--duration s] [--concurrency 10,100]`
 *   [--only key,key] [--server-env K=V] [--server-node-arg=--cpu-prof --server-node-arg=--cpu-prof-dir=DIR]
 * Generates (or reuses) a database, starts the real server on 127.0.0.1 in production mode, drives
 * every endpoint the API has with autocannon next to a bare Hono JSON server, and writes the table
 * to server/bench/results/. See docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMarker } from './generate';
import {
  benchDb,
  dropBenchDb,
  ensureGenerated,
  openBenchDb,
  parseDbKind,
  resetLoadLeftovers,
  seatCheck,
  type BenchDb,
} from './lib/database';
import { readFacts, signTokens, type Facts } from './lib/facts';
import { closeAgent, probeLatency, runLoad, send, type RequestSpec } from './lib/load';
import { parseOpenApi } from './lib/openapi';
import { rssMiB, serverDir, serverEnv, startBaseline, startServer, type Running } from './lib/processes';
import { machine, markdown, textTable, type Flatness, type Results, type Row } from './lib/report';
import { SCALES, parseScale } from './lib/scales';
import { SCENARIOS, locate, type Prepared, type Scenario, type ScenarioContext } from './lib/scenarios';
import { evaluateTargets } from './lib/targets';

const { values: args } = parseArgs({
  // `pnpm bench -- --db postgres` hands the script a literal `--` first.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    db: { type: 'string', default: 'pglite' },
    scale: { type: 'string', default: 'small' },
    duration: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '10,100' },
    probe: { type: 'string', default: '200' },
    only: { type: 'string' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'server-env': { type: 'string', multiple: true, default: [] },
    'server-node-arg': { type: 'string', multiple: true, default: [] },
    fresh: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-flatness': { type: 'boolean', default: false },
  },
});

const kind = parseDbKind(args.db);
const scale = parseScale(args.scale);
const seconds = Number(args.duration);
const concurrency = args.concurrency
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const probeCount = Number(args.probe);
const pgUrl = args['pg-url'];
const only = args.only?.split(',');
const extraEnv = Object.fromEntries(args['server-env'].map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Prepped {
  facts: Facts;
  counts: Record<string, number>;
  generationSeconds: number;
}

async function prepare(target: BenchDb): Promise<Prepped> {
  const generationSeconds = await ensureGenerated(target, pgUrl, args.fresh, log);
  const handle = await openBenchDb(target);
  try {
    await resetLoadLeftovers(handle.db);
    const marker = await readMarker(handle.db);
    return { facts: await readFacts(handle.db), counts: marker?.counts ?? {}, generationSeconds };
  } finally {
    await handle.close();
  }
}

function sizeOf(body: string): number {
  return Buffer.byteLength(body);
}

/** Samples the server's RSS every 200 ms while `work` runs. */
async function withRss<T>(server: Running, peak: { max: number }, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    const now = rssMiB(server.child.pid);
    if (now !== null && now > peak.max) peak.max = now;
  }, 200);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

async function measureScenario(
  s: Scenario,
  prepared: Prepared,
  ctx: ScenarioContext,
  server: Running,
  baseline: Running,
  peak: { max: number },
): Promise<Row[] | string> {
  const make = typeof prepared.spec === 'function' ? prepared.spec : () => prepared.spec as RequestSpec;
  const first = make();
  const warm = await send(server.base, first);
  if (warm.status >= 400) return `answered ${warm.status} to ${first.method} ${first.path}: ${warm.body.slice(0, 200)}`;
  const bytes = sizeOf(warm.body);
  const baseSpec: RequestSpec = { method: 'GET', path: `/json/${bytes}` };
  const endpoint = `${first.method} ${first.path.split('?')[0] ?? ''}`;
  const rows: Row[] = [];
  const common = { key: s.key, label: s.label, issue: s.issue, endpoint, bytes, note: prepared.note };
  if (prepared.probe ?? !s.write) {
    const lat = await withRss(server, peak, () => probeLatency(server.base, make, probeCount));
    const bl = await probeLatency(baseline.base, baseSpec, probeCount);
    const rps = Math.round(1000 / lat.mean);
    const baselineRps = Math.round(1000 / bl.mean);
    rows.push({
      ...common,
      concurrency: 1,
      requests: lat.count,
      seconds: (lat.mean * lat.count) / 1000,
      rps,
      p50: lat.p50,
      p99: lat.p99,
      errors: 0,
      non2xx: lat.failures,
      statusCounts: {},
      baselineRps,
      ratio: rps / baselineRps,
    });
    log(`  ${s.key} c=1: p50 ${lat.p50} ms, p99 ${lat.p99} ms (baseline p50 ${bl.p50} ms)`);
  }
  for (const c of prepared.concurrency ?? concurrency) {
    const load = await withRss(server, peak, () =>
      runLoad(server.base, typeof prepared.spec === 'function' ? make : first, { connections: c, seconds }),
    );
    const bl = await runLoad(baseline.base, baseSpec, { connections: c, seconds });
    rows.push({
      ...common,
      concurrency: c,
      requests: load.requests,
      seconds: load.seconds,
      rps: load.rps,
      p50: load.p50,
      p99: load.p99,
      errors: load.errors,
      non2xx: load.non2xx,
      statusCounts: load.statusCounts,
      baselineRps: bl.rps,
      ratio: load.rps / Math.max(1, bl.rps),
    });
    log(
      `  ${s.key} c=${c}: ${load.rps} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms, non-2xx ${load.non2xx}, errors ${load.errors} (baseline ${bl.rps} req/s)`,
    );
  }
  return rows;
}

/** Every process this run started, so a failure still stops them. */
const started = new Set<Running>();

async function startFor(target: BenchDb, secret: string): Promise<Running> {
  const server = await startServer(
    serverEnv({ databaseUrl: target.databaseUrl, dataDir: target.dataDir }, secret, extraEnv),
    undefined,
    args['server-node-arg'],
  );
  started.add(server);
  return server;
}

async function contextFor(server: Running, facts: Facts, secret: string): Promise<ScenarioContext> {
  const doc = parseOpenApi(JSON.parse((await send(server.base, { method: 'GET', path: '/api/openapi.json' })).body));
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  return { base: server.base, doc, facts, tokens: await signTokens(facts, secret), year, runId: randomBytes(4).toString('hex') };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const target = benchDb(kind, scale, pgUrl);
  log(`bench: ${target.label}, scale ${scale.name}, ${seconds} s per run, concurrency ${concurrency.join('/')}`);
  const prepped = await prepare(target);
  const secret = randomBytes(32).toString('hex');
  const server = await startFor(target, secret);
  log(`server up in ${server.coldStartMs} ms (cold start: spawn → /api/health ok)`);
  const idleRss = rssMiB(server.child.pid);
  const baseline = await startBaseline();
  started.add(baseline);
  const peak = { max: 0 };
  const ctx = await contextFor(server, prepped.facts, secret);
  const rows: Row[] = [];
  const skipped: Results['skipped'] = [];
  const listP50 = new Map<string, number>();
  for (const s of SCENARIOS.filter((x) => !only || only.includes(x.key))) {
    const op = locate(ctx, s);
    if (!op) {
      log(`- ${s.label} (${s.issue}): not available yet`);
      skipped.push({ key: s.key, label: s.label, issue: s.issue, reason: 'not available yet (no such route in /api/openapi.json)' });
      continue;
    }
    log(`- ${s.label} (${s.issue}): ${op.method.toUpperCase()} /api${op.path}`);
    const prepared = await s.prepare(ctx, op).catch((e: unknown) => `could not prepare: ${String(e)}`);
    const measured = typeof prepared === 'string' ? prepared : await measureScenario(s, prepared, ctx, server, baseline, peak);
    if (typeof measured === 'string') {
      log(`  skipped: ${measured}`);
      skipped.push({ key: s.key, label: s.label, issue: s.issue, reason: measured });
      continue;
    }
    rows.push(...measured);
    const probe = measured.find((r) => r.concurrency === 1);
    if (s.list && probe) listP50.set(s.key, probe.p50);
  }
  await server.stop();

  const check = await openBenchDb(target, false);
  const seats = rows.some((r) => r.key === 'signup') ? await seatCheck(check.db) : null;
  await check.close();

  const flatness: Flatness[] = [];
  if (!args['no-flatness'] && scale.name !== 'k1' && listP50.size > 0) {
    const small = benchDb(kind, SCALES.k1, pgUrl);
    log(`flatness: the list endpoints again on ${small.label} (1,000 rows each)`);
    const smallPrepped = await prepare(small);
    const smallServer = await startFor(small, secret);
    const smallCtx = await contextFor(smallServer, smallPrepped.facts, secret);
    for (const s of SCENARIOS.filter((x) => x.list && listP50.has(x.key))) {
      const op = locate(smallCtx, s);
      const prepared = op ? await s.prepare(smallCtx, op).catch(() => 'failed') : 'missing';
      if (typeof prepared === 'string') continue;
      const lat = await probeLatency(smallServer.base, prepared.spec, probeCount);
      const full = listP50.get(s.key) ?? Number.NaN;
      const rowsOf = (c: Record<string, number>) =>
        (s.key.startsWith('ledger') ? c.complaints : s.key === 'news-feed' ? c.articles : c.activities) ?? 0;
      flatness.push({
        key: s.key,
        label: s.label,
        smallRows: rowsOf(smallPrepped.counts),
        fullRows: rowsOf(prepped.counts),
        smallP50: lat.p50,
        fullP50: full,
        growth: full / lat.p50,
      });
      log(`  ${s.key}: p50 ${lat.p50} ms at ${rowsOf(smallPrepped.counts)} rows vs ${full} ms at ${rowsOf(prepped.counts)} rows`);
    }
    await smallServer.stop();
    if (!args.keep) await dropBenchDb(small, pgUrl);
  }
  await baseline.stop();
  closeAgent();
  if (!args.keep) await dropBenchDb(target, pgUrl);

  const partial: Omit<Results, 'targets'> = {
    startedAt,
    machine: {
      ...machine(),
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? 0 },
      ...(kind === 'postgres' ? { postgres: 'PostgreSQL at 127.0.0.1:5432' } : {}),
    },
    options: {
      db: kind,
      scale: scale.name,
      seconds,
      concurrency,
      probeCount,
      mode: 'NODE_ENV=production, LOG_LEVEL=warn, one process, started with node --import tsx src/index.ts',
    },
    counts: prepped.counts,
    generationSeconds: prepped.generationSeconds,
    coldStartMs: server.coldStartMs,
    rss: { idleMiB: idleRss, maxUnderLoadMiB: peak.max || null },
    rows,
    skipped,
    flatness,
    seats,
  };
  const results: Results = { ...partial, targets: evaluateTargets(partial) };
  log(`\n${textTable(rows)}\n`);
  const md = markdown(results);
  log(md.slice(md.indexOf('## Flatness') >= 0 ? md.indexOf('## Flatness') : md.indexOf('## Targets')));
  const dir = path.join(serverDir, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  const stem = `${startedAt.replace(/[:.]/g, '-')}-${kind}-${scale.name}`;
  await writeFile(path.join(dir, `${stem}.json`), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(dir, `${stem}.md`), md);
  await writeFile(path.join(dir, `latest-${kind}-${scale.name}.md`), md);
  log(`written: server/bench/results/${stem}.{json,md}`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  for (const p of started) await p.stop('SIGKILL');
  process.exit(1);
});
