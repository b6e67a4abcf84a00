import { createCommunity, createCompany, createUser } from '@wuxie/prisma/factories';
import { companyDetailSchema, companyListSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { person, staffMember, uniqueName, validCreditCode, withWrongCheck } from './members.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const companyBody = (overrides: Record<string, unknown> = {}) => ({
  name: uniqueName(),
  creditCode: validCreditCode(),
  type: 'private',
  level: 'director',
  contactName: '王经理',
  contactPhone: '0554-6661234',
  address: '田家庵区洞山中路 1 号',
  ...overrides,
});

describe('the public company directory', () => {
  it('shows anyone only the public fields, with the number of communities managed', async () => {
    const company = await createCompany(t.db, { name: uniqueName(), level: 'president' });
    await createCommunity(t.db, { companyId: company.id });
    await createCommunity(t.db, { companyId: company.id });
    const res = await t.call('GET', `/api/companies?q=${encodeURIComponent(company.name)}`);
    expect(res.status).toBe(200);
    const body = await readJson(res);
    const items = body.items as Record<string, unknown>[];
    expect(items).toEqual([
      { id: company.id, name: company.name, type: company.type, level: 'president', address: company.address, communityCount: 2 },
    ]);
    expect(JSON.stringify(body)).not.toContain(company.creditCode);
    expect(JSON.stringify(body)).not.toContain(company.contactPhone);
  });

  it('gives anonymous visitors the card only; logged-in users also get contact, communities and commendations by year', async () => {
    const company = await createCompany(t.db, { name: uniqueName() });
    const community = await createCommunity(t.db, { companyId: company.id });
    await t.db.commendation.create({
      data: {
        year: 2023,
        kind: 'excellent_company',
        companyId: company.id,
        subject: `company:${company.id}`,
        note: '2023年度优秀会员单位',
      },
    });
    await t.db.commendation.create({
      data: { year: 2024, kind: 'excellent_company', companyId: company.id, subject: `company:${company.id}` },
    });

    const anonymous = companyDetailSchema.parse(await readJson(await t.call('GET', `/api/companies/${company.id}`)));
    expect(anonymous.details).toBeNull();
    expect(anonymous.name).toBe(company.name);
    expect(anonymous.communityCount).toBe(1);

    const resident = await person(t, { roles: ['resident'] });
    const seen = companyDetailSchema.parse(await readJson(await t.call('GET', `/api/companies/${company.id}`, { token: resident.token })));
    expect(seen.details).toMatchObject({
      creditCode: company.creditCode,
      contactName: company.contactName,
      contactPhone: company.contactPhone,
      workerCount: null,
    });
    expect(seen.details?.communities.map((c) => c.id)).toEqual([community.id]);
    expect(seen.details?.commendations.map((c) => c.year)).toEqual([2024, 2023]);
  });

  it('tells staff and the company’s own admin how many people are bound, but not other companies’ admins', async () => {
    const company = await createCompany(t.db, { name: uniqueName() });
    const admin = await person(t, { roles: ['worker', 'company_admin'], companyId: company.id });
    await createUser(t.db, { roles: ['worker'], companyId: company.id });
    const otherAdmin = await person(t, { roles: ['company_admin'], companyId: (await createCompany(t.db)).id });
    const staff = await staffMember(t);
    const count = async (token: string) =>
      companyDetailSchema.parse(await readJson(await t.call('GET', `/api/companies/${company.id}`, { token }))).details?.workerCount;
    expect(await count(staff.token)).toBe(2);
    expect(await count(admin.token)).toBe(2);
    expect(await count(otherAdmin.token)).toBeNull();
  });

  it('filters by type and level and pages through with a cursor without repeats', async () => {
    const name = uniqueName('filter');
    const made = [];
    for (const [type, level] of [
      ['outside', 'member'],
      ['outside', 'director'],
      ['local', 'member'],
      ['outside', 'member'],
      ['outside', 'president'],
    ] as const) {
      made.push(await createCompany(t.db, { name: `${name}${made.length}号物业`, type, level }));
    }
    const outside = companyListSchema.parse(
      await readJson(await t.call('GET', `/api/companies?q=${encodeURIComponent(name)}&type=outside`)),
    );
    expect(outside.items.map((c) => c.level)).toEqual(['president', 'director', 'member', 'member']);
    const members = companyListSchema.parse(
      await readJson(await t.call('GET', `/api/companies?q=${encodeURIComponent(name)}&level=member`)),
    );
    expect(members.items).toHaveLength(3);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/companies?q=${encodeURIComponent(name)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = companyListSchema.parse(await readJson(await t.call('GET', query)));
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(made.length);
    expect(new Set(seen).size).toBe(made.length);
  });

  it('treats % and _ in a search as text, not wildcards', async () => {
    const name = uniqueName('百分之100%物业');
    await createCompany(t.db, { name });
    const hit = companyListSchema.parse(await readJson(await t.call('GET', `/api/companies?q=${encodeURIComponent('100%物业')}`)));
    expect(hit.items.map((c) => c.name)).toContain(name);
    const none = companyListSchema.parse(await readJson(await t.call('GET', `/api/companies?q=${encodeURIComponent('%%%_不存在_')}`)));
    expect(none.items).toEqual([]);
  });

  it('refuses a search text with control characters (422), not a database error', async () => {
    const res = await t.call('GET', '/api/companies?q=%00abc');
    expect(res.status).toBe(422);
    expect((await readJson(res)).message).toContain('不可见字符');
  });
});

describe('staff maintain companies', () => {
  it('creates a company, normalising the credit code, and writes an audit row', async () => {
    const staff = await staffMember(t);
    const body = companyBody();
    const res = await t.call('POST', '/api/companies', {
      token: staff.token,
      body: { ...body, creditCode: ` ${body.creditCode.toLowerCase()} ` },
    });
    expect(res.status).toBe(201);
    const { id } = await readJson(res);
    const saved = await t.db.company.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(saved).toMatchObject({ name: body.name, creditCode: body.creditCode, type: 'private', level: 'director' });
    expect(await t.db.auditLog.count({ where: { action: 'company.create', entityId: String(id), actorId: staff.user.id } })).toBe(1);
  });

  it('refuses a credit code whose check character is wrong, naming the field (422)', async () => {
    const staff = await staffMember(t);
    const body = companyBody({ creditCode: withWrongCheck(validCreditCode()) });
    const res = await t.call('POST', '/api/companies', { token: staff.token, body });
    expect(res.status).toBe(422);
    const error = await readJson(res);
    expect(error.issues).toEqual([{ path: 'creditCode', message: '统一社会信用代码校验位不正确，请核对是否有输错的字符' }]);
    expect(await t.db.company.count({ where: { name: body.name } })).toBe(0);
  });

  it('refuses a credit code of the wrong length or with a letter the standard leaves out', async () => {
    const staff = await staffMember(t);
    const short = await readJson(
      await t.call('POST', '/api/companies', { token: staff.token, body: companyBody({ creditCode: '91340400MA2' }) }),
    );
    expect(short.issues).toEqual([{ path: 'creditCode', message: '统一社会信用代码应为 18 位，当前为 11 位' }]);
    const withO = await readJson(
      await t.call('POST', '/api/companies', { token: staff.token, body: companyBody({ creditCode: '91340400MA2O00000X' }) }),
    );
    expect((withO.issues as { message: string }[])[0]?.message).toContain('第 12 位“O”不是合法字符');
  });

  it('answers 409 with a Chinese message for a duplicate credit code or name, and saves nothing', async () => {
    const staff = await staffMember(t);
    const first = companyBody();
    expect((await t.call('POST', '/api/companies', { token: staff.token, body: first })).status).toBe(201);
    const sameCode = await t.call('POST', '/api/companies', { token: staff.token, body: companyBody({ creditCode: first.creditCode }) });
    expect(sameCode.status).toBe(409);
    expect((await readJson(sameCode)).message).toBe(`统一社会信用代码 ${first.creditCode} 已登记为“${first.name}”，不能重复添加`);
    const sameName = await t.call('POST', '/api/companies', { token: staff.token, body: companyBody({ name: first.name }) });
    expect(sameName.status).toBe(409);
    expect((await readJson(sameName)).message).toContain(`单位名称“${first.name}”已被另一家单位`);
    expect(await t.db.company.count({ where: { OR: [{ name: first.name }, { creditCode: first.creditCode }] } })).toBe(1);
  });

  it('edits a company; taking another company’s name is a 409 and an unknown id a 404', async () => {
    const staff = await staffMember(t);
    const [a, b] = [await createCompany(t.db), await createCompany(t.db)];
    const edit = companyBody({ creditCode: a.creditCode, level: 'vice_president' });
    expect((await t.call('PUT', `/api/companies/${a.id}`, { token: staff.token, body: edit })).status).toBe(200);
    expect(await t.db.company.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: edit.name, level: 'vice_president' });
    const clash = await t.call('PUT', `/api/companies/${a.id}`, {
      token: staff.token,
      body: companyBody({ name: b.name, creditCode: a.creditCode }),
    });
    expect(clash.status).toBe(409);
    expect((await readJson(clash)).message).toContain(b.name);
    expect((await t.call('PUT', '/api/companies/2147483000', { token: staff.token, body: companyBody() })).status).toBe(404);
  });

  it('lets only staff write: workers and company admins get 403, visitors 401', async () => {
    const company = await createCompany(t.db);
    const worker = await person(t, { roles: ['worker'], companyId: company.id });
    const admin = await person(t, { roles: ['company_admin'], companyId: company.id });
    for (const token of [worker.token, admin.token]) {
      expect((await t.call('POST', '/api/companies', { token, body: companyBody() })).status).toBe(403);
      expect(
        (await t.call('PUT', `/api/companies/${company.id}`, { token, body: companyBody({ creditCode: company.creditCode }) })).status,
      ).toBe(403);
    }
    expect((await t.call('POST', '/api/companies', { body: companyBody() })).status).toBe(401);
  });
});

describe('staff maintain communities', () => {
  it('creates, lists and moves a community to another managing company', async () => {
    const staff = await staffMember(t);
    const [a, b] = [await createCompany(t.db), await createCompany(t.db)];
    const body = { name: uniqueName('花园'), district: '田家庵区', address: '朝阳路 8 号', companyId: a.id };
    const res = await t.call('POST', '/api/communities', { token: staff.token, body });
    expect(res.status).toBe(201);
    const id = Number((await readJson(res)).id);
    const list = await readJson(await t.call('GET', `/api/communities?companyId=${a.id}`, { token: staff.token }));
    expect(list.items).toEqual([
      { id, name: body.name, district: '田家庵区', address: '朝阳路 8 号', company: { id: a.id, name: a.name } },
    ]);
    expect((await t.call('PUT', `/api/communities/${id}`, { token: staff.token, body: { ...body, companyId: b.id } })).status).toBe(200);
    expect((await t.db.community.findUniqueOrThrow({ where: { id } })).companyId).toBe(b.id);
    expect(await t.db.auditLog.count({ where: { entity: 'community', entityId: String(id) } })).toBe(2);
  });

  it('refuses the same name twice in one district (409) but allows it in another district', async () => {
    const staff = await staffMember(t);
    const name = uniqueName('小区');
    expect((await t.call('POST', '/api/communities', { token: staff.token, body: { name, district: '谢家集区' } })).status).toBe(201);
    const again = await t.call('POST', '/api/communities', { token: staff.token, body: { name, district: '谢家集区' } });
    expect(again.status).toBe(409);
    expect((await readJson(again)).message).toBe(`谢家集区已有名为“${name}”的小区，不能重复添加`);
    expect((await t.call('POST', '/api/communities', { token: staff.token, body: { name, district: '八公山区' } })).status).toBe(201);
  });

  it('refuses a managing company that does not exist (422 on companyId)', async () => {
    const staff = await staffMember(t);
    const res = await t.call('POST', '/api/communities', {
      token: staff.token,
      body: { name: uniqueName('苑'), companyId: 2_000_000_000 },
    });
    expect(res.status).toBe(422);
    expect((await readJson(res)).issues).toEqual([{ path: 'companyId', message: '管理单位不存在' }]);
  });
});
