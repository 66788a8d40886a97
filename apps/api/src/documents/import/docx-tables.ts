import { SaxesParser, type SaxesTagNS } from 'saxes';
import { fileError } from './file-errors.js';
import { emptyCell, type CellLine, type SourceCell, type SourceRow, type SourceTable } from './source-table.js';

/** WordprocessingML, transitional and strict. */
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const attr = (tag: SaxesTagNS, local: string) => Object.values(tag.attributes).find((a) => a.local === local)?.value;
const isOn = (tag: SaxesTagNS) => !['0', 'false', 'off'].includes(attr(tag, 'val') ?? 'true');

/**
 * The top-level tables of a Word document (word/document.xml), read in one streaming pass.
 * Paragraphs outside tables are kept as the next table's preamble; nested tables are read as
 * text of the cell that holds them. Deleted revisions (w:delText) and the fallback copies of
 * mc:AlternateContent are not text.
 */
export function readDocxTables(xml: Buffer): SourceTable[] {
  const parser = new SaxesParser({ xmlns: true });
  const tables: SourceTable[] = [];
  let preamble: string[] = [];
  let depth = 0; // table nesting
  let skip = 0; // inside mc:Fallback
  let table: SourceTable | undefined;
  let row: SourceRow | undefined;
  let cell: SourceCell | undefined;
  let paragraph: CellLine = { text: '', listItem: false };
  let inText = false;
  let inRun = false;
  let runBold = false;
  let boldText = 0;
  let plainText = 0;

  parser.on('opentag', (tag) => {
    if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') skip++;
    if (skip || !W.has(tag.uri)) return;
    switch (tag.local) {
      case 'tbl':
        if (++depth === 1) {
          const n = tables.length + 1;
          table = { where: { vi: `bảng ${n}`, en: `table ${n}` }, rows: [], preamble };
          preamble = [];
        }
        break;
      case 'tr':
        if (depth === 1 && table) {
          const n = table.rows.length + 1;
          row = { cells: [], where: { vi: `${table.where.vi}, dòng ${n}`, en: `${table.where.en}, row ${n}` } };
        }
        break;
      case 'gridBefore':
        if (depth === 1 && row) for (let i = Number(attr(tag, 'val') ?? 0); i > 0; i--) row.cells.push(emptyCell());
        break;
      case 'tc':
        if (depth === 1) {
          cell = emptyCell();
          boldText = plainText = 0;
        }
        break;
      case 'gridSpan':
        if (depth === 1 && cell) cell.span = Math.max(1, Number(attr(tag, 'val') ?? 1) || 1);
        break;
      case 'vMerge':
        if (depth === 1 && cell) cell.mergedFromAbove = (attr(tag, 'val') ?? 'continue') === 'continue';
        break;
      case 'p':
        paragraph = { text: '', listItem: false };
        break;
      case 'numPr':
        paragraph.listItem = true;
        break;
      case 'r':
        inRun = true;
        runBold = false;
        break;
      case 'b':
        if (inRun) runBold = isOn(tag);
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        if (inRun) paragraph.text += '\t';
        break;
      case 'br':
      case 'cr':
        if (inRun) paragraph.text += '\n';
        break;
    }
  });

  parser.on('text', (text) => {
    if (!inText || skip) return;
    paragraph.text += text;
    if (text.trim()) runBold ? boldText++ : plainText++;
  });

  parser.on('closetag', (tag) => {
    if (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback') skip--;
    if (skip || !W.has(tag.uri)) return;
    switch (tag.local) {
      case 't':
        inText = false;
        break;
      case 'r':
        inRun = false;
        break;
      case 'p': {
        const lines = paragraph.text.split('\n').map((text, i) => ({ text, listItem: i === 0 && paragraph.listItem }));
        if (depth === 0) preamble.push(paragraph.text);
        else cell?.lines.push(...lines);
        break;
      }
      case 'tc':
        if (depth === 1 && cell && row) {
          cell.bold = boldText > 0 && plainText === 0;
          row.cells.push(cell, ...Array<undefined>(cell.span - 1).fill(undefined));
          cell = undefined;
        }
        break;
      case 'tr':
        if (depth === 1 && row) {
          table?.rows.push(row);
          row = undefined;
        }
        break;
      case 'tbl':
        if (depth-- === 1 && table) tables.push(table);
        break;
    }
  });

  try {
    parser.write(xml.toString('utf8')).close();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fileError('corrupt', `Tài liệu Word bị hỏng: ${detail}`, `The Word document is corrupt: ${detail}`);
  }
  return tables;
}
