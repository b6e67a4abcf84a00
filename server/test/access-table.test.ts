import {
  createActivity,
  createArticle,
  createCommunity,
  createCompany,
  createComplaint,
  createRegistration,
  createUpload,
  createUser,
} from '@wuxie/prisma/factories';
import { ROLES, type Role } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOpenApi, type Access, type ApiDocument, type Operation } from '../bench/lib/openapi';
import { signAccessToken } from '../src/features/auth/tokens.service';
import { createTestApp, type TestApp } from './test-app';

/**
 * The access table: every route of the app × every role, the expected answer derived from the
 * route's declared `x-access`. The route list comes from the app itself, so a new route is in the
 * table the moment it exists; only deliberate exceptions are written down here.
 */

const CALLERS = ['anonymous', ...ROLES] as const;
type Caller = (typeof CALLERS)[number];

/** Routes anyone may call. Adding a public route means adding it here, on purpose (an entry for a route not built yet is harmless). */
const PUBLIC_ROUTES = new Set([
  'GET /health',
  'GET /auth/demo-accounts',
  'POST /auth/login/password',
  'POST /auth/login/wechat',
  'POST /auth/refresh',
  'POST /auth/logout',
  'GET /news/articles',
  'GET /news/articles/{id}',
  'POST /news/articles/{id}/reads',
  'GET /activities',
  'GET /activities/{id}',
  'GET /certificates/{certificateNo}',
  // Photos are fetched by <image> tags that cannot send a token; the URL carries an expiring signature instead.
  'GET /uploads/{key}',
  // The member directory (issue 7).
  'GET /companies',
  'GET /companies/{id}',
]);

/** /api routes outside the OpenAPI document (the document itself and its viewer): public by design. */
const UNDOCUMENTED_ROUTES = new Set([
  'GET /openapi.json',
  'GET /docs',
  'GET /docs/init.js',
  'GET /docs/assets/:file{swagger-ui\\.css|swagger-ui-bundle\\.js}',
]);

/**
 * Allowed callers that may still get 403 from a made-up request, with the reason. Anything else
 * answering 401/403 to an allowed caller fails the table.
 */
const FORBIDDEN_BY_CONTENT: Record<string, string> = {
  'GET /uploads/{key}': 'a photo URL without a valid signature is refused (403) whoever asks',
};

/** Routes whose ids belong to someone: another user of the same role must not reach the row. */
const OWNERSHIP_ROUTES: Record<string, string> = {
  'GET /complaints/{id}': "another resident's complaint; a complaint routed to another company",
  'POST /complaints/{id}/actions': "urging another resident's complaint; handling another company's complaint",
  'POST /registrations/{id}/cancel': "cancelling another worker's registration",
  'POST /notifications/{id}/read': "marking another user's notification read",
  'GET /news/desk/articles/{id}': "reading another correspondent's draft",
  'PUT /news/desk/articles/{id}': "editing another correspondent's draft",
  'POST /news/desk/articles/{id}/actions': "submitting another correspondent's draft",
  'GET /uploads/{key}': "another user's photo without the signed URL",
  'POST /activities/{id}/company-registrations': "a company admin signing up another company's worker",
  'POST /company/invitations/{id}/revoke': "a company admin revoking another company's invitation code",
  'POST /company/workers/{id}/unbind': "a company admin unbinding another company's worker",
};

/** Routes with ids that every allowed caller may use on any row, and why. */
const UNOWNED_ID_ROUTES: Record<string, string> = {
  'GET /news/articles/{id}': 'published articles are public',
  'POST /news/articles/{id}/reads': 'anyone may count a read',
  'PUT /news/desk/articles/{id}/pin': 'staff only',
  'GET /activities/{id}': 'activities are public',
  'PUT /activities/{id}': 'staff only',
  'POST /activities/{id}/publish': 'staff only',
  'POST /activities/{id}/finish': 'staff only',
  'POST /activities/{id}/cancel': 'staff only',
  'GET /activities/{id}/roster': 'staff only',
  'GET /activities/{id}/roster.xlsx': 'staff only',
  'POST /activities/{id}/results/import': 'staff only',
  'POST /activities/{id}/registrations': 'callers sign themselves up',
  'GET /activities/{id}/company-candidates': "lists only the caller's own company's workers",
  'PUT /registrations/{id}/result': 'staff only',
  'GET /certificates/{certificateNo}': 'certificate check is public (name masked)',
  'GET /companies/{id}': 'the member directory is public',
  'PUT /companies/{id}': 'staff only',
  'GET /companies/{id}/people': 'staff only',
  'POST /companies/{id}/admins': 'staff only',
  'DELETE /companies/{id}/admins/{userId}': 'staff only',
  'PUT /communities/{id}': 'staff only',
  'DELETE /commendations/{id}': 'staff only',
  'PUT /complaints/work-calendar/{date}': 'staff only (a date, not a row anyone owns)',
  'DELETE /complaints/work-calendar/{date}': 'staff only (a date, not a row anyone owns)',
};

interface OwnershipCase {
  route: string;
  who: string;
  method: string;
  path: string;
  token: string;
  body?: unknown;
  /**
   * For routes that answer 2xx to any id by design (idempotent, or per-item results): why, and a
   * check that A's row was left alone (returns what went wrong, or null).
   */
  okWhenUntouched?: { why: string; untouched: () => Promise<string | null> };
}

/** Rows owned by A (or A's company) and the calls B makes at them. */
async function buildOwnershipCases(t: TestApp): Promise<OwnershipCase[]> {
  const sign = (u: { id: number; roles: Role[]; companyId: number | null }) =>
    signAccessToken({ userId: u.id, roles: u.roles, companyId: u.companyId }, t.env.jwtSecret, 600);
  const [companyX, companyY] = [await createCompany(t.db), await createCompany(t.db)];
  const community = await createCommunity(t.db, { companyId: companyX.id });
  const [residentA, residentB] = [await createUser(t.db, { roles: ['resident'] }), await createUser(t.db, { roles: ['resident'] })];
  const adminY = await createUser(t.db, { roles: ['company_admin'], companyId: companyY.id });
  const [workerA, workerB] = [await createUser(t.db, { companyId: companyX.id }), await createUser(t.db, { companyId: companyX.id })];
  const [writerA, writerB] = [await createUser(t.db, { roles: ['correspondent'] }), await createUser(t.db, { roles: ['correspondent'] })];
  const past = new Date(Date.now() - 10 * 86_400_000);
  const complaint = await createComplaint(t.db, {
    residentId: residentA.id,
    communityId: community.id,
    status: 'assigned',
    createdAt: past,
    acceptDueAt: past,
    replyDueAt: past,
  });
  const activity = await createActivity(t.db);
  const registration = await createRegistration(t.db, { activityId: activity.id, userId: workerA.id });
  const notification = await t.db.notification.create({ data: { userId: residentA.id, kind: 'test', title: '给 A 的消息' } });
  const draft = await createArticle(t.db, { authorId: writerA.id, status: 'draft' });
  const upload = await createUpload(t.db, { ownerId: residentA.id, key: `${'ab'.repeat(16)}.jpg` });
  const invitation = await t.db.invitationCode.create({
    data: { code: `ACC${Date.now()}`, companyId: companyX.id, createdById: workerA.id, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  const [b, admin, worker, writer] = [await sign(residentB), await sign(adminY), await sign(workerB), await sign(writerB)];
  const draftBody = { title: '改一改别人的稿子', category: 'industry', bodyHtml: '<p>改写</p>' };
  return [
    { route: 'GET /complaints/{id}', who: 'another resident', method: 'GET', path: `/api/complaints/${complaint.id}`, token: b },
    {
      route: 'GET /complaints/{id}',
      who: 'admin of another company',
      method: 'GET',
      path: `/api/complaints/${complaint.id}`,
      token: admin,
    },
    {
      route: 'POST /complaints/{id}/actions',
      who: 'another resident',
      method: 'POST',
      path: `/api/complaints/${complaint.id}/actions`,
      token: b,
      body: { action: 'urge' },
    },
    {
      route: 'POST /complaints/{id}/actions',
      who: 'admin of another company',
      method: 'POST',
      path: `/api/complaints/${complaint.id}/actions`,
      token: admin,
      body: { action: 'handle' },
    },
    {
      route: 'POST /registrations/{id}/cancel',
      who: 'another worker',
      method: 'POST',
      path: `/api/registrations/${registration.id}/cancel`,
      token: worker,
    },
    {
      route: 'POST /notifications/{id}/read',
      who: 'another user',
      method: 'POST',
      path: `/api/notifications/${notification.id}/read`,
      token: b,
    },
    {
      route: 'GET /news/desk/articles/{id}',
      who: 'another correspondent',
      method: 'GET',
      path: `/api/news/desk/articles/${draft.id}`,
      token: writer,
    },
    {
      route: 'PUT /news/desk/articles/{id}',
      who: 'another correspondent',
      method: 'PUT',
      path: `/api/news/desk/articles/${draft.id}`,
      token: writer,
      body: draftBody,
    },
    {
      route: 'POST /news/desk/articles/{id}/actions',
      who: 'another correspondent',
      method: 'POST',
      path: `/api/news/desk/articles/${draft.id}/actions`,
      token: writer,
      body: { action: 'submit' },
    },
    { route: 'GET /uploads/{key}', who: 'another resident', method: 'GET', path: `/api/uploads/${upload.key}`, token: b },
    {
      route: 'POST /activities/{id}/company-registrations',
      who: 'admin of another company',
      method: 'POST',
      path: `/api/activities/${activity.id}/company-registrations`,
      token: admin,
      body: { people: [{ userId: workerB.id }] },
      okWhenUntouched: {
        why: 'a batch answers per person; a worker of another company is refused in the results',
        untouched: async () =>
          (await t.db.registration.count({ where: { activityId: activity.id, userId: workerB.id } })) > 0
            ? "another company's worker was signed up"
            : null,
      },
    },
    {
      route: 'POST /company/invitations/{id}/revoke',
      who: 'admin of another company',
      method: 'POST',
      path: `/api/company/invitations/${invitation.id}/revoke`,
      token: admin,
    },
    {
      route: 'POST /company/workers/{id}/unbind',
      who: 'admin of another company',
      method: 'POST',
      path: `/api/company/workers/${workerA.id}/unbind`,
      token: admin,
    },
  ];
}

const key = (op: Pick<Operation, 'method' | 'path'>) => `${op.method.toUpperCase()} ${op.path}`;

/** Written out rather than borrowed from the guard, so the table checks the guard: admin counts as staff. */
function allowed(caller: Caller, access: Access): boolean {
  if (access === 'public') return true;
  if (caller === 'anonymous') return false;
  if (access === 'authenticated') return true;
  return access.includes(caller) || (caller === 'admin' && access.includes('staff'));
}

const PARAM_VALUES: Record<string, string> = { key: '0123456789abcdef0123456789abcdef.jpg', certificateNo: 'ZS2024000100001' };

/** A request that passes the guard's view of the route: made-up ids, an empty JSON body where one is taken. */
function requestFor(op: Operation): { path: string; body?: unknown } {
  const path = `/api${op.path.replace(/\{([^}]+)\}/g, (_, name: string) => PARAM_VALUES[name] ?? '999999')}`;
  return op.bodyContentTypes.includes('application/json') ? { path, body: {} } : { path };
}

describe('the access table (every route × every role)', () => {
  let t: TestApp;
  let doc: ApiDocument;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await createTestApp();
    const company = await createCompany(t.db);
    for (const role of ROLES) {
      const inCompany = role === 'worker' || role === 'company_admin' || role === 'correspondent';
      const user = await createUser(t.db, { roles: [role], companyId: inCompany ? company.id : null });
      tokens.set(role, await signAccessToken({ userId: user.id, roles: [role], companyId: user.companyId }, t.env.jwtSecret, 600));
    }
    doc = parseOpenApi(await (await t.call('GET', '/api/openapi.json')).json());
  });
  afterAll(async () => {
    await t.close();
  });

  it('documents every /api route of the app, each with an access rule', () => {
    const documented = new Set(doc.operations.map((op) => `${op.method.toUpperCase()} ${op.path.replace(/\{([^}]+)\}/g, ':$1')}`));
    const registered = new Set(
      t.app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path.slice('/api'.length)}`),
    );
    const undocumented = [...registered].filter((r) => !documented.has(r) && !UNDOCUMENTED_ROUTES.has(r));
    expect(undocumented).toEqual([]);
    expect(doc.operations.filter((op) => op.access === undefined).map(key)).toEqual([]);
    expect(doc.operations.length).toBeGreaterThan(40);
  });

  it('declares public access only on the routes in the public allow-list', () => {
    const publicRoutes = doc.operations.filter((op) => op.access === 'public').map(key);
    expect(publicRoutes.filter((r) => !PUBLIC_ROUTES.has(r))).toEqual([]);
  });

  it('refuses callers the route does not allow (401 anonymous, 403 wrong role) and lets the allowed ones through', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const op of doc.operations) {
      const access = op.access ?? 'public';
      const { path, body } = requestFor(op);
      for (const caller of CALLERS) {
        const token = caller === 'anonymous' ? undefined : tokens.get(caller);
        const res = await t.call(op.method.toUpperCase(), path, { body, token });
        await res.arrayBuffer();
        checked += 1;
        const want = allowed(caller, access);
        if (!want) {
          const expected = caller === 'anonymous' ? 401 : 403;
          if (res.status !== expected) failures.push(`${key(op)} as ${caller}: expected ${expected}, got ${res.status}`);
        } else if (res.status === 401 || (res.status === 403 && !FORBIDDEN_BY_CONTENT[key(op)]) || res.status >= 500) {
          failures.push(`${key(op)} as ${caller}: allowed by x-access ${JSON.stringify(access)}, got ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(doc.operations.length * CALLERS.length);
  });

  it('classifies every route that takes an id as owner-checked or open to all its allowed callers', () => {
    const withIds = doc.operations.filter((op) => op.parameters.some((p) => p.in === 'path')).map(key);
    const classified = new Set([...Object.keys(OWNERSHIP_ROUTES), ...Object.keys(UNOWNED_ID_ROUTES)]);
    expect(withIds.filter((r) => !classified.has(r))).toEqual([]);
  });

  it("refuses another user's ids (403 or 404; never the row, never a change to it)", async () => {
    const cases = await buildOwnershipCases(t);
    const failures: string[] = [];
    for (const c of cases) {
      const res = await t.call(c.method, c.path, { body: c.body, token: c.token });
      const text = await res.text();
      if (res.status === 403 || res.status === 404) continue;
      const harm = c.okWhenUntouched && res.status >= 200 && res.status < 300 ? await c.okWhenUntouched.untouched() : 'not refused';
      if (harm !== null) failures.push(`${c.route} (${c.who}): expected 403/404, got ${res.status} ${text.slice(0, 120)} — ${harm}`);
    }
    expect(failures).toEqual([]);
    expect(new Set(cases.map((c) => c.route))).toEqual(new Set(Object.keys(OWNERSHIP_ROUTES)));
  });
});
