import { createCompany, createUser } from '@wuxie/prisma/factories';
import { companyAdminChangeSchema, companyWorkerListSchema, invitationSchema, sessionSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { containing } from '../../../test/matchers';
import { openActivity } from '../activities/activities.test-kit';
import { actOk, file, world } from '../complaints/complaints.test-kit';
import { person, staffMember } from './members.test-kit';

let t: TestApp;
let staff: { token: string };
beforeAll(async () => {
  t = await createTestApp();
  staff = await staffMember(t);
});
afterAll(() => closeTestApp(t));

let phoneSeq = 0;
/** An 11-digit mobile number no other test in this file uses. */
function uniquePhone(): string {
  phoneSeq += 1;
  return `19${String(Date.now() % 1e6).padStart(6, '0')}${String(phoneSeq).padStart(3, '0')}`;
}

/** A person with a password account, logged in: their session (access + refresh token). */
async function loggedIn(overrides: Parameters<typeof createUser>[1]) {
  const username = `adm-${Date.now().toString(36)}-${++phoneSeq}`;
  const user = await createUser(t.db, { ...overrides, username, password: 'secret-123' });
  const res = await t.call('POST', '/api/auth/login/password', { body: { username, password: 'secret-123' } });
  expect(res.status).toBe(200);
  return { user, session: sessionSchema.parse(await readJson(res)) };
}

async function refreshed(refreshToken: string) {
  const res = await t.call('POST', '/api/auth/refresh', { body: { refreshToken } });
  expect(res.status).toBe(200);
  return sessionSchema.parse(await readJson(res));
}

const grant = (companyId: number, body: unknown, token = staff.token) =>
  t.call('POST', `/api/companies/${companyId}/admins`, { token, body });
const revoke = (companyId: number, userId: number, token = staff.token) =>
  t.call('DELETE', `/api/companies/${companyId}/admins/${userId}`, { token });

describe('staff appoint a company admin', () => {
  it('makes a bound worker the admin; after the session refresh they run the company desk', async () => {
    const company = await createCompany(t.db);
    const { user, session } = await loggedIn({ roles: ['worker'], companyId: company.id });
    expect((await t.call('GET', '/api/company/invitations', { token: session.accessToken })).status).toBe(403);

    const res = await grant(company.id, { userId: user.id });
    expect(res.status).toBe(200);
    const result = companyAdminChangeSchema.parse(await readJson(res));
    expect(result).toMatchObject({
      company: { id: company.id },
      changed: true,
      roles: ['worker', 'company_admin'],
      person: { id: user.id, isAdmin: true },
    });
    expect(result.message).toContain('登录状态刷新后生效');
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      companyId: company.id,
      roles: ['worker', 'company_admin'],
    });
    const log = await t.db.auditLog.findFirstOrThrow({ where: { action: 'company_admin.grant', entityId: String(company.id) } });
    expect(log.detail).toMatchObject({
      userId: user.id,
      by: 'userId',
      boundNow: false,
      rolesBefore: ['worker'],
      rolesAfter: ['worker', 'company_admin'],
    });

    // The access token still carries the old roles until it is refreshed; the refreshed one opens the desk.
    const fresh = await refreshed(session.refreshToken);
    expect(fresh.user.roles).toContain('company_admin');
    const created = await t.call('POST', '/api/company/invitations', { token: fresh.accessToken, body: { maxUses: 2 } });
    expect(created.status).toBe(201);
    const code = invitationSchema.parse(await readJson(created));
    expect((await t.db.invitationCode.findUniqueOrThrow({ where: { code: code.code } })).companyId).toBe(company.id);
    const workers = companyWorkerListSchema.parse(
      await readJson(await t.call('GET', '/api/company/workers', { token: fresh.accessToken })),
    );
    expect(workers.items.map((w) => w.id)).toEqual([user.id]);
  });

  it('finds an unbound person by phone and binds them to the company as worker and admin', async () => {
    const company = await createCompany(t.db);
    const phone = uniquePhone();
    const resident = await createUser(t.db, { roles: ['resident'], phone });
    const res = await grant(company.id, { phone });
    expect(res.status).toBe(200);
    expect(companyAdminChangeSchema.parse(await readJson(res))).toMatchObject({
      changed: true,
      roles: ['resident', 'worker', 'company_admin'],
      person: { id: resident.id },
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: resident.id } })).toMatchObject({
      companyId: company.id,
      roles: ['resident', 'worker', 'company_admin'],
    });
    const log = await t.db.auditLog.findFirstOrThrow({ where: { action: 'company_admin.grant', entityId: String(company.id) } });
    expect(log.detail).toMatchObject({ userId: resident.id, by: 'phone', boundNow: true });
  });

  it('says clearly when nobody, or more than one account, has the phone number, or when the person belongs to another company', async () => {
    const company = await createCompany(t.db);
    const nobody = await grant(company.id, { phone: uniquePhone() });
    expect(nobody.status).toBe(404);
    expect(await readJson(nobody)).toMatchObject({ message: containing('请对方先登录物协通并绑定手机号') });

    const shared = uniquePhone();
    await createUser(t.db, { phone: shared });
    await createUser(t.db, { phone: shared });
    const twice = await grant(company.id, { phone: shared });
    expect(twice.status).toBe(409);
    expect(await readJson(twice)).toMatchObject({ message: containing('请从本单位人员中选择') });

    const other = await createCompany(t.db);
    const elsewhere = await createUser(t.db, { roles: ['worker'], companyId: other.id });
    const res = await grant(company.id, { userId: elsewhere.id });
    expect(res.status).toBe(409);
    expect(await readJson(res)).toMatchObject({ message: containing(`已绑定“${other.name}”`) });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: elsewhere.id } })).toMatchObject({ companyId: other.id, roles: ['worker'] });

    expect((await grant(company.id, {})).status).toBe(422);
    expect((await grant(company.id, { userId: elsewhere.id, phone: shared })).status).toBe(422);
    expect((await grant(999_999, { userId: elsewhere.id })).status).toBe(404);
  });

  it('answers "already the admin" without a second change or audit row', async () => {
    const company = await createCompany(t.db);
    const admin = await createUser(t.db, { roles: ['worker', 'company_admin'], companyId: company.id });
    const res = await grant(company.id, { userId: admin.id });
    expect(res.status).toBe(200);
    expect(companyAdminChangeSchema.parse(await readJson(res))).toMatchObject({ changed: false, roles: ['worker', 'company_admin'] });
    expect(await t.db.auditLog.count({ where: { action: 'company_admin.grant', entityId: String(company.id) } })).toBe(0);
  });

  it('is for staff only: a company admin cannot appoint or revoke admins, of another company or their own', async () => {
    const [mine, theirs] = [await createCompany(t.db), await createCompany(t.db)];
    const admin = await person(t, { roles: ['worker', 'company_admin'], companyId: mine.id });
    const theirWorker = await createUser(t.db, { roles: ['worker'], companyId: theirs.id });
    const theirAdmin = await createUser(t.db, { roles: ['worker', 'company_admin'], companyId: theirs.id });
    const myWorker = await createUser(t.db, { roles: ['worker'], companyId: mine.id });
    expect((await grant(theirs.id, { userId: theirWorker.id }, admin.token)).status).toBe(403);
    expect((await grant(mine.id, { userId: myWorker.id }, admin.token)).status).toBe(403);
    expect((await revoke(theirs.id, theirAdmin.id, admin.token)).status).toBe(403);
    expect((await t.call('GET', `/api/companies/${theirs.id}/people`, { token: admin.token })).status).toBe(403);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: theirWorker.id } })).roles).toEqual(['worker']);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: theirAdmin.id } })).roles).toContain('company_admin');
    expect((await t.call('POST', `/api/companies/${mine.id}/admins`, { body: { userId: myWorker.id } })).status).toBe(401);
  });

  it('keeps an appointed admin to their own company: the desk lists only its people and cannot touch another company’s codes or workers', async () => {
    const [mine, theirs] = [await createCompany(t.db), await createCompany(t.db)];
    const { user, session } = await loggedIn({ roles: ['worker'], companyId: mine.id });
    expect((await grant(mine.id, { userId: user.id })).status).toBe(200);
    const token = (await refreshed(session.refreshToken)).accessToken;
    const theirWorker = await createUser(t.db, { roles: ['worker'], companyId: theirs.id });
    const theirAdmin = await person(t, { roles: ['worker', 'company_admin'], companyId: theirs.id });
    const theirCode = invitationSchema.parse(
      await readJson(await t.call('POST', '/api/company/invitations', { token: theirAdmin.token, body: {} })),
    );

    const workers = companyWorkerListSchema.parse(await readJson(await t.call('GET', '/api/company/workers', { token })));
    expect(workers.items.map((w) => w.id)).toEqual([user.id]);
    expect((await t.call('POST', `/api/company/invitations/${theirCode.id}/revoke`, { token })).status).toBe(404);
    expect((await t.call('POST', `/api/company/workers/${theirWorker.id}/unbind`, { token })).status).toBe(404);
    expect(await t.db.invitationCode.findUniqueOrThrow({ where: { id: theirCode.id } })).toMatchObject({ revokedAt: null });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: theirWorker.id } })).toMatchObject({ companyId: theirs.id });
  });
});

describe('staff revoke a company admin', () => {
  it('takes every company-admin power away at once, even from the access token issued before; the refreshed session no longer holds the role', async () => {
    const company = await createCompany(t.db);
    const { user, session } = await loggedIn({ roles: ['worker', 'company_admin'], companyId: company.id });
    const worker = await createUser(t.db, { roles: ['worker'], companyId: company.id });
    const activity = await openActivity(t.db);
    const bulkSignUp = (token: string) =>
      t.call('POST', `/api/activities/${activity.id}/company-registrations`, { token, body: { people: [{ userId: worker.id }] } });
    expect((await t.call('GET', '/api/company/invitations', { token: session.accessToken })).status).toBe(200);

    const res = await revoke(company.id, user.id);
    expect(res.status).toBe(200);
    expect(companyAdminChangeSchema.parse(await readJson(res))).toMatchObject({
      changed: true,
      roles: ['worker'],
      person: { id: user.id, isAdmin: false },
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ companyId: company.id, roles: ['worker'] });
    const log = await t.db.auditLog.findFirstOrThrow({ where: { action: 'company_admin.revoke', entityId: String(company.id) } });
    expect(log.detail).toMatchObject({ userId: user.id, rolesBefore: ['worker', 'company_admin'], rolesAfter: ['worker'] });

    // Immediately, with the old token still claiming the role: every company-admin feature asks the database.
    for (const [method, path, body] of [
      ['GET', '/api/company/invitations', undefined],
      ['POST', '/api/company/invitations', {}],
      ['GET', '/api/company/workers', undefined],
      ['GET', `/api/activities/${activity.id}/company-candidates`, undefined],
      ['GET', '/api/company/registrations', undefined],
      ['GET', '/api/complaints/desk', undefined],
    ] as const) {
      const refused = await t.call(method, path, { token: session.accessToken, body });
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(await readJson(refused)).toMatchObject({ message: containing('您已不是该单位的企业管理员') });
    }
    const registering = await bulkSignUp(session.accessToken);
    expect(registering.status).toBe(403);
    expect(await t.db.registration.count({ where: { activityId: activity.id } })).toBe(0);

    const fresh = await refreshed(session.refreshToken);
    expect(fresh.user.roles).toEqual(['worker']);
    expect(fresh.user.company?.id).toBe(company.id);
    expect((await t.call('GET', '/api/complaints/desk', { token: fresh.accessToken })).status).toBe(403);
    expect((await t.call('GET', '/api/company/invitations', { token: fresh.accessToken })).status).toBe(403);
  });

  it('no longer lets a revoked admin’s old token open or act on the company’s complaints', async () => {
    const w = await world(t);
    const { user, session } = await loggedIn({ roles: ['worker', 'company_admin'], companyId: w.company.id });
    const complaint = await file(t, w.resident, w.community.id);
    await actOk(t, w.staff, complaint.id, { action: 'accept', note: '已受理' });
    await actOk(t, w.staff, complaint.id, { action: 'assign' });
    expect((await t.call('GET', `/api/complaints/${complaint.id}`, { token: session.accessToken })).status).toBe(200);

    expect((await revoke(w.company.id, user.id)).status).toBe(200);
    expect((await t.call('GET', `/api/complaints/${complaint.id}`, { token: session.accessToken })).status).toBe(404);
    const reply = await t.call('POST', `/api/complaints/${complaint.id}/actions`, {
      token: session.accessToken,
      body: { action: 'reply', reply: '已安排维保单位检修并更换主板。' },
    });
    expect(reply.status).toBe(404);
    expect((await t.db.complaint.findUniqueOrThrow({ where: { id: complaint.id } })).status).toBe('assigned');
  });

  it('refuses (404) someone who is not that company’s admin', async () => {
    const [company, other] = [await createCompany(t.db), await createCompany(t.db)];
    const worker = await createUser(t.db, { roles: ['worker'], companyId: company.id });
    const otherAdmin = await createUser(t.db, { roles: ['worker', 'company_admin'], companyId: other.id });
    expect((await revoke(company.id, worker.id)).status).toBe(404);
    expect((await revoke(company.id, otherAdmin.id)).status).toBe(404);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: otherAdmin.id } })).roles).toContain('company_admin');
  });
});

describe('staff see a company’s people', () => {
  it('lists the people bound to the company with who is admin, phones masked', async () => {
    const company = await createCompany(t.db);
    const admin = await createUser(t.db, { roles: ['worker', 'company_admin'], companyId: company.id, phone: '13812345678' });
    const worker = await createUser(t.db, { roles: ['worker'], companyId: company.id });
    await createUser(t.db, { roles: ['worker'], companyId: (await createCompany(t.db)).id });
    const res = await t.call('GET', `/api/companies/${company.id}/people`, { token: staff.token });
    expect(res.status).toBe(200);
    const list = companyWorkerListSchema.parse(await readJson(res));
    expect(list.total).toBe(2);
    expect(list.items.map((p) => [p.id, p.isAdmin])).toEqual([
      [admin.id, true],
      [worker.id, false],
    ]);
    expect(list.items[0]?.phone).toBe('138****5678');
    const admins = companyWorkerListSchema.parse(
      await readJson(await t.call('GET', `/api/companies/${company.id}/people?admins=true`, { token: staff.token })),
    );
    expect(admins.items.map((p) => p.id)).toEqual([admin.id]);
    expect((await t.call('GET', '/api/companies/999999/people', { token: staff.token })).status).toBe(404);
  });
});
