import { createComplaint } from '@wuxie/prisma/factories';
import { complaintFiguresSchema, complaintPageSchema, chinaDate, type ComplaintSummary } from '@wuxie/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { containing } from '../../../test/matchers';
import { actOk, errorOf, file, login, toResolved, world } from './complaints.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ COMPLAINT_DAILY_LIMIT: '50' });
});
afterAll(() => closeTestApp(t));

async function ledger(token: string, query: string) {
  const res = await t.call('GET', `/api/complaints/ledger?${query}`, { token });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return complaintPageSchema.parse(await res.json());
}

async function allPages(token: string, query: string): Promise<ComplaintSummary[]> {
  const items: ComplaintSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await ledger(token, `${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe('the ledger (台账)', () => {
  it('pages through every filtered complaint once, newest first, with ties on createdAt broken by id', async () => {
    const w = await world(t);
    const at = new Date('2025-03-04T02:00:00Z');
    const made = [];
    for (let i = 0; i < 7; i++)
      made.push(
        await createComplaint(t.db, {
          communityId: w.community.id,
          residentId: w.resident.id,
          createdAt: i < 4 ? at : new Date(at.getTime() + i * 60_000),
        }),
      );
    const items = await allPages(w.staff.token, `communityId=${w.community.id}`);
    expect(items.map((c) => c.id)).toEqual(
      [...made].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id).map((c) => c.id),
    );
    expect(items[0]?.residentName).toEqual(expect.any(String));
  });

  it('filters by status, category, company, date range and overdue', async () => {
    const w = await world(t);
    const late = await createComplaint(t.db, {
      communityId: w.community.id,
      category: 'noise',
      createdAt: new Date('2025-05-06T01:00:00Z'),
      acceptDueAt: new Date('2025-05-07T01:00:00Z'),
    });
    const onTime = await createComplaint(t.db, {
      communityId: w.community.id,
      category: 'noise',
      createdAt: new Date('2025-05-08T01:00:00Z'),
      acceptDueAt: new Date(Date.now() + 86_400_000),
    });
    await createComplaint(t.db, {
      communityId: w.community.id,
      category: 'parking',
      createdAt: new Date('2025-05-09T01:00:00Z'),
      acceptDueAt: new Date(Date.now() + 2 * 86_400_000),
    });
    const ids = async (q: string) => (await allPages(w.staff.token, `companyId=${w.company.id}&${q}`)).map((c) => c.id);
    expect(await ids('category=noise')).toEqual([onTime.id, late.id]);
    expect(await ids('overdue=true')).toEqual([late.id]);
    expect(await ids('category=noise&overdue=false')).toEqual([onTime.id]);
    expect(await ids('from=2025-05-06&to=2025-05-06')).toEqual([late.id]);
    expect(await ids('status=submitted&order=due')).toEqual([late.id, onTime.id].concat(await ids('category=parking')));
    expect(await ids(`q=${late.number}`)).toEqual([late.id]);
    const [first] = (await ledger(w.staff.token, `companyId=${w.company.id}&overdue=true`)).items;
    expect(first?.overdue).toBe('accept');
  });

  it('searches titles for the text typed, % and _ taken literally rather than as wildcards', async () => {
    const w = await world(t);
    const percent = await createComplaint(t.db, { communityId: w.community.id, title: '物业费上涨100%不合理' });
    const underscore = await createComplaint(t.db, { communityId: w.community.id, title: '门禁卡_补办' });
    await createComplaint(t.db, { communityId: w.community.id, title: '物业费上涨1000元' });
    await createComplaint(t.db, { communityId: w.community.id, title: '门禁卡x补办' });
    const ids = async (q: string) =>
      (await allPages(w.staff.token, `communityId=${w.community.id}&q=${encodeURIComponent(q)}`)).map((c) => c.id);
    expect(await ids('100%')).toEqual([percent.id]);
    expect(await ids('卡_补')).toEqual([underscore.id]);
    expect(await ids('%')).toEqual([percent.id]);
  });

  it('refuses bad filters with messages naming them, and is for staff only', async () => {
    const w = await world(t);
    for (const [q, message] of [
      ['status=lost', '投诉状态不正确'],
      ['from=2025-13', '开始日期应为 YYYY-MM-DD 格式的日期'],
      ['from=2025-06-02&to=2025-06-01', '开始日期不能晚于结束日期'],
      ['order=due', '按期限排序时请先选择状态'],
      ['limit=1000', '每页最多 100 条'],
      ['overdue=maybe', '只看超时'],
    ] as const) {
      const error = await errorOf(await t.call('GET', `/api/complaints/ledger?${q}`, { token: w.staff.token }));
      expect(error.status, q).toBe(422);
      expect(error.message, q).toContain(message);
    }
    expect((await t.call('GET', '/api/complaints/ledger', { token: w.companyAdmin.token })).status).toBe(403);
    expect((await t.call('GET', '/api/complaints/ledger', { token: w.resident.token })).status).toBe(403);
  });

  it('exports the filtered ledger as an Excel sheet with masked phones', async () => {
    const w = await world(t);
    const a = await file(t, w.resident, w.community.id, { category: 'fees' });
    await file(t, w.resident, w.community.id, { category: 'repair' });
    const res = await t.call('GET', `/api/complaints/ledger/export?communityId=${w.community.id}&category=fees`, { token: w.staff.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('投诉台账');
    expect(sheet?.rowCount).toBe(2);
    const row = sheet?.getRow(2).values as unknown[];
    expect(row).toEqual(expect.arrayContaining([a.number, '收费', '待受理', '138****5678']));
  });
});

describe('the figures', () => {
  it('counts received, accepted, closed, overdue, reply time, reopen rate and satisfaction with its denominator, per company and category', async () => {
    const w = await world(t);
    const other = await world(t);
    const today = chinaDate(new Date());
    const before = complaintFiguresSchema.parse(
      await readJson(await t.call('GET', `/api/complaints/figures?from=${today}&to=${today}`, { token: w.staff.token })),
    );

    const satisfied = await toResolved(t, w, { category: 'repair' });
    await actOk(t, w.resident, satisfied.id, { action: 'follow_up', satisfaction: 'satisfied' });
    const unhappy = await toResolved(t, w, { category: 'repair' });
    await actOk(t, w.resident, unhappy.id, { action: 'follow_up', satisfaction: 'unsatisfied', comment: '没有修好' });
    const pending = await file(t, other.resident, other.community.id, { category: 'noise' });
    await t.db.complaint.update({ where: { id: pending.id }, data: { acceptDueAt: new Date(Date.now() - 60_000) } });
    await actOk(t, w.staff, (await file(t, w.resident, w.community.id)).id, { action: 'reject', reason: '不属于物业服务范围' });

    const after = complaintFiguresSchema.parse(
      await readJson(await t.call('GET', `/api/complaints/figures?from=${today}&to=${today}`, { token: w.staff.token })),
    );
    expect(after.received - before.received).toBe(4);
    expect(after.accepted - before.accepted).toBe(2);
    expect(after.closed - before.closed).toBe(1);
    expect(after.rejected - before.rejected).toBe(1);
    expect(after.overdue - before.overdue).toBe(1);
    expect(after.satisfaction.denominator - before.satisfaction.denominator).toBe(2);
    expect(after.satisfaction.numerator - before.satisfaction.numerator).toBe(1);
    expect(after.reopenRate.denominator - before.reopenRate.denominator).toBe(2);
    expect(after.avgReplyHours).toEqual(expect.any(Number));
    const card = after.byCompany.find((c) => c.companyId === w.company.id);
    expect(card).toMatchObject({
      companyName: w.company.name,
      received: 3,
      closed: 1,
      satisfaction: { numerator: 1, denominator: 2, rate: 0.5 },
    });
    expect(after.byCompany.find((c) => c.companyId === other.company.id)).toMatchObject({
      received: 1,
      overdue: 1,
      satisfaction: { denominator: 0, rate: null },
    });
    expect(after.byCategory.find((c) => c.category === 'repair')?.received).toBeGreaterThanOrEqual(2);
  });

  it('refuses a reversed or missing period', async () => {
    const staff = await login(t, ['staff']);
    expect(
      await errorOf(await t.call('GET', '/api/complaints/figures?from=2025-02-01&to=2025-01-01', { token: staff.token })),
    ).toMatchObject({ status: 422, message: containing('开始日期不能晚于结束日期') });
    expect((await t.call('GET', '/api/complaints/figures', { token: staff.token })).status).toBe(422);
  });
});

describe('community picker', () => {
  it('finds communities by name with the company that handles them', async () => {
    const w = await world(t);
    const res = await t.call('GET', `/api/complaints/communities?q=${encodeURIComponent(w.community.name.slice(0, 4))}`, {
      token: w.resident.token,
    });
    expect(await res.json()).toEqual(
      expect.arrayContaining([{ id: w.community.id, name: w.community.name, district: w.community.district, companyName: w.company.name }]),
    );
  });
});
