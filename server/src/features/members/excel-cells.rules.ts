import type ExcelJS from 'exceljs';

/** The text of a cell as a person typed it: rich text joined, formulas by result, trimmed. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
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
    return '';
  }
  return String(value).trim();
}

/** Column numbers by header text (row 1), for the headers that are present. */
export function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    if (text && !columns.has(text)) columns.set(text, col);
  });
  return columns;
}

/** The texts of one row by field, from a header map; empty strings for missing columns. */
export function rowTexts<K extends string>(row: ExcelJS.Row, headers: Record<K, string>, columns: Map<string, number>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const [field, header] of Object.entries(headers) as [K, string][]) {
    const col = columns.get(header);
    out[field] = col ? cellText(row.getCell(col).value) : '';
  }
  return out;
}
