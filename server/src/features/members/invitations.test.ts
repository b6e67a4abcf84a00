import { createCompany, createUser } from '@wuxie/prisma/factories';
import { INVITATION_CODE_ALPHABET, invitationListSchema, invitationSchema, redeemResultSchema, sessionSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { person } from './members.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

async function companyWithAdmin() {
  const company = await createCompany(t.db);
  const admin = await person(t, { roles: ['worker', 'company_admin'], companyId: company.id });
  return { company, admin };
}

async function newCode(token: string, body: Record<string, unknown> = {}) {
  const res = await t.call('POST', '/api/company/invitations', { token, body });
  expect(res.status).toBe(201);
  return invitationSchema.parse(await readJson(res));
}

const redeem = (token: string, code: string) => t.call('POST', '/api/invitations/redeem', { token, body: { code } });

describe('invitation codes', () => {
  it('gives a company admin an 8-character code from the unambiguous alphabet, with expiry and uses', async () => {
    const { company, admin } = await companyWithAdmin();
    const before = Date.now();
    const code = await newCode(admin.token, { maxUses: 3, validDays: 2 });
    expect(code.code).toMatch(new RegExp(`^[${INVITATION_CODE_ALPHABET}]{8}$`));
    expect(code).toMatchObject({ maxUses: 3, usedCount: 0, state: 'active', revokedAt: null });
    expect(Date.parse(code.expiresAt) - before).toBeGreaterThanOrEqual(2 * 86_400_000 - 1000);
    const stored = await t.db.invitationCode.findUniqueOrThrow({ where: { code: code.code } });
    expect(stored).toMatchObject({ companyId: company.id, createdById: admin.user.id });
    const codes = await Promise.all(Array.from({ length: 20 }, () => newCode(admin.token)));
    expect(new Set(codes.map((c) => c.code)).size).toBe(20);
  });

  it('lets neither a worker nor staff create codes (403), and visitors get 401', async () => {
    const { company } = await companyWithAdmin();
    const worker = await person(t, { roles: ['worker'], companyId: company.id });
    const staff = await person(t, { roles: ['staff'] });
    expect((await t.call('POST', '/api/company/invitations', { token: worker.token, body: {} })).status).toBe(403);
    expect((await t.call('POST', '/api/company/invitations', { token: staff.token, body: {} })).status).toBe(403);
    expect((await t.call('POST', '/api/company/invitations', { body: {} })).status).toBe(401);
  });

  it('binds a user to the company as a worker, and a refreshed session carries the new role and company', async () => {
    const { company, admin } = await companyWithAdmin();
    const code = await newCode(admin.token);
    await createUser(t.db, { username: `bind-${code.code}`, password: 'secret-123', roles: ['resident'] });
    const login = sessionSchema.parse(
      await readJson(await t.call('POST', '/api/auth/login/password', { body: { username: `bind-${code.code}`, password: 'secret-123' } })),
    );
    expect(login.user.company).toBeNull();

    const res = await redeem(login.accessToken, ` ${code.code.slice(0, 4).toLowerCase()}-${code.code.slice(4)} `);
    expect(res.status).toBe(200);
    const result = redeemResultSchema.parse(await readJson(res));
    expect(result).toMatchObject({ company: { id: company.id, name: company.name }, roles: ['resident', 'worker'], refreshSession: true });

    const refreshed = sessionSchema.parse(
      await readJson(await t.call('POST', '/api/auth/refresh', { body: { refreshToken: login.refreshToken } })),
    );
    expect(refreshed.user.roles).toEqual(['resident', 'worker']);
    expect(refreshed.user.company).toEqual({ id: company.id, name: company.name });
    expect((await t.db.invitationCode.findUniqueOrThrow({ where: { code: code.code } })).usedCount).toBe(1);
    expect(await t.db.auditLog.count({ where: { action: 'invitation.redeem', actorId: login.user.id } })).toBe(1);
  });

  it('never gives out more uses than the code has, even when many people press at once', async () => {
    const { admin } = await companyWithAdmin();
    const code = await newCode(admin.token, { maxUses: 3 });
    await t.db.invitationCode.update({ where: { code: code.code }, data: { usedCount: 2 } });
    const people = await Promise.all(Array.from({ length: 12 }, () => person(t, { roles: ['resident'] })));
    const answers = await Promise.all(people.map((p) => redeem(p.token, code.code)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    const refused = await Promise.all(answers.filter((r) => r.status === 409).map((r) => readJson(r)));
    expect(new Set(refused.map((b) => b.message))).toEqual(new Set(['邀请码的使用次数已用完，请向本单位管理员索取新的邀请码']));
    expect((await t.db.invitationCode.findUniqueOrThrow({ where: { code: code.code } })).usedCount).toBe(3);
    expect(await t.db.user.count({ where: { id: { in: people.map((p) => p.user.id) }, companyId: { not: null } } })).toBe(1);
  });

  it('refuses an expired, a revoked and an unknown code with messages that say which, and uses nothing', async () => {
    const { admin } = await companyWithAdmin();
    const worker = await person(t, { roles: ['resident'] });
    const expired = await newCode(admin.token);
    await t.db.invitationCode.update({ where: { code: expired.code }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expiredRes = await redeem(worker.token, expired.code);
    expect(expiredRes.status).toBe(409);
    expect((await readJson(expiredRes)).message).toBe('邀请码已过期，请向本单位管理员索取新的邀请码');

    const revoked = await newCode(admin.token);
    const revokeRes = await t.call('POST', `/api/company/invitations/${revoked.id}/revoke`, { token: admin.token });
    expect(invitationSchema.parse(await readJson(revokeRes)).state).toBe('revoked');
    expect((await readJson(await redeem(worker.token, revoked.code))).message).toBe('邀请码已被管理员作废，请向本单位管理员索取新的邀请码');

    const unknown = await redeem(worker.token, '23456789');
    expect(unknown.status).toBe(409);
    expect((await readJson(unknown)).message).toContain('邀请码不存在');
    const malformed = await redeem(worker.token, 'ABC10');
    expect(malformed.status).toBe(422);
    expect((await readJson(malformed)).message).toContain('邀请码应为 8 位，当前为 5 位');

    const rows = await t.db.invitationCode.findMany({ where: { code: { in: [expired.code, revoked.code] } } });
    expect(rows.map((r) => r.usedCount)).toEqual([0, 0]);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: worker.user.id } })).companyId).toBeNull();
  });

  it('refuses someone already bound to a company, and gives the use back', async () => {
    const { admin } = await companyWithAdmin();
    const other = await createCompany(t.db);
    const bound = await person(t, { roles: ['worker'], companyId: other.id });
    const code = await newCode(admin.token, { maxUses: 1 });
    const res = await redeem(bound.token, code.code);
    expect(res.status).toBe(409);
    expect((await readJson(res)).message).toBe(`您已绑定“${other.name}”，如已离职请先请原单位管理员解绑`);
    expect((await t.db.invitationCode.findUniqueOrThrow({ where: { code: code.code } })).usedCount).toBe(0);
  });

  it('limits redeem attempts per person (429 after ten a minute)', async () => {
    const guesser = await person(t, { roles: ['resident'] });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await redeem(guesser.token, `2345678${INVITATION_CODE_ALPHABET.charAt(i)}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 409)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('shows a company admin only their own company’s codes, and another company’s code cannot be revoked', async () => {
    const a = await companyWithAdmin();
    const b = await companyWithAdmin();
    const codeA = await newCode(a.admin.token);
    await newCode(b.admin.token);
    const listB = invitationListSchema.parse(await readJson(await t.call('GET', '/api/company/invitations', { token: b.admin.token })));
    expect(listB.items.map((i) => i.code)).not.toContain(codeA.code);
    expect(listB.items).toHaveLength(1);
    const res = await t.call('POST', `/api/company/invitations/${codeA.id}/revoke`, { token: b.admin.token });
    expect(res.status).toBe(404);
    expect((await t.db.invitationCode.findUniqueOrThrow({ where: { id: codeA.id } })).revokedAt).toBeNull();
  });
});
