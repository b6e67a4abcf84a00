import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import { formatChinaStamp, type ReportSection, type WorkReport } from '@wuxie/shared';

// Chinese official-report look: 宋体 title, 黑体 headings, 仿宋 body with a two-character indent.
// Word picks the East Asian font from w:eastAsia, so every run names it (ascii for digits/Latin).
const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const SONG = font('宋体');
const HEI = font('黑体');
const FANGSONG = font('仿宋');
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };
const BODY_HALF_POINTS = 32; // 三号 (16 pt)
const TABLE_HALF_POINTS = 21; // 五号 (10.5 pt)

const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) =>
  new TextRun({ text, font: FANGSONG, size: BODY_HALF_POINTS, language: LANGUAGE, ...options });

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    indent: { firstLine: BODY_HALF_POINTS * 20 },
    spacing: { line: 560, lineRule: 'exact' },
    alignment: AlignmentType.JUSTIFIED,
  });
}

function cell(text: string, options: { bold?: boolean; width: number }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        children: [run(text, { size: TABLE_HALF_POINTS, bold: options.bold ?? false, font: options.bold ? HEI : FANGSONG })],
      }),
    ],
  });
}

/** The figures a section states, each with the list and request behind it. */
function sourcesTable(section: ReportSection): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell('指标', { bold: true, width: 22 }),
      cell('数值', { bold: true, width: 18 }),
      cell('数据来源（列表与查询）', { bold: true, width: 60 }),
    ],
  });
  const rows = section.figures.map(
    (f) =>
      new TableRow({
        children: [cell(f.label, { width: 22 }), cell(f.display, { width: 18 }), cell(`${f.link.list}（${f.link.api}）`, { width: 60 })],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

/** The work report as a Word document (.docx bytes). */
export async function renderReportDocx(report: WorkReport): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(report.title, { font: SONG, size: 44, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [
        run(`统计期间：${report.period.from} 至 ${report.period.to}\u3000生成时间：${formatChinaStamp(new Date(report.generatedAt))}`, {
          size: 24,
        }),
      ],
    }),
    bodyParagraph(report.intro),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(section.heading, { font: HEI })] }));
    for (const text of section.paragraphs) children.push(bodyParagraph(text));
    children.push(
      new Paragraph({ spacing: { before: 120, after: 60 }, children: [run('本部分数字来源：', { font: HEI, size: TABLE_HALF_POINTS })] }),
    );
    children.push(sourcesTable(section));
  }
  children.push(new Paragraph({ spacing: { before: 360 }, children: [run(report.note, { size: 24 })] }));
  children.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 480 }, children: [run(report.association)] }));
  const doc = new Document({
    creator: report.association,
    title: report.title,
    styles: { default: { document: { run: { font: FANGSONG, size: BODY_HALF_POINTS, language: LANGUAGE } } } },
    sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }],
  });
  return Packer.toBuffer(doc);
}
