import { createCompany } from '@wuxie/prisma/factories';
import { MEMBER_IMPORT_SHEETS, memberImportResultSchema } from '@wuxie/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestApp, createTestApp, readJson, type TestApp } from '../../../test/test-app';
import { person, staffMember, uniqueName, uploadImport, validCreditCode, withWrongCheck, workbook } from './members.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => closeTestApp(t));

const C = MEMBER_IMPORT_SHEETS.companies;
const K = MEMBER_IMPORT_SHEETS.communities;
const companyHeader = [
  C.headers.name,
  C.headers.creditCode,
  C.headers.type,
  C.headers.level,
  C.headers.contactName,
  C.headers.contactPhone,
  C.headers.address,
];
const communityHeader = [K.headers.name, K.headers.district, K.headers.address, K.headers.company];

async function importFile(token: string, file: ArrayBuffer) {
  const res = await uploadImport(t, token, file);
  expect(res.status).toBe(200);
  return memberImportResultSchema.parse(await readJson(res));
}

describe('importing companies and communities from Excel', () => {
  it('saves the good rows and reports each bad row with its row number and reason', async () => {
    const staff = await staffMember(t);
    const good1 = { name: uniqueName(), code: validCreditCode() };
    const good2 = { name: uniqueName(), code: validCreditCode() };
    const taken = await createCompany(t.db);
    const file = await workbook([
      {
        name: C.name,
        header: companyHeader,
        rows: [
          [good1.name, good1.code, '民营', '理事单位', '李经理', '13800138000', '田家庵区 1 号'], // row 2
          [uniqueName(), withWrongCheck(validCreditCode()), '国有', '', '', '', ''], // row 3: check character
          [uniqueName(), validCreditCode(), '集体', '', '', '', ''], // row 4: unknown type
          [], // row 5: blank, skipped
          [good2.name, good2.code.toLowerCase(), '外地进驻', '', '', '0554-6661234', ''], // row 6
          [uniqueName(), good1.code, '本地', '', '', '', ''], // row 7: same code as row 2
          [taken.name, validCreditCode(), '本地', '', '', '', ''], // row 8: name taken by a company on file
          ['', validCreditCode(), '本地', '会员', '', '12345', ''], // row 9: no name, bad phone
        ],
      },
    ]);
    const result = await importFile(staff.token, file);
    expect(result.companies).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 5 });
    expect(result.rows.map((r) => [r.row, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [6, true],
      [7, false],
      [8, false],
      [9, false],
    ]);
    const message = (row: number) => result.rows.find((r) => r.row === row)?.message ?? '';
    expect(message(3)).toBe('第 3 行：统一社会信用代码校验位不正确，请核对是否有输错的字符');
    expect(message(4)).toBe('第 4 行：单位类型“集体”无法识别，应为国有、民营、本地或外地进驻');
    expect(message(7)).toBe('第 7 行：统一社会信用代码与第 2 行重复');
    expect(message(8)).toContain(`单位名称“${taken.name}”已被另一家单位`);
    expect(message(9)).toContain('单位名称至少 4 个字');
    expect(message(9)).toContain('联系电话应为');
    const saved = await t.db.company.findMany({ where: { creditCode: { in: [good1.code, good2.code] } }, orderBy: { id: 'asc' } });
    expect(saved.map((c) => [c.name, c.type, c.level])).toEqual([
      [good1.name, 'private', 'director'],
      [good2.name, 'outside', 'member'],
    ]);
    expect(await t.db.auditLog.count({ where: { action: 'members.import', actorId: staff.user.id } })).toBe(1);
  });

  it('does not duplicate anything when the same sheet is imported again, and updates changed rows', async () => {
    const staff = await staffMember(t);
    const company = { name: uniqueName(), code: validCreditCode() };
    const estate = uniqueName('家园');
    const sheets = (level: string) => [
      { name: C.name, header: companyHeader, rows: [[company.name, company.code, '国有', level, '', '', '']] },
      {
        name: K.name,
        header: communityHeader,
        rows: [
          [estate, '大通区', '大通路 2 号', company.code],
          [`${estate}二期`, '大通区', '', company.name],
        ],
      },
    ];
    const first = await importFile(staff.token, await workbook(sheets('会员单位')));
    expect(first.companies.created).toBe(1);
    expect(first.communities).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 });
    const again = await importFile(staff.token, await workbook(sheets('会员单位')));
    expect(again.companies).toEqual({ created: 0, updated: 0, unchanged: 1, failed: 0 });
    expect(again.communities).toEqual({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    const changed = await importFile(staff.token, await workbook(sheets('副会长单位')));
    expect(changed.companies).toEqual({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    const row = await t.db.company.findUniqueOrThrow({ where: { creditCode: company.code }, include: { communities: true } });
    expect(row.level).toBe('vice_president');
    expect(row.communities.map((c) => c.name).sort()).toEqual([estate, `${estate}二期`].sort());
    expect(await t.db.company.count({ where: { name: company.name } })).toBe(1);
    expect(await t.db.community.count({ where: { name: { startsWith: estate } } })).toBe(2);
  });

  it('reports a community whose managing company is unknown, or that repeats an earlier row', async () => {
    const staff = await staffMember(t);
    const estate = uniqueName('名苑');
    const result = await importFile(
      staff.token,
      await workbook([
        {
          name: '小区',
          header: communityHeader,
          rows: [
            [estate, '潘集区', '', '淮南市并不存在的物业公司'],
            [estate, '潘集区', '', ''],
            [`${estate}B`, '潘集区', '', ''],
            [`${estate}B`, '潘集区', '', ''],
          ],
        },
      ]),
    );
    expect(result.rows.map((r) => [r.row, r.ok, r.action])).toEqual([
      [2, false, null],
      [3, true, 'created'],
      [4, true, 'created'],
      [5, false, null],
    ]);
    expect(result.rows[0]?.message).toBe(
      '第 2 行：管理单位“淮南市并不存在的物业公司”不存在，请填写已登记单位的统一社会信用代码或全称（可在“会员单位”表中一并导入）',
    );
    expect(result.rows[3]?.message).toBe('第 5 行：与第 4 行是同一个小区（名称和区县相同）');
  });

  it('serves a template whose header rows the import reads back', async () => {
    const staff = await staffMember(t);
    const res = await t.call('GET', '/api/members/import-template.xlsx', { token: staff.token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([C.name, K.name]);
    expect(book.worksheets[0]?.getRow(1).values).toEqual([undefined, ...companyHeader]);
    const name = uniqueName();
    const code = validCreditCode();
    const sheet = book.getWorksheet(C.name);
    if (!sheet) throw new Error('template has no company sheet');
    sheet.getRow(2).getCell(1).value = name;
    sheet.getRow(2).getCell(2).value = code;
    sheet.getRow(2).getCell(3).value = '本地';
    const filled = await book.xlsx.writeBuffer();
    const result = await importFile(staff.token, filled);
    expect(result.companies.created).toBe(1);
    expect(result.rows).toHaveLength(1);
    expect(await t.db.company.count({ where: { creditCode: code, name } })).toBe(1);
  });

  it('refuses a file that is not Excel (400), a sheet without the columns (400) and a non-multipart body (415)', async () => {
    const staff = await staffMember(t);
    const notExcel = await uploadImport(t, staff.token, new Blob(['名称,代码\n一,二']), 'members.csv');
    expect(notExcel.status).toBe(400);
    expect((await readJson(notExcel)).message).toContain('请上传 Excel（.xlsx）文件');
    const noColumns = await uploadImport(
      t,
      staff.token,
      await workbook([{ name: 'Sheet1', header: ['名称', '电话'], rows: [['某公司', '1']] }]),
    );
    expect(noColumns.status).toBe(400);
    expect((await readJson(noColumns)).message).toContain('没有找到可导入的工作表');
    const missing = await uploadImport(
      t,
      staff.token,
      await workbook([{ name: C.name, header: [C.headers.name, C.headers.creditCode], rows: [] }]),
    );
    expect((await readJson(missing)).message).toContain(`缺少列：${C.headers.type}`);
    const json = await t.call('POST', '/api/members/import', { token: staff.token, body: {} });
    expect(json.status).toBe(415);
  });

  it('is for staff only', async () => {
    const admin = await person(t, { roles: ['company_admin'], companyId: (await createCompany(t.db)).id });
    const file = await workbook([{ name: C.name, header: companyHeader, rows: [[uniqueName(), validCreditCode(), '本地']] }]);
    expect((await uploadImport(t, admin.token, file)).status).toBe(403);
    expect((await t.call('GET', '/api/members/import-template.xlsx', { token: admin.token })).status).toBe(403);
  });
});
