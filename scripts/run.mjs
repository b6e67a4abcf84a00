#!/usr/bin/env node
// The entry behind `npm start`, `npm test` and friends on a machine that has only Node and npm:
// it fetches the pinned pnpm from the npm registry, installs the workspace, then does the job.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = ['-y', 'pnpm@12.4.2'];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}
const pnpm = (args, env) => run(npx, [...PNPM, ...args], env);

function install() {
  pnpm(['install', '--frozen-lockfile']);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the H5 client unless the build is newer than every source it comes from. */
function buildClientIfStale() {
  const index = path.join(root, 'client/dist/h5/index.html');
  const sources = ['client/src', 'client/config', 'shared/src'].map((d) => path.join(root, d)).filter(existsSync);
  const stale = !existsSync(index) || sources.some((d) => newestMtime(d) > statSync(index).mtimeMs);
  // The persistent build cache is safe here: client/config/index.ts makes the route table a build
  // dependency, so a new page invalidates it.
  if (stale) pnpm(['--filter', '@wuxie/client', 'build:h5']);
  else console.log('H5 build is up to date.');
}

const task = process.argv[2];
switch (task) {
  case 'setup':
    install();
    break;
  case 'start':
    install();
    buildClientIfStale();
    pnpm(['--filter', '@wuxie/server', 'serve'], { WUXIE_SEED_DEMO: process.env.WUXIE_SEED_DEMO ?? 'true' });
    break;
  case 'test':
    install();
    pnpm(['-r', '--workspace-concurrency=1', 'run', 'test']);
    break;
  case 'typecheck':
    install();
    pnpm(['-r', 'run', 'typecheck']);
    break;
  // Lint and format (decision 015): one config each at the root, over the whole workspace. The lint
  // cache lives in node_modules/.cache, so a second run only checks what changed.
  case 'lint':
    install();
    pnpm(['exec', 'eslint', '.', '--cache', '--cache-location', 'node_modules/.cache/eslint/', ...process.argv.slice(3)]);
    break;
  case 'format':
    install();
    pnpm(['exec', 'prettier', '--write', '.']);
    break;
  case 'format:check':
    install();
    pnpm(['exec', 'prettier', '--check', '.']);
    break;
  default:
    console.error(`unknown task: ${task} (expected setup, start, test, typecheck, lint, format or format:check)`);
    process.exit(2);
}
