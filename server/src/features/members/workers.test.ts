import { createCompany, createUser } from '@wuxie/prisma/factories';
import { companyWorkerListSchema, meSchema } from '@wuxie/shared';
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

describe('a company admin manages the workers', () => {
  it('lists the people bound to their company, phones masked, and nobody else', async () => {
    const { company, admin } = await companyWithAdmin();
    const worker = await createUser(t.db, { roles: ['worker'], companyId: company.id, phone: '13912345678', name: '张测试员' });
    await createUser(t.db, { roles: ['worker'], companyId: (await createCompany(t.db)).id });
    const list = companyWorkerListSchema.parse(await readJson(await t.call('GET', '/api/company/workers', { token: admin.token })));
    expect(list.total).toBe(2);
    expect(list.items.map((w) => w.id)).toEqual([admin.user.id, worker.id]);
    expect(list.items[1]).toMatchObject({ name: '张测试员', phone: '139****5678', isAdmin: false, isSelf: false });
    expect(list.items[0]).toMatchObject({ isAdmin: true, isSelf: true });
    const search = companyWorkerListSchema.parse(
      await readJson(await t.call('GET', `/api/company/workers?q=${encodeURIComponent('张测试')}`, { token: admin.token })),
    );
    expect(search.items.map((w) => w.id)).toEqual([worker.id]);
  });

  it('unbinds a worker who left: company and worker role removed, audit row written, /me shows it', async () => {
    const { company, admin } = await companyWithAdmin();
    const leaver = await person(t, { roles: ['worker', 'correspondent'], companyId: company.id });
    const res = await t.call('POST', `/api/company/workers/${leaver.user.id}/unbind`, { token: admin.token });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ id: leaver.user.id, roles: ['correspondent'] });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: leaver.user.id } });
    expect(row).toMatchObject({ companyId: null, roles: ['correspondent'] });
    const log = await t.db.auditLog.findFirstOrThrow({ where: { action: 'worker.unbind', entityId: String(leaver.user.id) } });
    expect(log.actorId).toBe(admin.user.id);
    expect(log.detail).toMatchObject({ companyId: company.id, rolesBefore: ['worker', 'correspondent'] });
    const me = meSchema.parse(await readJson(await t.call('GET', '/api/me', { token: leaver.token })));
    expect(me.company).toBeNull();
  });

  it('leaves a worker with only that role as a resident', async () => {
    const { company, admin } = await companyWithAdmin();
    const leaver = await createUser(t.db, { roles: ['worker'], companyId: company.id });
    expect((await t.call('POST', `/api/company/workers/${leaver.id}/unbind`, { token: admin.token })).status).toBe(200);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: leaver.id } })).roles).toEqual(['resident']);
  });

  it('cannot unbind another company’s worker (404), themselves or another admin (409)', async () => {
    const { company, admin } = await companyWithAdmin();
    const stranger = await createUser(t.db, { roles: ['worker'], companyId: (await createCompany(t.db)).id });
    const res = await t.call('POST', `/api/company/workers/${stranger.id}/unbind`, { token: admin.token });
    expect(res.status).toBe(404);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: stranger.id } })).companyId).not.toBeNull();
    const self = await t.call('POST', `/api/company/workers/${admin.user.id}/unbind`, { token: admin.token });
    expect(self.status).toBe(409);
    const coAdmin = await createUser(t.db, { roles: ['worker', 'company_admin'], companyId: company.id });
    const other = await t.call('POST', `/api/company/workers/${coAdmin.id}/unbind`, { token: admin.token });
    expect(other.status).toBe(409);
    expect((await readJson(other)).message).toContain('企业管理员不能在这里解绑');
  });

  it('keeps workers out of the admin pages (403)', async () => {
    const { company } = await companyWithAdmin();
    const worker = await person(t, { roles: ['worker'], companyId: company.id });
    expect((await t.call('GET', '/api/company/workers', { token: worker.token })).status).toBe(403);
    expect((await t.call('GET', '/api/company/invitations', { token: worker.token })).status).toBe(403);
    expect((await t.call('POST', `/api/company/workers/${worker.user.id}/unbind`, { token: worker.token })).status).toBe(403);
  });

  it('refuses an admin whose account has no company (403 with a reason)', async () => {
    const admin = await person(t, { roles: ['company_admin'] });
    const res = await t.call('GET', '/api/company/workers', { token: admin.token });
    expect(res.status).toBe(403);
    expect((await readJson(res)).message).toContain('还没有绑定企业');
  });
});
