import type { PrismaClient } from '@wuxie/prisma';
import {
  EXAM_RESULT_LABELS,
  REGISTRATION_STATUS_LABELS,
  examScoreSchema,
  formatChinaStamp,
  parseExamResultLabel,
  readExtraFields,
  type ResultImport,
} from '@wuxie/shared';
import ExcelJS from 'exceljs';
import { AppError } from '../../lib/errors';
import type { Actor } from '../../lib/audit';
import { recordResult } from './results.service';
import { loadRoster } from './roster.service';

/** Column headers the import reads back; the export writes them in this wording. */
export const ROSTER_HEADERS = { id: '报名编号', name: '姓名', result: '考试结果', score: '分数' } as const;

const stamp = (iso: string | null) => (iso ? formatChinaStamp(new Date(iso)) : '');

/** The roster as an .xlsx: one row per registration with state, company, extra fields, check-in and result. */
export async function exportRoster(db: PrismaClient, activityId: number, now: Date): Promise<{ filename: string; body: Buffer }> {
  const roster = await loadRoster(db, activityId, {}, now);
  const activity = await db.activity.findUniqueOrThrow({ where: { id: activityId }, select: { extraFields: true } });
  const fields = readExtraFields(activity.extraFields);
  const book = new ExcelJS.Workbook();
  book.creator = '物协通';
  const sheet = book.addWorksheet('报名名单');
  sheet.columns = [
    { header: ROSTER_HEADERS.id, key: 'id', width: 10 },
    { header: ROSTER_HEADERS.name, key: 'name', width: 12 },
    { header: '手机号', key: 'phone', width: 14 },
    { header: '单位', key: 'company', width: 28 },
    { header: '状态', key: 'status', width: 10 },
    { header: '候补位次', key: 'position', width: 10 },
    ...fields.map((f) => ({ header: f.label, key: `extra.${f.key}`, width: f.kind === 'id_number' ? 22 : 16 })),
    { header: '报名时间', key: 'createdAt', width: 18 },
    { header: '代报名人', key: 'registeredBy', width: 12 },
    { header: '签到时间', key: 'checkedInAt', width: 18 },
    { header: ROSTER_HEADERS.result, key: 'result', width: 10 },
    { header: ROSTER_HEADERS.score, key: 'score', width: 8 },
    { header: '证书编号', key: 'certificateNo', width: 18 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of roster.items) {
    const row: Record<string, string | number> = {
      id: r.id,
      name: r.name,
      phone: r.phone ?? '',
      company: r.companyName ?? '',
      status: REGISTRATION_STATUS_LABELS[r.status],
      position: r.waitlistPosition ?? '',
      createdAt: stamp(r.createdAt),
      registeredBy: r.registeredByName ?? '',
      checkedInAt: stamp(r.checkedInAt),
      result: r.result ? EXAM_RESULT_LABELS[r.result] : '',
      score: r.score ?? '',
      certificateNo: r.certificateNo ?? '',
    };
    // ID numbers stay text: as numbers Excel would round them to 15 digits.
    for (const f of fields) row[`extra.${f.key}`] = r.extra[f.key] ?? '';
    sheet.addRow(row);
  }
  const body = Buffer.from(await book.xlsx.writeBuffer());
  return { filename: `报名名单-${activityId}.xlsx`, body };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result);
    // A link: ExcelJS types its text as a string, but it holds the cell's own value, so a link over
    // rich text reads back as { text: { richText }, hyperlink } (and over a formula, as its result).
    if ('text' in value) return cellText(value.text);
    if (value instanceof Date) return value.toISOString();
    return '';
  }
  return String(value).trim();
}

/**
 * Reads results back from the exported roster. Rows are matched by 报名编号 and cross-checked by
 * 姓名; rows without a result are left alone; each row succeeds or fails on its own.
 */
export async function importResults(
  db: PrismaClient,
  actor: Actor,
  activityId: number,
  file: ArrayBuffer,
  now: Date,
): Promise<ResultImport> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('BAD_REQUEST', '无法读取文件：请上传从本系统导出的 Excel（.xlsx）名单');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new AppError('BAD_REQUEST', 'Excel 文件里没有工作表');
  const header = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value), col));
  const missing = Object.values(ROSTER_HEADERS).filter((h) => !header.has(h));
  if (missing.length) throw new AppError('BAD_REQUEST', `Excel 第 1 行缺少列：${missing.join('、')}。请在导出的名单上填写后再导入`);
  const col = (name: string) => header.get(name) ?? 0;

  const rows: ResultImport['rows'] = [];
  let issued = 0;
  for (let n = 2; n <= sheet.rowCount; n += 1) {
    const row = sheet.getRow(n);
    const text = (name: string) => cellText(row.getCell(col(name)).value);
    const resultText = text(ROSTER_HEADERS.result);
    const name = text(ROSTER_HEADERS.name);
    if (!resultText) continue;
    const idText = text(ROSTER_HEADERS.id);
    const registrationId = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
    const fail = (message: string) => rows.push({ row: n, registrationId, name, ok: false, message, certificateNo: null });
    const result = parseExamResultLabel(resultText);
    if (registrationId === null) {
      fail(`第 ${n} 行的报名编号“${idText}”不正确`);
      continue;
    }
    if (!result) {
      fail(`第 ${n} 行的考试结果“${resultText}”无法识别，请填写“合格”或“不合格”`);
      continue;
    }
    const scoreText = text(ROSTER_HEADERS.score);
    const score = scoreText === '' ? null : examScoreSchema.safeParse(Number(scoreText));
    if (score && !score.success) {
      fail(`第 ${n} 行的分数“${scoreText}”不正确：${score.error.issues[0]?.message ?? '应为 0–100 的数字'}`);
      continue;
    }
    const owner = await db.registration.findFirst({
      where: { id: registrationId, activityId },
      select: { user: { select: { name: true } } },
    });
    if (!owner) {
      fail(`第 ${n} 行的报名编号 ${registrationId} 不属于本活动`);
      continue;
    }
    if (name && owner.user.name !== name) {
      fail(`第 ${n} 行姓名“${name}”与报名编号 ${registrationId} 的报名人“${owner.user.name}”不符`);
      continue;
    }
    try {
      const recorded = await recordResult(db, actor, registrationId, { result, score: score ? score.data : null }, now, activityId);
      if (recorded.issued) issued += 1;
      rows.push({
        row: n,
        registrationId,
        name: owner.user.name,
        ok: true,
        message: `已登记：${EXAM_RESULT_LABELS[result]}`,
        certificateNo: recorded.certificateNo,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      fail(`第 ${n} 行：${error.message}`);
    }
  }
  const updated = rows.filter((r) => r.ok).length;
  return { updated, certificatesIssued: issued, failed: rows.length - updated, rows };
}
