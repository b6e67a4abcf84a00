import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText } from './excel-cells.rules';

/** A cell's value as ExcelJS reads it back from a saved workbook. */
async function roundTrip(value: ExcelJS.CellValue): Promise<ExcelJS.CellValue> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('s').getCell('A1').value = value;
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await book.xlsx.writeBuffer());
  return back.worksheets[0]?.getCell('A1').value ?? null;
}

describe('cellText', () => {
  it('reads text, numbers, rich text, formula results and dates as a person typed them', async () => {
    expect(cellText(await roundTrip('  物业公司 '))).toBe('物业公司');
    expect(cellText(await roundTrip(42))).toBe('42');
    expect(cellText(await roundTrip({ richText: [{ text: '淮南', font: { bold: true } }, { text: '物业 ' }] }))).toBe('淮南物业');
    expect(cellText(await roundTrip({ formula: '1+1', result: 2 }))).toBe('2');
    expect(cellText(await roundTrip(new Date('2024-06-14T00:00:00Z')))).toBe('2024-06-14');
    expect(cellText(await roundTrip(null))).toBe('');
  });

  it('reads a link by its text, also when that text is rich text (pasted from a web page)', async () => {
    expect(cellText(await roundTrip({ text: '淮南物业', hyperlink: 'https://example.org/a' }))).toBe('淮南物业');
    // ExcelJS's types say a link's text is a string; a link over rich text reads back as { richText }.
    const richLink = { text: { richText: [{ text: '淮南', font: { bold: true } }, { text: '物业' }] }, hyperlink: 'https://example.org/b' };
    expect(await roundTrip(richLink as unknown as ExcelJS.CellValue)).toEqual(richLink);
    expect(cellText(await roundTrip(richLink as unknown as ExcelJS.CellValue))).toBe('淮南物业');
  });
});
