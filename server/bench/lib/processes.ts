import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../src/features/activities/bench/processes';

export const serverDir = path.resolve(import.meta.dirname, '../..');
export const repoRoot = path.resolve(serverDir, '..');

/** Resident memory of a process in MiB, read from /proc (Linux); null where unavailable. */
export function rssMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export interface Running {
  child: ChildProcess;
  base: string;
  port: number;
  /** Spawn → first healthy answer, in ms. */
  coldStartMs: number;
  output: () => string;
  /** SIGTERM (or the given signal), then wait for the exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

const NOT_INHERITED = new Set(['DATABASE_URL', 'TEST_DATABASE_URL', 'WUXIE_DATA_DIR', 'NODE_OPTIONS']);

function spawnNode(
  script: string,
  env: Record<string, string>,
  port: number,
  nodeArgs: readonly string[] = [],
): { child: ChildProcess; output: () => string } {
  // The database comes only from `env`, never from the shell that started the harness.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NOT_INHERITED.has(name)));
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: serverDir,
    env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => out };
}

async function waitUntilHealthy(child: ChildProcess, url: string, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`process exited early (${child.exitCode ?? child.signalCode}):\n${output()}`);
    if (await healthy(url)) return;
    await sleep(25);
  }
  child.kill('SIGKILL');
  throw new Error(`not healthy after ${timeoutMs} ms:\n${output()}`);
}

function stopper(child: ChildProcess) {
  return async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
}

/**
 * The real server entry (migrations, app, listener) as its own process, timed to its first healthy
 * answer. `nodeArgs` go to node itself, e.g. `--cpu-prof --cpu-prof-dir=DIR` to profile under load.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 180_000, nodeArgs: readonly string[] = []): Promise<Running> {
  const port = await freePort();
  const started = performance.now();
  const { child, output } = spawnNode('src/index.ts', env, port, nodeArgs);
  const base = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(child, `${base}/api/health`, output, timeoutMs);
  return { child, base, port, coldStartMs: Math.round(performance.now() - started), output, stop: stopper(child) };
}

/** The bare Hono JSON server (bench/baseline-server.ts) as its own process. */
export async function startBaseline(): Promise<Running> {
  const port = await freePort();
  const started = performance.now();
  const { child, output } = spawnNode('bench/baseline-server.ts', {}, port);
  const base = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(child, `${base}/json/10`, output, 30_000);
  return { child, base, port, coldStartMs: Math.round(performance.now() - started), output, stop: stopper(child) };
}

/** Environment for the server under test: production mode, quiet logs, our own secret. */
export function serverEnv(
  db: { databaseUrl?: string; dataDir?: string },
  jwtSecret: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: jwtSecret,
    DEMO_LOGIN: 'false',
    WUXIE_SEED_DEMO: 'false',
    CLIENT_DIST: '/nonexistent-client-dist',
    WUXIE_UPLOAD_DIR: path.join(repoRoot, '.data', 'bench-uploads'),
    ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : { WUXIE_DATA_DIR: db.dataDir ?? '' }),
    ...extra,
  };
}
