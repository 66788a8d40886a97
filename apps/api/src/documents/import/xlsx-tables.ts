import { formatDateVi } from '@khung/domain';
import ExcelJS from 'exceljs';
import { fileError } from './file-errors.js';
import { emptyCell, type SourceCell, type SourceRow, type SourceTable } from './source-table.js';

/** Rows and columns read from one sheet; an appendix has a few hundred rows and about ten columns. */
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 100;

/** Every sheet of an Excel workbook as a table (its title rows are the first rows). */
export async function readXlsxTables(file: Buffer): Promise<SourceTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fileError('corrupt', `Bảng tính Excel bị hỏng: ${detail}`, `The Excel workbook is corrupt: ${detail}`);
  }
  return workbook.worksheets.map((sheet) => {
    const where = { vi: `trang tính "${sheet.name}"`, en: `sheet "${sheet.name}"` };
    if (sheet.rowCount > MAX_ROWS || sheet.columnCount > MAX_COLUMNS) {
      throw fileError('tooLarge', `Trang tính quá lớn (tối đa ${MAX_ROWS} dòng, ${MAX_COLUMNS} cột)`, `The sheet is too large (at most ${MAX_ROWS} rows, ${MAX_COLUMNS} columns)`, where);
    }
    const rows: SourceRow[] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const cells: SourceRow['cells'] = [];
      for (let c = 1; c <= sheet.columnCount; c++) cells.push(sourceCell(sheet, r, c));
      rows.push({ cells, where: { vi: `${where.vi}, dòng ${r}`, en: `${where.en}, row ${r}` } });
    }
    return { where, rows, preamble: [] };
  });
}

/** A cell as the import sees it; undefined where a merge from the left covers it. */
function sourceCell(sheet: ExcelJS.Worksheet, r: number, c: number): SourceCell | undefined {
  // findCell, not getCell: getCell would create every empty cell of a sparse sheet.
  const cell = sheet.findCell(r, c);
  if (!cell) return emptyCell();
  const master = cell.master;
  if (master !== cell) {
    return master.fullAddress.col === c ? { ...emptyCell(), mergedFromAbove: true } : undefined;
  }
  let span = 1;
  while (c + span <= sheet.columnCount && sheet.findCell(r, c + span)?.master === cell) span++;
  const text = cell.type === ExcelJS.ValueType.Date ? formatDateVi((cell.value as Date).toISOString().slice(0, 10)) : cell.text;
  return {
    lines: text.split(/\r\n|\r|\n/).map((line) => ({ text: line, listItem: false })),
    mergedFromAbove: false,
    span,
    bold: cell.font?.bold === true && text.trim() !== '',
  };
}
