import { generateCreditCode, randomRandom } from '@wuxie/prisma/factories';
import ExcelJS from 'exceljs';
import type { TestApp } from '../../../test/test-app';

export { person, staffMember, tokenOf } from '../activities/activities.test-kit';

const random = randomRandom();

/** A fresh valid unified social credit code (GB 32100 check character). */
export function validCreditCode(): string {
  return generateCreditCode(random);
}

/** The same code with its check character changed: 18 legal characters, wrong check. */
export function withWrongCheck(code: string): string {
  const last = code.charAt(17);
  return code.slice(0, 17) + (last === '0' ? '1' : '0');
}

let seq = 0;
/** A company name no other test uses. */
export function uniqueName(what = '物业服务有限公司'): string {
  seq += 1;
  return `淮南市测试${Date.now().toString(36)}${seq}${what}`;
}

/** An .xlsx with the given sheets: a header row and then the rows as given (row 2 onwards). */
export async function workbook(sheets: { name: string; header: string[]; rows: (string | number | null)[][] }[]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name);
    sheet.addRow(s.header);
    for (const r of s.rows) sheet.addRow(r);
  }
  const buffer = await book.xlsx.writeBuffer();
  return buffer;
}

/** Uploads a file to the import route as multipart/form-data. */
export function uploadImport(t: TestApp, token: string, file: ArrayBuffer | Blob, filename = '会员单位.xlsx'): Promise<Response> {
  const form = new FormData();
  form.set('file', file instanceof Blob ? file : new Blob([file]), filename);
  return Promise.resolve(
    t.app.request('/api/members/import', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } }),
  );
}
