import type { PlanTree } from '@khung/contracts';
import { TableRow } from 'docx';
import { heading, headerRow, landscapeDocument, table, textCell } from './docx-kit.js';
import { APPENDIX_TITLES, APPENDIX_WIDTHS, appendixHeading, appendixRows } from './appendix-layout.js';

/** The plan's appendix as a Word document: landscape, Times New Roman, objectives merged over their tasks. */
export function appendixDocx(plan: PlanTree): Promise<Buffer> {
  const rows = appendixRows(plan).map((row) => {
    if (row.kind === 'section') {
      return new TableRow({
        cantSplit: true,
        children: [textCell(row.code, { bold: true, center: true }), textCell(row.title, { bold: true, columnSpan: APPENDIX_TITLES.length - 1 })],
      });
    }
    // docx writes the vMerge continuation cells of a rowSpan itself: the rows under it leave them out.
    const objective =
      row.objective === 'merged'
        ? []
        : [
            textCell(row.objective?.number ?? '', { center: true, rowSpan: row.objective?.rows }),
            textCell(row.objective?.text ?? '', { rowSpan: row.objective?.rows }),
          ];
    return new TableRow({ children: [...objective, ...row.cells.map((cell) => textCell(cell))] });
  });
  const [label, title, subtitle] = appendixHeading(plan);
  return landscapeDocument([
    heading(label),
    heading(title),
    heading(subtitle, { bold: false, italic: true, after: 240 }),
    table(APPENDIX_WIDTHS, [headerRow(APPENDIX_TITLES), ...rows]),
  ]);
}
