import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { benchDb, dropBenchDb, ensureGenerated, openBenchDb, parseDbKind, type BenchDb, type DbKind } from '../lib/database';
import { readFacts, signTokens, type Facts, type Tokens } from '../lib/facts';
import { send, type Answer, type RequestSpec } from '../lib/load';
import { serverEnv, startServer, type Running } from '../lib/processes';
import { SCALES } from '../lib/scales';

export const log = (line: string) => process.stdout.write(`${line}\n`);

export interface DrillArgs {
  db: DbKind;
  pgUrl: string;
  keep: boolean;
  values: Record<string, string | boolean | undefined>;
}

/** --db pglite|postgres, --pg-url, --keep, plus the drill's own string options. */
export function drillArgs(extra: Record<string, { type: 'string'; default?: string }> = {}): DrillArgs {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      db: { type: 'string', default: 'pglite' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      keep: { type: 'boolean', default: false },
      ...extra,
    },
  });
  return { db: parseDbKind(values.db), pgUrl: values['pg-url'], keep: values.keep, values };
}

export interface Drill {
  target: BenchDb;
  facts: Facts;
  tokens: Tokens;
  secret: string;
  start(env?: Record<string, string>): Promise<Running>;
  /** Stops whatever this drill started and, unless --keep, throws the database away. */
  finish(): Promise<void>;
}

const active = new Set<Drill>();

/** A fresh database with the 1,000-row generated data (bench users included) for one drill. */
export async function setUpDrill(args: DrillArgs, name: string): Promise<Drill> {
  const target = benchDb(args.db, SCALES.k1, args.pgUrl, `_drill_${name}`);
  await ensureGenerated(target, args.pgUrl, true, () => {});
  const handle = await openBenchDb(target);
  const facts = await readFacts(handle.db).finally(() => handle.close());
  const secret = randomBytes(32).toString('hex');
  const tokens = await signTokens(facts, secret);
  const running = new Set<Running>();
  log(`drill ${name}: ${target.label}`);
  const drill: Drill = {
    target,
    facts,
    tokens,
    secret,
    async start(env = {}) {
      const server = await startServer(serverEnv({ databaseUrl: target.databaseUrl, dataDir: target.dataDir }, secret, env));
      running.add(server);
      return server;
    },
    async finish() {
      for (const server of running) await server.stop();
      running.clear();
      active.delete(drill);
      if (!args.keep) await dropBenchDb(target, args.pgUrl);
    },
  };
  active.add(drill);
  return drill;
}

/** send() that turns a refused or reset connection into status 0 instead of throwing. */
export async function trySend(base: string, spec: RequestSpec, timeoutMs = 30_000): Promise<Answer> {
  try {
    return await send(base, spec, timeoutMs);
  } catch (error) {
    return { status: 0, body: String(error), ms: 0 };
  }
}

export function json(token: string | undefined, body: unknown, path: string, extraHeaders: Record<string, string> = {}): RequestSpec {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
    body: JSON.stringify(body),
  };
}

export function complaintBody(communityId: number, key: string): Record<string, unknown> {
  return {
    category: 'elevator',
    communityId,
    title: '电梯经常停运',
    description: '三号楼电梯这周停了三次，老人上下楼很不方便，请物业尽快修好。',
    contactPhone: '13700000000',
    idempotencyKey: key,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN) * 100) / 100;
}

/** Runs the drill's main, stopping its processes and exiting 1 on failure or a failed check. */
export function runDrill(main: () => Promise<boolean>): void {
  main().then(
    (ok) => {
      log(ok ? 'RESULT: PASS' : 'RESULT: FAIL');
      process.exit(ok ? 0 : 1);
    },
    async (error: unknown) => {
      console.error(error);
      for (const drill of active) await drill.finish().catch(() => {});
      log('RESULT: ERROR');
      process.exit(1);
    },
  );
}
