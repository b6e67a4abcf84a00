import type { Facts, Tokens } from './facts';
import { send, type RequestSpec } from './load';
import { fillPath, findOperation, type ApiDocument, type Method, type Operation } from './openapi';
import { craftDeepCursor } from './cursor';
import { SIGNUP_ACTIVITIES } from './scales';

export interface ScenarioContext {
  base: string;
  doc: ApiDocument;
  facts: Facts;
  tokens: Tokens;
  /** The calendar year whose figures are asked for. */
  year: number;
  /** Unique per harness run, for idempotency keys. */
  runId: string;
}

export interface Prepared {
  spec: RequestSpec | (() => RequestSpec);
  /** Overrides the run's concurrency list (e.g. sign-up runs at 100 only). */
  concurrency?: number[];
  /** Sequential latency probe too (off for writes whose supply is limited). */
  probe?: boolean;
  note?: string;
}

export interface Scenario {
  key: string;
  label: string;
  issue: string;
  method: Method;
  patterns: RegExp[];
  /** A list whose median should not grow with the table (the flatness check). */
  list?: boolean;
  write?: boolean;
  prepare(ctx: ScenarioContext, op: Operation): Promise<Prepared | string>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const jsonHeaders = (token: string) => ({ ...bearer(token), 'content-type': 'application/json' });

function hasParam(op: Operation, name: string): boolean {
  return op.parameters.some((p) => p.in === 'query' && p.name === name);
}

function withQuery(path: string, query: Record<string, string | number>): string {
  const entries = Object.entries(query);
  return entries.length ? `${path}?${new URLSearchParams(entries.map(([k, v]): [string, string] => [k, String(v)])).toString()}` : path;
}

/** `limit=20` when the route takes it: the page size a phone asks for. */
function pageQuery(op: Operation): Record<string, number> {
  return hasParam(op, 'limit') ? { limit: 20 } : {};
}

/** A year's period in whatever query names the figures route declares (year, or from/to). */
function periodQuery(op: Operation, year: number): Record<string, string | number> {
  const q: Record<string, string | number> = {};
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    if (p.name === 'year') q.year = year;
    else if (/^(from|start|since|startDate)$/.test(p.name)) q[p.name] = `${year}-01-01`;
    else if (/^(to|end|until|endDate)$/.test(p.name)) q[p.name] = `${year}-12-31`;
    else if (p.name === 'period') q.period = 'year';
  }
  return q;
}

function rotating<T>(items: readonly T[], what: string): () => T {
  if (items.length === 0) throw new Error(`no ${what} to rotate through`);
  let n = 0;
  return () => items[n++ % items.length] as T;
}

/**
 * Sign-ups by the bench workers: `spread` cycles through the activities request by request; `hot`
 * sends every worker to the first activity, then the next, so all writers contend for one row.
 */
function signupLoad(ctx: ScenarioContext, op: Operation, activities: number[], mode: 'spread' | 'hot'): Prepared {
  const workers = ctx.tokens.workers;
  let n = 0;
  const spec = (): RequestSpec => {
    const [worker, activity] =
      mode === 'spread' ? [Math.floor(n / activities.length), n % activities.length] : [n % workers.length, Math.floor(n / workers.length)];
    n += 1;
    const token = workers[worker % workers.length] ?? '';
    const activityId = activities[activity % activities.length] ?? 0;
    return { method: 'POST', path: fillPath(op.path, {}, activityId), headers: jsonHeaders(token), body: JSON.stringify({ extra: {} }) };
  };
  return {
    spec,
    concurrency: [100],
    probe: false,
    note: `${workers.length} workers × ${activities.length} activities of ${SIGNUP_ACTIVITIES.capacity} seats (${mode})`,
  };
}

const get = (path: string, headers: Record<string, string> = {}): RequestSpec => ({ method: 'GET', path, headers });

/** A prepare step with nothing to wait for; what it throws still arrives as a rejection, as from an async one. */
function immediate(build: (ctx: ScenarioContext, op: Operation) => Prepared | string): Scenario['prepare'] {
  return (ctx, op) => new Promise((resolve) => resolve(build(ctx, op)));
}

export const SCENARIOS: Scenario[] = [
  {
    key: 'health',
    label: '/api/health (with a database round trip)',
    issue: '—',
    method: 'get',
    patterns: [/^\/health$/],
    prepare: immediate((_ctx, op) => ({ spec: get(fillPath(op.path, {})) })),
  },
  {
    key: 'demo-accounts',
    label: '/api/auth/demo-accounts (no database)',
    issue: '—',
    method: 'get',
    patterns: [/^\/auth\/demo-accounts$/],
    prepare: immediate((_ctx, op) => ({ spec: get(fillPath(op.path, {})) })),
  },
  {
    key: 'news-feed',
    label: 'news feed, first page',
    issue: '#6',
    method: 'get',
    list: true,
    patterns: [/^\/news$/, /^\/articles$/, /^\/news\/feed$/, /^\/news\/articles$/],
    prepare: immediate((_ctx, op) => ({ spec: get(withQuery(fillPath(op.path, {}), pageQuery(op))) })),
  },
  {
    key: 'article',
    label: 'article page',
    issue: '#6',
    method: 'get',
    patterns: [/^\/news\/\{[^}]+\}$/, /^\/articles\/\{[^}]+\}$/, /^\/news\/articles\/\{[^}]+\}$/],
    prepare: immediate((ctx, op) => ({ spec: get(fillPath(op.path, {}, ctx.facts.articleId)) })),
  },
  {
    key: 'activity-list',
    label: 'activity list, first page',
    issue: '#5',
    method: 'get',
    list: true,
    patterns: [/^\/activities$/],
    prepare: immediate((ctx, op) => ({ spec: get(withQuery(fillPath(op.path, {}), pageQuery(op)), bearer(ctx.tokens.workers[0] ?? '')) })),
  },
  {
    key: 'activity-detail',
    label: 'activity detail',
    issue: '#5',
    method: 'get',
    patterns: [/^\/activities\/\{[^}]+\}$/],
    prepare: immediate((ctx, op) => ({ spec: get(fillPath(op.path, {}, ctx.facts.activityId), bearer(ctx.tokens.workers[0] ?? '')) })),
  },
  {
    key: 'signup',
    label: 'sign-up, spread over 40 activities × 50 seats',
    issue: '#5',
    method: 'post',
    write: true,
    patterns: [/^\/activities\/\{[^}]+\}\/(registrations|register|signup|sign-up)$/],
    prepare: immediate((ctx, op) => signupLoad(ctx, op, ctx.facts.signupActivityIds.slice(0, SIGNUP_ACTIVITIES.spread), 'spread')),
  },
  {
    key: 'signup-hot',
    label: 'sign-up, one activity at a time (hot row)',
    issue: '#5',
    method: 'post',
    write: true,
    patterns: [/^\/activities\/\{[^}]+\}\/(registrations|register|signup|sign-up)$/],
    prepare: immediate((ctx, op) => signupLoad(ctx, op, ctx.facts.signupActivityIds.slice(SIGNUP_ACTIVITIES.spread), 'hot')),
  },
  {
    key: 'complaint-submit',
    label: 'complaint submit',
    issue: '#4',
    method: 'post',
    write: true,
    patterns: [/^\/complaints$/],
    prepare: immediate((ctx, op) => {
      const token = rotating(ctx.tokens.residents, 'residents');
      const community = rotating(ctx.facts.communityIds, 'communities');
      let n = 0;
      const spec = (): RequestSpec => {
        const key = `bench-${ctx.runId}-${n++}`;
        const body = {
          category: 'elevator',
          communityId: community(),
          title: '电梯经常停运',
          description: '三号楼电梯这周停了三次，老人上下楼很不方便，请物业尽快修好。',
          contactPhone: '13700000000',
          idempotencyKey: key,
        };
        return {
          method: 'POST',
          path: fillPath(op.path, {}),
          headers: { ...jsonHeaders(token()), 'idempotency-key': key },
          body: JSON.stringify(body),
        };
      };
      return { spec, concurrency: [100], probe: true };
    }),
  },
  {
    key: 'ledger-first',
    label: 'complaint ledger, first page (staff)',
    issue: '#4',
    method: 'get',
    list: true,
    patterns: [/^\/complaints\/ledger$/, /^\/desk\/complaints$/, /^\/ledger$/, /^\/complaints\/admin$/],
    prepare: immediate((ctx, op) => ({ spec: get(withQuery(fillPath(op.path, {}), pageQuery(op)), bearer(ctx.tokens.staff)) })),
  },
  {
    key: 'ledger-deep',
    label: 'complaint ledger, deep keyset page (staff)',
    issue: '#4',
    method: 'get',
    list: true,
    patterns: [/^\/complaints\/ledger$/, /^\/desk\/complaints$/, /^\/ledger$/, /^\/complaints\/admin$/],
    prepare: async (ctx, op) => {
      const path = fillPath(op.path, {});
      const headers = bearer(ctx.tokens.staff);
      const deep = await craftDeepCursor((q) => send(ctx.base, get(withQuery(path, q), headers)), pageQuery(op), ctx.facts.deepComplaint);
      if (typeof deep === 'string') return deep;
      return { spec: get(withQuery(path, { ...pageQuery(op), cursor: deep.cursor }), headers), note: deep.note };
    },
  },
  {
    key: 'complaint-figures',
    label: 'complaint figures for a year (staff)',
    issue: '#4',
    method: 'get',
    patterns: [/^\/complaints\/(figures|stats|statistics|report)$/, /^\/desk\/complaints\/(figures|stats)$/],
    prepare: immediate((ctx, op) => ({
      spec: get(withQuery(fillPath(op.path, {}), periodQuery(op, ctx.year)), bearer(ctx.tokens.staff)),
      concurrency: [10],
    })),
  },
  {
    key: 'activity-figures',
    label: 'activity figures for a year (staff)',
    issue: '#5',
    method: 'get',
    patterns: [/^\/activity-figures$/, /^\/activities\/figures$/],
    prepare: immediate((ctx, op) => ({
      spec: get(withQuery(fillPath(op.path, {}), periodQuery(op, ctx.year)), bearer(ctx.tokens.staff)),
      concurrency: [10],
    })),
  },
  {
    key: 'news-stats',
    label: 'news figures for a year (staff)',
    issue: '#6',
    method: 'get',
    patterns: [/^\/news\/stats$/, /^\/news\/figures$/],
    prepare: immediate((ctx, op) => ({
      spec: get(withQuery(fillPath(op.path, {}), periodQuery(op, ctx.year)), bearer(ctx.tokens.staff)),
      concurrency: [10],
    })),
  },
  {
    key: 'desk-figures',
    label: 'desk figures for a year (staff)',
    issue: '#7',
    method: 'get',
    patterns: [/^\/desk\/(figures|dashboard|overview)$/, /^\/desk$/, /^\/dashboard$/],
    prepare: immediate((ctx, op) => ({
      spec: get(withQuery(fillPath(op.path, {}), periodQuery(op, ctx.year)), bearer(ctx.tokens.staff)),
      concurrency: [10],
    })),
  },
];

export function locate(ctx: Pick<ScenarioContext, 'doc'>, scenario: Scenario): Operation | undefined {
  return findOperation(ctx.doc, scenario.method, scenario.patterns);
}
