import type { PeriodReport } from '@khung/contracts';
import { Paragraph, TableRow, TextRun, type FileChild } from 'docx';
import { heading, headerRow, landscapeDocument, table, textCell } from './docx-kit.js';
import { NOTHING, REPORT_WIDTHS } from './report-layout.js';

/** Numbers, percents and dates are centred, as in the agencies' tables. */
const FIGURE = /^[\d.,%/—]+$/;

/** The period report as a Word document: Phụ lục 1B, then the tables by unit and of overdue tasks. */
export function reportDocx(report: PeriodReport): Promise<Buffer> {
  const [label, ...titles] = report.heading;
  const children: FileChild[] = [heading(label), ...titles.map((t, i) => heading(t, { bold: i === 0, italic: i > 0, after: i === titles.length - 1 ? 240 : 0 }))];
  for (const t of report.tables) {
    children.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text: t.title, bold: true })] }));
    const rows = t.rows.length
      ? t.rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c) => textCell(c, { center: FIGURE.test(c) })) }))
      : [new TableRow({ children: [textCell(NOTHING, { center: true, columnSpan: t.columns.length })] })];
    children.push(table(REPORT_WIDTHS[t.key], [headerRow(t.columns), ...rows]));
  }
  return landscapeDocument(children);
}
