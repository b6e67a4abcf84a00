import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the real entry point (migrations, app, listener) as a separate process. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_PER_MINUTE: '10000',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${out}`);
    if (out.includes('is running at')) return { child, base, output: () => out };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start in time:\n${out}`);
}

describe('the server process', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'wuxie-proc-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates an empty data folder at start, prints its URL and reports the database up', async () => {
    const { child, base, output } = await startServer({ WUXIE_DATA_DIR: dataDir });
    try {
      expect(output()).toContain(`物协通 is running at ${base}/`);
      const health = await fetch(`${base}/api/health`);
      expect(await health.json()).toMatchObject({ ok: true, db: 'up', dbKind: 'pglite' });
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('finishes requests in flight on SIGTERM, then exits 0', async () => {
    const { child, base, output } = await startServer({ WUXIE_DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // Password checks hash with argon2 (tens of ms each on a thread pool of four), so forty of
    // them keep the server busy for a while.
    let killedAt = 0;
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      fetch(`${base}/api/auth/login/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: `nobody${i}`, password: 'wrong-password' }),
      }).then((r) => ({ status: r.status, at: Date.now() })),
    );
    // Signal once the server has logged receiving all forty: they are in flight, not in a backlog.
    while ((output().match(/request received/g) ?? []).length < 40) await new Promise((r) => setTimeout(r, 5));
    killedAt = Date.now();
    child.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 40 }, () => 401));
    // Proof that the signal came while work was still going on, and that work was finished.
    expect(answers.filter((a) => a.at > killedAt).length).toBeGreaterThan(0);
    expect(await exited).toBe(0);
  });
});
