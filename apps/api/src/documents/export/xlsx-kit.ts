import ExcelJS from 'exceljs';

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points per line of 12-point text; Times New Roman fits about 1.25 characters per unit of column width. */
const LINE_HEIGHT = 15.75;
const CHARS_PER_WIDTH = 1.25;

/** A sheet laid out for printing: A4 landscape, one page wide, Times New Roman, the given column widths. */
export function addSheet(workbook: ExcelJS.Workbook, name: string, widths: number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

const widthsOf = (sheet: ExcelJS.Worksheet) => sheet.columns.map((c) => c.width ?? 10);

/** A title line merged across the sheet's columns. */
export function addTitle(sheet: ExcelJS.Worksheet, text: string, options: { bold?: boolean; italic?: boolean } = {}): ExcelJS.Row {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, widthsOf(sheet).length);
  row.getCell(1).font = { ...FONT, bold: options.bold ?? true, italic: options.italic };
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  return row;
}

/**
 * A table row: bordered, wrapped, text as given; with `spanFrom` the cells from that column on
 * are merged into one. Excel and LibreOffice do not size wrapped rows they did not lay out
 * themselves, so the row's height is estimated from its text and the column widths.
 */
export function addTableRow(sheet: ExcelJS.Worksheet, values: string[], options: { bold?: boolean; center?: boolean; spanFrom?: number } = {}): ExcelJS.Row {
  const row = sheet.addRow(values);
  const widths = widthsOf(sheet);
  widths.forEach((_, i) => {
    const cell = row.getCell(i + 1);
    cell.font = { ...FONT, bold: options.bold };
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: options.center ? 'center' : 'left' };
  });
  if (options.spanFrom) sheet.mergeCells(row.number, options.spanFrom, row.number, widths.length);
  const widthAt = (i: number) => (options.spanFrom && i === options.spanFrom - 1 ? widths.slice(i).reduce((a, b) => a + b, 0) : widths[i]);
  const lines = values.map((value, i) => value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (widthAt(i) * CHARS_PER_WIDTH))), 0));
  row.height = Math.max(1, ...lines) * LINE_HEIGHT + 4;
  return row;
}

/** Repeats the header row on every printed page and keeps it in view. */
export function freezeHeader(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
