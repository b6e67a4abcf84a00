import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { CHROMIUM } from './harness/browser'
import { startServer, type RunningServer } from './harness/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const clientDir = path.resolve(import.meta.dirname, '..')
let server: RunningServer | undefined

/** Builds the H5 app (unless E2E_SKIP_BUILD=1) and starts the real server once for the whole suite. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(path.join(clientDir, 'dist/h5/index.html'))) {
    const started = Date.now()
    execFileSync(path.join(clientDir, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
      cwd: clientDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    })
    console.log(`e2e: H5 built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  server = await startServer()
  console.log(`e2e: server at ${server.url}`)
  project.provide('baseUrl', server.url)
}

export async function teardown(): Promise<void> {
  await server?.stop()
}
