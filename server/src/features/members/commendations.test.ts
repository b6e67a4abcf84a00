import { createCompany, createUser } from '@wuxie/prisma/factories';
import { commendationListSchema, commendationSchema, companyDetailSchema } from '@wuxie/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { person, staffMember } from './members.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

describe('commendations', () => {
  it('records 优秀会员单位 by year and shows it on the company’s page', async () => {
    const staff = await staffMember(t);
    const company = await createCompany(t.db);
    const res = await t.call('POST', '/api/commendations', {
      token: staff.token,
      body: { year: 2024, kind: 'excellent_company', companyId: company.id, note: '2024年度优秀会员单位' },
    });
    expect(res.status).toBe(201);
    const saved = commendationSchema.parse(await readJson(res));
    expect(saved).toMatchObject({ year: 2024, kind: 'excellent_company', company: { id: company.id, name: company.name }, user: null });
    expect((await t.db.commendation.findUniqueOrThrow({ where: { id: saved.id } })).subject).toBe(`company:${company.id}`);
    const reader = await person(t, { roles: ['resident'] });
    const page = companyDetailSchema.parse(await readJson(await t.call('GET', `/api/companies/${company.id}`, { token: reader.token })));
    expect(page.details?.commendations).toEqual([{ id: saved.id, year: 2024, kind: 'excellent_company', note: '2024年度优秀会员单位' }]);
    expect(await t.db.auditLog.count({ where: { action: 'commendation.create', entityId: String(saved.id) } })).toBe(1);
  });

  it('records 优秀通讯员 for a person and shows it on their own profile', async () => {
    const staff = await staffMember(t);
    const writer = await person(t, { roles: ['worker', 'correspondent'], companyId: (await createCompany(t.db)).id });
    expect(
      (
        await t.call('POST', '/api/commendations', {
          token: staff.token,
          body: { year: 2023, kind: 'excellent_correspondent', userId: writer.user.id },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.call('POST', '/api/commendations', {
          token: staff.token,
          body: { year: 2024, kind: 'excellent_correspondent', userId: writer.user.id },
        })
      ).status,
    ).toBe(201);
    const mine = commendationListSchema.parse(await readJson(await t.call('GET', '/api/me/commendations', { token: writer.token })));
    expect(mine.items.map((c) => [c.year, c.kind, c.user?.id])).toEqual([
      [2024, 'excellent_correspondent', writer.user.id],
      [2023, 'excellent_correspondent', writer.user.id],
    ]);
    const someoneElse = await person(t, { roles: ['resident'] });
    expect(
      commendationListSchema.parse(await readJson(await t.call('GET', '/api/me/commendations', { token: someoneElse.token }))).items,
    ).toEqual([]);
  });

  it('refuses the same commendation twice in a year (409) — for companies and for people', async () => {
    const staff = await staffMember(t);
    const company = await createCompany(t.db);
    const writer = await createUser(t.db, { roles: ['correspondent'] });
    for (const body of [
      { year: 2024, kind: 'excellent_company', companyId: company.id },
      { year: 2024, kind: 'excellent_correspondent', userId: writer.id },
    ]) {
      expect((await t.call('POST', '/api/commendations', { token: staff.token, body })).status).toBe(201);
      const again = await t.call('POST', '/api/commendations', { token: staff.token, body });
      expect(again.status).toBe(409);
      expect((await readJson(again)).message).toMatch(/^2024 年已将“.+”评为优秀(会员单位|通讯员)，无需重复登记$/);
    }
    expect(await t.db.commendation.count({ where: { OR: [{ companyId: company.id }, { userId: writer.id }] } })).toBe(2);
  });

  it('is held by the database too: a duplicate or a subject that disagrees with the id columns is refused', async () => {
    const company = await createCompany(t.db);
    const row = { year: 2022, kind: 'excellent_company' as const, companyId: company.id, subject: `company:${company.id}` };
    await t.db.commendation.create({ data: row });
    await expect(t.db.commendation.create({ data: row })).rejects.toThrow(/Unique constraint/);
    await expect(t.db.commendation.create({ data: { ...row, year: 2021, subject: 'company:1' } })).rejects.toThrow(
      /Commendation_subject_check/,
    );
    await expect(t.db.commendation.create({ data: { ...row, year: 2021, userId: company.id } })).rejects.toThrow(
      /Commendation_subject_check/,
    );
    expect(await t.db.commendation.count({ where: { companyId: company.id } })).toBe(1);
  });

  it('checks the input: a company award needs a company, a person award a person, and they must exist', async () => {
    const staff = await staffMember(t);
    const noCompany = await t.call('POST', '/api/commendations', {
      token: staff.token,
      body: { year: 2024, kind: 'excellent_company', userId: 1 },
    });
    expect(noCompany.status).toBe(422);
    expect((await readJson(noCompany)).issues).toEqual([
      { path: 'companyId', message: '优秀会员单位请选择受表彰的单位' },
      { path: 'userId', message: '优秀会员单位表彰的是单位，不要填写个人' },
    ]);
    const missing = await t.call('POST', '/api/commendations', {
      token: staff.token,
      body: { year: 2024, kind: 'excellent_correspondent', userId: 2_000_000_000 },
    });
    expect(missing.status).toBe(422);
    expect((await readJson(missing)).message).toBe('所选人员不存在，请重新选择');
    const badYear = await t.call('POST', '/api/commendations', {
      token: staff.token,
      body: { year: 1999, kind: 'excellent_company', companyId: 1 },
    });
    expect((await readJson(badYear)).issues).toEqual([{ path: 'year', message: '年度不能早于 2000 年' }]);
  });

  it('lists by year and kind for staff, lets staff withdraw one, and keeps others out', async () => {
    const staff = await staffMember(t);
    const company = await createCompany(t.db);
    const created = commendationSchema.parse(
      await readJson(
        await t.call('POST', '/api/commendations', {
          token: staff.token,
          body: { year: 2019, kind: 'excellent_company', companyId: company.id },
        }),
      ),
    );
    const list = commendationListSchema.parse(
      await readJson(await t.call('GET', '/api/commendations?year=2019&kind=excellent_company', { token: staff.token })),
    );
    expect(list.items.map((c) => c.id)).toEqual([created.id]);
    const admin = await person(t, { roles: ['company_admin'], companyId: company.id });
    expect(
      (
        await t.call('POST', '/api/commendations', {
          token: admin.token,
          body: { year: 2019, kind: 'excellent_company', companyId: company.id },
        })
      ).status,
    ).toBe(403);
    expect((await t.call('DELETE', `/api/commendations/${created.id}`, { token: admin.token })).status).toBe(403);
    expect((await t.call('DELETE', `/api/commendations/${created.id}`, { token: staff.token })).status).toBe(200);
    expect(await t.db.commendation.count({ where: { id: created.id } })).toBe(0);
    expect((await t.call('DELETE', `/api/commendations/${created.id}`, { token: staff.token })).status).toBe(404);
  });

  it('lists a range of years (a desk period that spans two), and says what is wrong with a range', async () => {
    const staff = await staffMember(t);
    const company = await createCompany(t.db);
    const make = (year: number) =>
      t.db.commendation.create({ data: { year, kind: 'excellent_company', companyId: company.id, subject: `company:${company.id}` } });
    const [y2010, y2011] = [await make(2010), await make(2011)];
    await make(2012);
    const list = commendationListSchema.parse(
      await readJson(await t.call('GET', `/api/commendations?year=2010&yearTo=2011&companyId=${company.id}`, { token: staff.token })),
    );
    expect(list.items.map((c) => c.id)).toEqual([y2011.id, y2010.id]);
    const noStart = await t.call('GET', '/api/commendations?yearTo=2011', { token: staff.token });
    expect(noStart.status).toBe(422);
    expect((await readJson(noStart)).issues).toEqual([{ path: 'year', message: '填写截止年度时请同时填写起始年度 year' }]);
    const reversed = await t.call('GET', '/api/commendations?year=2012&yearTo=2011', { token: staff.token });
    expect((await readJson(reversed)).issues).toEqual([{ path: 'yearTo', message: '截止年度不能早于起始年度' }]);
  });

  it('finds people by name for staff to pick, phones masked', async () => {
    const staff = await staffMember(t);
    const name = `通讯员${Date.now().toString(36)}`;
    const writer = await createUser(t.db, { roles: ['correspondent'], name, phone: '13700001111' });
    const found = await readJson(await t.call('GET', `/api/members/people?q=${encodeURIComponent(name)}`, { token: staff.token }));
    expect(found.items).toEqual([{ id: writer.id, name, phone: '137****1111', companyName: null }]);
  });
});
