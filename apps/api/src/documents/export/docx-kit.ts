import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';

/** A4 landscape, 2 cm margins, in twips. */
const PAGE_WIDTH = 16838;
const MARGIN = 1134;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

export interface CellOptions {
  bold?: boolean;
  center?: boolean;
  columnSpan?: number;
  rowSpan?: number;
}

/** Paragraphs of a cell's text, one per line. */
function paragraphs(text: string, { bold = false, center = false }: CellOptions): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 40, after: 40 },
        children: [new TextRun({ text: line, bold })],
      }),
  );
}

export function textCell(text: string, options: CellOptions = {}): TableCell {
  return new TableCell({
    children: paragraphs(text, options),
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** A table across the page; `widths` are relative and scaled to the text width. */
export function table(widths: number[], rows: TableRow[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  return new Table({
    rows,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.floor((w / total) * TEXT_WIDTH)),
  });
}

/** The header row, repeated on every page. */
export function headerRow(titles: string[]): TableRow {
  return new TableRow({ tableHeader: true, cantSplit: true, children: titles.map((t) => textCell(t, { bold: true, center: true })) });
}

export function heading(text: string, options: { bold?: boolean; italic?: boolean; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [new TextRun({ text, bold: options.bold ?? true, italics: options.italic })],
  });
}

/** A landscape A4 document in Times New Roman 12, as the agencies' appendices are. */
export function landscapeDocument(children: FileChild[]): Promise<Buffer> {
  const document = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
