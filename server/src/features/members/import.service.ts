import type { PrismaClient } from '@wuxie/prisma';
import {
  MEMBER_IMPORT_MAX_ROWS,
  MEMBER_IMPORT_SHEETS,
  communityInputSchema,
  companyInputSchema,
  isValidCreditCode,
  parseCompanyType,
  parseMembershipLevel,
  type MemberImportResult,
  type MemberImportRow,
  type MemberImportSheet,
} from '@wuxie/shared';
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/errors';
import { companyConflict } from './companies.service';
import { headerColumns, rowTexts } from './excel-cells.rules';
import { writeAudit, type Actor } from '../../lib/audit';
import { isUniqueViolation } from '../../lib/db-errors';

const COMPANY = MEMBER_IMPORT_SHEETS.companies;
const COMMUNITY = MEMBER_IMPORT_SHEETS.communities;
const REQUIRED: Record<MemberImportSheet, string[]> = {
  companies: [COMPANY.headers.name, COMPANY.headers.creditCode, COMPANY.headers.type],
  communities: [COMMUNITY.headers.name],
};

type Action = 'created' | 'updated' | 'unchanged';
interface SheetRows<K extends string> {
  sheet: ExcelJS.Worksheet;
  rows: { n: number; cells: Record<K, string> }[];
}

/** Which of our two tables a worksheet holds, judged by its header row (sheet names may be changed). */
function kindOf(columns: Map<string, number>): MemberImportSheet | null {
  if (columns.has(COMPANY.headers.creditCode)) return 'companies';
  if (columns.has(COMMUNITY.headers.name)) return 'communities';
  return null;
}

function readRows<K extends string>(sheet: ExcelJS.Worksheet, headers: Record<K, string>, columns: Map<string, number>): SheetRows<K> {
  const rows: SheetRows<K>['rows'] = [];
  for (let n = 2; n <= sheet.rowCount; n += 1) {
    const cells = rowTexts(sheet.getRow(n), headers, columns);
    if (Object.values<string>(cells).some((v) => v !== '')) rows.push({ n, cells });
  }
  return { sheet, rows };
}

async function loadWorkbook(file: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('BAD_REQUEST', '无法读取文件：请上传 Excel（.xlsx）文件，可先下载导入模板填写');
  }
  let companies: SheetRows<keyof typeof COMPANY.headers> | null = null;
  let communities: SheetRows<keyof typeof COMMUNITY.headers> | null = null;
  for (const sheet of book.worksheets) {
    const columns = headerColumns(sheet);
    const kind = kindOf(columns);
    if (!kind) continue;
    const missing = REQUIRED[kind].filter((h) => !columns.has(h));
    if (missing.length) throw new AppError('BAD_REQUEST', `工作表“${sheet.name}”第 1 行缺少列：${missing.join('、')}。请使用导入模板`);
    if (kind === 'companies' && !companies) companies = readRows(sheet, COMPANY.headers, columns);
    if (kind === 'communities' && !communities) communities = readRows(sheet, COMMUNITY.headers, columns);
  }
  if (!companies && !communities) {
    throw new AppError(
      'BAD_REQUEST',
      `没有找到可导入的工作表：第 1 行应有“${COMPANY.headers.creditCode}”（会员单位）或“${COMMUNITY.headers.name}”（小区）列。请使用导入模板`,
    );
  }
  const total = (companies?.rows.length ?? 0) + (communities?.rows.length ?? 0);
  if (total > MEMBER_IMPORT_MAX_ROWS)
    throw new AppError('BAD_REQUEST', `一次最多导入 ${MEMBER_IMPORT_MAX_ROWS} 行，这个文件有 ${total} 行，请分批导入`);
  return { companies, communities };
}

const issuesText = (issues: readonly { message: string }[]) => issues.map((i) => i.message).join('；');

async function importCompanyRows(db: PrismaClient, input: SheetRows<keyof typeof COMPANY.headers>, out: MemberImportRow[]): Promise<void> {
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, number>();
  for (const { n, cells } of input.rows) {
    const report = (ok: boolean, action: Action | null, message: string) =>
      out.push({ sheet: 'companies', row: n, name: cells.name, ok, action, message: ok ? message : `第 ${n} 行：${message}` });
    const problems: string[] = [];
    const type = parseCompanyType(cells.type);
    if (!cells.type) problems.push('请填写单位类型（国有、民营、本地或外地进驻）');
    else if (!type) problems.push(`单位类型“${cells.type}”无法识别，应为国有、民营、本地或外地进驻`);
    const level = cells.level ? parseMembershipLevel(cells.level) : undefined;
    if (level === null) problems.push(`会员等级“${cells.level}”无法识别，应为会长单位、副会长单位、理事单位或会员单位`);
    const parsed = companyInputSchema.safeParse({ ...cells, type: type ?? 'private', level: level ?? 'member' });
    if (!parsed.success) problems.unshift(issuesText(parsed.error.issues));
    if (problems.length || !parsed.success) {
      report(false, null, problems.join('；'));
      continue;
    }
    const data = parsed.data;
    const sameCode = seenCodes.get(data.creditCode);
    const sameName = seenNames.get(data.name);
    if (sameCode) {
      report(false, null, `统一社会信用代码与第 ${sameCode} 行重复`);
      continue;
    }
    if (sameName) {
      report(false, null, `单位名称与第 ${sameName} 行重复`);
      continue;
    }
    seenCodes.set(data.creditCode, n);
    seenNames.set(data.name, n);
    // Blank optional cells keep what is on file; the level defaults to 会员单位 only for new companies.
    const changes = {
      name: data.name,
      type: data.type,
      ...(level ? { level } : {}),
      ...(cells.contactName ? { contactName: data.contactName } : {}),
      ...(cells.contactPhone ? { contactPhone: data.contactPhone } : {}),
      ...(cells.address ? { address: data.address } : {}),
    };
    try {
      const existing = await db.company.findUnique({
        where: { creditCode: data.creditCode },
        select: { id: true, name: true, type: true, level: true, contactName: true, contactPhone: true, address: true },
      });
      if (!existing) {
        await db.company.create({ data: { ...data, intro: '' }, select: { id: true } });
        report(true, 'created', '已新增');
      } else if (Object.entries(changes).every(([k, v]) => existing[k as keyof typeof existing] === v)) {
        report(true, 'unchanged', '已存在，内容相同');
      } else {
        await db.company.update({ where: { id: existing.id }, data: changes, select: { id: true } });
        report(true, 'updated', '已更新');
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      report(false, null, (await companyConflict(db, data)).message);
    }
  }
}

async function resolveCompany(db: PrismaClient, text: string): Promise<number | null> {
  const code = text.toUpperCase();
  const where = code.length === 18 && isValidCreditCode(code) ? { creditCode: code } : { name: text };
  return (await db.company.findFirst({ where, select: { id: true } }))?.id ?? null;
}

async function importCommunityRows(
  db: PrismaClient,
  input: SheetRows<keyof typeof COMMUNITY.headers>,
  out: MemberImportRow[],
): Promise<void> {
  const seen = new Map<string, number>();
  for (const { n, cells } of input.rows) {
    const report = (ok: boolean, action: Action | null, message: string) =>
      out.push({ sheet: 'communities', row: n, name: cells.name, ok, action, message: ok ? message : `第 ${n} 行：${message}` });
    const companyId = cells.company ? await resolveCompany(db, cells.company) : null;
    const parsed = communityInputSchema.safeParse({ name: cells.name, district: cells.district, address: cells.address, companyId });
    const problems = parsed.success ? [] : [issuesText(parsed.error.issues)];
    if (cells.company && companyId === null)
      problems.push(`管理单位“${cells.company}”不存在，请填写已登记单位的统一社会信用代码或全称（可在“会员单位”表中一并导入）`);
    if (problems.length || !parsed.success) {
      report(false, null, problems.join('；'));
      continue;
    }
    const data = parsed.data;
    const key = `${data.district}\u0000${data.name}`;
    const same = seen.get(key);
    if (same) {
      report(false, null, `与第 ${same} 行是同一个小区（名称和区县相同）`);
      continue;
    }
    seen.set(key, n);
    const changes = { ...(cells.address ? { address: data.address } : {}), ...(cells.company ? { companyId: data.companyId } : {}) };
    const existing = await db.community.findUnique({
      where: { name_district: { name: data.name, district: data.district } },
      select: { id: true, address: true, companyId: true },
    });
    if (!existing) {
      // Upsert, so a sheet imported twice at once still yields one row per community.
      await db.community.upsert({
        where: { name_district: { name: data.name, district: data.district } },
        create: data,
        update: {},
        select: { id: true },
      });
      report(true, 'created', '已新增');
    } else if (Object.entries(changes).every(([k, v]) => existing[k as keyof typeof existing] === v)) {
      report(true, 'unchanged', '已存在，内容相同');
    } else {
      await db.community.update({ where: { id: existing.id }, data: changes, select: { id: true } });
      report(true, 'updated', '已更新');
    }
  }
}

function tally(rows: MemberImportRow[], sheet: MemberImportSheet) {
  const mine = rows.filter((r) => r.sheet === sheet);
  const count = (action: Action) => mine.filter((r) => r.action === action).length;
  return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: mine.filter((r) => !r.ok).length };
}

/**
 * Imports companies (upserted by credit code) and then communities (by name + district, their
 * managing company found by credit code or full name, so one workbook can bring both). Each row
 * stands alone: a bad row is reported with its row number and the good ones are saved.
 */
export async function importMembers(db: PrismaClient, actor: Actor, file: ArrayBuffer): Promise<MemberImportResult> {
  const sheets = await loadWorkbook(file);
  const rows: MemberImportRow[] = [];
  if (sheets.companies) await importCompanyRows(db, sheets.companies, rows);
  if (sheets.communities) await importCommunityRows(db, sheets.communities, rows);
  const result = { companies: tally(rows, 'companies'), communities: tally(rows, 'communities'), rows };
  await writeAudit(db, actor, {
    action: 'members.import',
    entity: 'import',
    entityId: actor.userId,
    detail: { companies: result.companies, communities: result.communities },
  });
  return result;
}

/** The import template: both sheets with their header rows and pick-lists for type and level. */
export async function importTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '物协通';
  const companies = book.addWorksheet(COMPANY.name);
  const h = COMPANY.headers;
  companies.columns = [
    { header: h.name, key: 'name', width: 34 },
    { header: h.creditCode, key: 'creditCode', width: 22 },
    { header: h.type, key: 'type', width: 10 },
    { header: h.level, key: 'level', width: 12 },
    { header: h.contactName, key: 'contactName', width: 10 },
    { header: h.contactPhone, key: 'contactPhone', width: 16 },
    { header: h.address, key: 'address', width: 40 },
  ];
  companies.getCell('B1').note = '18 位，按 GB 32100 校验；已存在的代码会更新该单位';
  companies.getCell('D1').note = '不填时新单位为“会员单位”，已有单位保持不变';
  for (let r = 2; r <= 501; r += 1) {
    companies.getCell(`C${r}`).dataValidation = { type: 'list', allowBlank: false, formulae: ['"国有,民营,本地,外地进驻"'] };
    companies.getCell(`D${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"会长单位,副会长单位,理事单位,会员单位"'] };
    companies.getCell(`B${r}`).numFmt = '@';
    companies.getCell(`F${r}`).numFmt = '@';
  }
  const communities = book.addWorksheet(COMMUNITY.name);
  const c = COMMUNITY.headers;
  communities.columns = [
    { header: c.name, key: 'name', width: 24 },
    { header: c.district, key: 'district', width: 12 },
    { header: c.address, key: 'address', width: 40 },
    { header: c.company, key: 'company', width: 34 },
  ];
  communities.getCell('D1').note = '填写统一社会信用代码或单位全称；可以是同一文件“会员单位”表中的单位';
  for (const sheet of [companies, communities]) {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
