import { createCompany, createUser } from '@wuxie/prisma/factories';
import { apiErrorSchema } from '@wuxie/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badRequests, type BadRequest } from '../bench/lib/invalid-inputs';
import { parseOpenApi, type ApiDocument, type Operation } from '../bench/lib/openapi';
import { signAccessToken } from '../src/features/auth/tokens';
import { createTestApp, type TestApp } from './test-app';

/**
 * Every route that takes input gets generated invalid input (wrong types, missing fields, too
 * long, out of range, unicode junk, nested junk, not JSON, bad ids and queries): never a 500,
 * every error in the one contract, and not a row written anywhere.
 */

const TOTAL_REQUESTS = 10_500;

/**
 * Defects this drill found that were not fixed when it was written (reported with issue 8). Each
 * cause names the routes it still breaks and one probe per route; the test proves every probe
 * still answers 500 — so a fix makes the test ask for its entry to be deleted — and forgives a
 * generated 500 only on a listed route whose request shows that cause. Anything else fails.
 */
const KNOWN_DEFECTS: { cause: string; shows: RegExp; probes: Record<string, string> }[] = [
  {
    cause: 'an id past the 32-bit id column reaches the database (Prisma: value out of range) instead of a 404/422',
    shows: /(^|[/=])99999999999($|[/&?])/,
    probes: {
      'GET /complaints/{id}': 'GET /api/complaints/99999999999',
      'GET /news/articles/{id}': 'GET /api/news/articles/99999999999',
      'GET /news/desk/articles/{id}': 'GET /api/news/desk/articles/99999999999',
      'POST /news/articles/{id}/reads': 'POST /api/news/articles/99999999999/reads',
      'POST /notifications/{id}/read': 'POST /api/notifications/99999999999/read',
      'GET /notifications': 'GET /api/notifications?cursor=99999999999',
      'GET /news/desk/articles': 'GET /api/news/desk/articles?cursor=99999999999',
      'GET /complaints/ledger': 'GET /api/complaints/ledger?communityId=99999999999',
      'GET /complaints/ledger/export': 'GET /api/complaints/ledger/export?companyId=99999999999',
      'GET /company/registrations': 'GET /api/company/registrations?activityId=99999999999',
    },
  },
  {
    cause: 'a NUL character in a search text reaches PostgreSQL (22021 invalid byte sequence) instead of a 422',
    shows: /%00/,
    probes: {
      'GET /complaints/communities': 'GET /api/complaints/communities?q=%00',
      'GET /complaints/companies': 'GET /api/complaints/companies?q=%00',
      'GET /complaints/ledger': 'GET /api/complaints/ledger?q=%00',
      'GET /complaints/ledger/export': 'GET /api/complaints/ledger/export?q=%00',
      'GET /news/articles': 'GET /api/news/articles?q=%00',
    },
  },
  {
    cause: 'an impossible date (9999-99-99, 0000-00-00) passes the YYYY-MM-DD pattern and becomes an Invalid Date in the query',
    shows: /9999-99-99|2024-13-45|0000-00-00|2024-02-30/,
    probes: {
      'GET /complaints/ledger': 'GET /api/complaints/ledger?to=9999-99-99',
      'GET /complaints/ledger/export': 'GET /api/complaints/ledger/export?to=9999-99-99',
    },
  },
];

function knownDefect(route: string, path: string): boolean {
  return KNOWN_DEFECTS.some((d) => route in d.probes && d.shows.test(path));
}
const SEED = Number(process.env.BAD_INPUT_SEED ?? 20_240_612);

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const rows = await t.db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = rows[0]?.n ?? -1;
  }
  return counts;
}

describe('generated invalid input on every route', () => {
  let t: TestApp;
  let doc: ApiDocument;
  let token: string;
  let before: Record<string, number>;
  let sent = 0;

  beforeAll(async () => {
    t = await createTestApp({ UPLOADS_PER_HOUR: '100000', COMPLAINT_DAILY_LIMIT: '100000' });
    const company = await createCompany(t.db);
    // Every role at once, so the guard lets each request through to validation.
    const user = await createUser(t.db, { roles: ['resident', 'worker', 'company_admin', 'correspondent', 'admin'], companyId: company.id });
    token = await signAccessToken({ userId: user.id, roles: user.roles, companyId: company.id }, t.env.jwtSecret, 3600);
    doc = parseOpenApi(await (await t.call('GET', '/api/openapi.json')).json());
    before = await rowCounts(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The problem with the answer (a 500, or an error outside the contract), or null when it is fine. */
  async function send(op: Operation, req: BadRequest): Promise<string | null> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...req.headers };
    let body: string | undefined;
    if (req.body && 'json' in req.body) {
      body = JSON.stringify(req.body.json);
      headers['content-type'] = 'application/json';
    } else if (req.body) {
      body = req.body.raw;
      headers['content-type'] = req.body.contentType;
    }
    const res = await t.app.request(req.path, { method: op.method.toUpperCase(), headers, body });
    sent += 1;
    const text = await res.text();
    const what = `${op.method.toUpperCase()} ${req.path.slice(0, 200)} (${req.kind}) → ${res.status}`;
    if (res.status >= 500) return `${what}: ${text.slice(0, 300)}`;
    if (res.status < 400) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return `${what}: error body is not JSON: ${text.slice(0, 200)}`;
    }
    const parsed = apiErrorSchema.safeParse(json);
    return parsed.success ? null : `${what}: error body outside the contract: ${text.slice(0, 200)}`;
  }

  it('never answers 500, keeps every error in the contract, and writes nothing (≥ 10,000 requests)', async () => {
    const targets = doc.operations.map((op) => ({ op, arb: badRequests(doc, op) })).filter((x): x is { op: Operation; arb: NonNullable<typeof x.arb> } => x.arb !== null);
    expect(targets.length).toBeGreaterThan(30);
    const perRoute = Math.ceil(TOTAL_REQUESTS / targets.length);
    // Every route is run to the end and the problems collected, so one run shows them all (the
    // first three per route and kind; rerun with BAD_INPUT_SEED to vary the inputs).
    const problems = new Map<string, string[]>();
    for (const [index, { op, arb }] of targets.entries()) {
      for (const req of fc.sample(arb, { numRuns: perRoute, seed: SEED + index })) {
        const problem = await send(op, req);
        if (!problem || (problem.includes(' → 500') && knownDefect(`${op.method.toUpperCase()} ${op.path}`, req.path))) continue;
        const group = `${op.method.toUpperCase()} ${op.path} (${req.kind})`;
        const list = problems.get(group) ?? [];
        if (list.length < 3) list.push(problem);
        problems.set(group, list);
      }
    }
    expect(Object.fromEntries(problems)).toEqual({});
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(await rowCounts(t)).toEqual(before);
  }, 240_000);

  it('still shows each known defect (delete an entry from KNOWN_DEFECTS once it is fixed)', async () => {
    const fixed: string[] = [];
    for (const defect of KNOWN_DEFECTS) {
      for (const [route, probe] of Object.entries(defect.probes)) {
        const [method = 'GET', path = '/'] = probe.split(' ');
        const res = await t.app.request(path, { method, headers: { authorization: `Bearer ${token}` } });
        const body = await res.text();
        if (res.status !== 500) fixed.push(`${route}: ${probe} now answers ${res.status} ${body.slice(0, 100)} — fixed? delete it from "${defect.cause}"`);
      }
    }
    expect(fixed).toEqual([]);
  });
});
