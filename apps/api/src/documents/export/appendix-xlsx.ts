import type { PlanTree } from '@khung/contracts';
import ExcelJS from 'exceljs';
import { APPENDIX_TITLES, APPENDIX_WIDTHS, appendixHeading, appendixRows } from './appendix-layout.js';
import { addSheet, addTableRow, addTitle, freezeHeader, workbookBuffer } from './xlsx-kit.js';

/** The plan's appendix as one sheet "Phụ lục": title rows, the header, sections and objectives merged as in Word. */
export function appendixXlsx(plan: PlanTree): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, 'Phụ lục', APPENDIX_WIDTHS);
  const [label, title, subtitle] = appendixHeading(plan);
  addTitle(sheet, label);
  addTitle(sheet, title);
  addTitle(sheet, subtitle, { bold: false, italic: true });
  freezeHeader(sheet, addTableRow(sheet, APPENDIX_TITLES, { bold: true, center: true }).number);
  const objectiveSpans: [number, number][] = [];
  for (const row of appendixRows(plan)) {
    if (row.kind === 'section') {
      addTableRow(sheet, [row.code, row.title], { bold: true, spanFrom: 2 });
      continue;
    }
    const objective = row.objective === 'merged' || row.objective === null ? ['', ''] : [row.objective.number, row.objective.text];
    const r = addTableRow(sheet, [...objective, ...row.cells]).number;
    if (row.objective && row.objective !== 'merged' && row.objective.rows > 1) objectiveSpans.push([r, r + row.objective.rows - 1]);
  }
  // Merged once every row exists: a merge reaching below the last row would move where rows are added.
  for (const [top, bottom] of objectiveSpans) {
    sheet.mergeCells(top, 1, bottom, 1);
    sheet.mergeCells(top, 2, bottom, 2);
  }
  return workbookBuffer(workbook);
}
