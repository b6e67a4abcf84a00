import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './harness/browser';
import { startServer, type RunningServer } from './harness/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const clientDir = path.resolve(import.meta.dirname, '..');
let server: RunningServer | undefined;
let privateBuild: string | undefined;

/**
 * Builds the H5 app into a private folder and starts the real server on it, once for the whole suite.
 * E2E_SKIP_BUILD=1 serves the existing client/dist/h5 instead (faster, but another run may rebuild it).
 */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  let clientDist = path.join(clientDir, 'dist/h5');
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(path.join(clientDist, 'index.html'))) {
    privateBuild = mkdtempSync(path.join(os.tmpdir(), 'wuxie-e2e-h5-'));
    clientDist = privateBuild;
    const started = Date.now();
    execFileSync(path.join(clientDir, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
      cwd: clientDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', WUXIE_OUTPUT_ROOT: privateBuild },
    });
    console.log(`e2e: H5 built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  server = await startServer(clientDist);
  console.log(`e2e: server at ${server.url}`);
  project.provide('baseUrl', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (privateBuild) rmSync(privateBuild, { recursive: true, force: true });
}
