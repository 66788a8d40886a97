import type { PeriodReport } from '@khung/contracts';
import ExcelJS from 'exceljs';
import { NOTHING, REPORT_SHEETS, REPORT_WIDTHS } from './report-layout.js';
import { addSheet, addTableRow, addTitle, freezeHeader, workbookBuffer } from './xlsx-kit.js';

/** The period report as a workbook: a sheet per table, each under the report's heading. */
export function reportXlsx(report: PeriodReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const t of report.tables) {
    const sheet = addSheet(workbook, REPORT_SHEETS[t.key], REPORT_WIDTHS[t.key]);
    report.heading.forEach((line, i) => addTitle(sheet, line, { bold: i < 2, italic: i >= 2 }));
    addTitle(sheet, t.title);
    freezeHeader(sheet, addTableRow(sheet, t.columns, { bold: true, center: true }).number);
    for (const cells of t.rows) addTableRow(sheet, cells);
    if (!t.rows.length) addTableRow(sheet, [NOTHING], { spanFrom: 1 });
  }
  return workbookBuffer(workbook);
}
