import http from 'node:http';
import autocannon from 'autocannon';

/** One request as the load sends it; `next` makes a fresh one for each call when given. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  statusCounts: Record<string, number>;
}

/**
 * Drives `base` with autocannon. With `next`, every request is built afresh (new token, new
 * idempotency key…); otherwise the same request repeats. Latency figures are whole milliseconds
 * (autocannon's resolution); use probeLatency for sub-millisecond medians.
 */
export async function runLoad(
  base: string,
  spec: RequestSpec | (() => RequestSpec),
  opts: { connections: number; seconds: number; amount?: number },
): Promise<LoadResult> {
  const first = typeof spec === 'function' ? spec() : spec;
  const result = await autocannon({
    url: base,
    connections: opts.connections,
    duration: opts.seconds,
    ...(opts.amount ? { amount: opts.amount } : {}),
    timeout: 30,
    requests: [
      {
        method: first.method,
        path: first.path,
        headers: first.headers,
        body: first.body,
        ...(typeof spec === 'function'
          ? {
              setupRequest: (req) => {
                const r = spec();
                return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
              },
            }
          : {}),
      },
    ],
  });
  const statusCounts: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = stat.count ?? 0;
  const requests = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  return {
    connections: opts.connections,
    seconds: result.duration,
    requests,
    rps: Math.round(requests / Math.max(result.duration, 0.001)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    statusCounts,
  };
}

export interface Answer {
  status: number;
  body: string;
  ms: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One request over a keep-alive connection, timed with performance.now(). */
export function send(base: string, spec: RequestSpec, timeoutMs = 30_000): Promise<Answer> {
  const url = new URL(spec.path, base);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: spec.method, headers: spec.headers, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${spec.method} ${spec.path}`)));
    req.on('error', reject);
    if (spec.body !== undefined) req.write(spec.body);
    req.end();
  });
}

export interface LatencyResult {
  count: number;
  p50: number;
  p99: number;
  mean: number;
  failures: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Median and p99 of `count` sequential requests (one at a time), after a short warm-up; a slow
 * endpoint stops early once `budgetMs` is spent (with at least 5 samples).
 */
export async function probeLatency(
  base: string,
  spec: RequestSpec | (() => RequestSpec),
  count: number,
  warmup = 20,
  budgetMs = 20_000,
): Promise<LatencyResult> {
  const make = typeof spec === 'function' ? spec : () => spec;
  const started = performance.now();
  for (let i = 0; i < warmup && performance.now() - started < budgetMs / 4; i += 1) await send(base, make());
  const times: number[] = [];
  let failures = 0;
  const measuring = performance.now();
  for (let i = 0; i < count && (i < 5 || performance.now() - measuring < budgetMs); i += 1) {
    const answer = await send(base, make());
    if (answer.status >= 400) failures += 1;
    times.push(answer.ms);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: times.length,
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
    mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    failures,
  };
}

export function closeAgent(): void {
  agent.destroy();
}
