/** Where something is in the uploaded file, in both languages ("bảng 1, dòng 5" / "table 1, row 5"). */
export interface Where {
  vi: string;
  en: string;
}

/** A line of a cell: a Word paragraph (or a line of it after a break), a line of an Excel cell. */
export interface CellLine {
  text: string;
  /** A Word list paragraph (bulleted or numbered by the list format, not by its text). */
  listItem: boolean;
}

export interface SourceCell {
  lines: CellLine[];
  /** Continues the vertically merged cell above (Word vMerge, an Excel merge): its value carries down. */
  mergedFromAbove: boolean;
  /** Grid columns the cell spans (Word gridSpan, a horizontal Excel merge). */
  span: number;
  /** All of the cell's text is bold. */
  bold: boolean;
}

export interface SourceRow {
  /** By grid column; undefined where a cell to the left spans over the column. */
  cells: (SourceCell | undefined)[];
  where: Where;
}

/** A Word table or an Excel sheet, format aside. */
export interface SourceTable {
  where: Where;
  rows: SourceRow[];
  /** Text before the table (the document's title lines). */
  preamble: string[];
}

export function emptyCell(): SourceCell {
  return { lines: [], mergedFromAbove: false, span: 1, bold: false };
}
