import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PeriodReport, PlanTree } from '@khung/contracts';
import { formatDateVi, formatNumberVi, type PlanFigures } from '@khung/domain';
import ExcelJS from 'exceljs';
import { appendixOf, download } from '../../../test/documents-kit.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { readDocxTables } from '../import/docx-tables.js';
import { unzipUpload } from '../import/safe-unzip.js';
import type { SourceTable } from '../import/source-table.js';

const PERIOD = 'period=2026-Q1&asOf=2026-03-31';

/** A Word file's tables as text rows, read with the import's own reader, and its page and font settings. */
async function wordTables(file: Buffer) {
  const { parts } = await unzipUpload(file, (name) => name === 'word/document.xml' || name === 'word/styles.xml');
  const xml = parts.get('word/document.xml')!;
  const rows = (t: SourceTable) => t.rows.map((r) => r.cells.flatMap((c) => (c ? [c.mergedFromAbove ? '^' : c.lines.map((l) => l.text).join('\n')] : [])));
  const text = xml.toString('utf8');
  return {
    tables: readDocxTables(xml).map(rows),
    text: (pattern: RegExp) => pattern.exec(text)?.[0],
    page: /<w:pgSz[^>]*>/.exec(text)?.[0],
    defaults: /<w:docDefaults>.*?<\/w:docDefaults>/s.exec(parts.get('word/styles.xml')!.toString('utf8'))?.[0],
  };
}

async function workbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  return book;
}

const sheetRows = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().slice(1).map((values) => (Array.isArray(values) ? values.slice(1).map((v) => String(v ?? '')) : []));

/** The rows the report must show for the stats endpoint's figures. */
function expectedIndicators(f: PlanFigures): string[][] {
  const n = formatNumberVi;
  return [
    ['1.2', f.ratio === null ? '—' : n(f.ratio), f.summaryVi],
    ['1.2.1', n(f.inPlan)],
    ['1.2.2', n(f.completed)],
    ['1.5.1', n(f.assigned.total)],
    ['1.5.2', n(f.assigned.onTime)],
    ['1.5.3', n(f.assigned.late)],
    ['1.5.4', n(f.assigned.overdueNotDone)],
  ];
}
/** STT, Số liệu (and the note of 1.2) of the indicator rows, as a reader sees them. */
const indicatorsOf = (rows: string[][]) => rows.filter((r) => /^1\.[25]\.?\d?$/.test(r[0]) && r[3]).map((r) => (r[0] === '1.2' ? [r[0], r[3], r[4]] : [r[0], r[3]]));

describe('Word and Excel out', () => {
  let api: TestApi;
  let planId: string;
  let tree: PlanTree;
  let stats: PlanFigures;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'plan' });
    planId = (await api.get('/api/plans')).body[0].id;
    const tasks = (await api.get(`/api/tasks?planId=${planId}`)).body;
    const byDeadline = (text: string) => tasks.filter((t: { deadline: { text: string } }) => t.deadline.text === text);
    // A quarter of progress: two Q1 tasks done, the January task left overdue, one task from above late and open.
    for (const [task, day] of [[byDeadline('Tháng 01-03/2026')[0], '2026-03-20'], [byDeadline('Quý I/2026')[0], '2026-03-31']]) {
      expect((await api.patch(`/api/tasks/${task.id}`, { status: 'done', completedOn: day })).status).toBe(200);
    }
    const office = byDeadline('Trước ngày 15/01/2026')[0].leadUnits[0];
    const assigned = await api.post('/api/tasks', {
      planId,
      source: { number: '101/UBND-TH', date: '2026-02-01', issuer: 'UBND tỉnh' },
      text: 'Báo cáo tình hình thực hiện',
      leadUnitIds: [office.id],
      deadlineText: 'Trước ngày 28/02/2026',
    });
    expect(assigned.status).toBe(201);
    tree = (await api.get(`/api/plans/${planId}`)).body;
    stats = (await api.get(`/api/plans/${planId}/stats?${PERIOD}`)).body;
    expect(stats).toMatchObject({ completed: 2, overdue: 1, assigned: { total: 1, overdueNotDone: 1 } });
  });
  afterAll(() => api.close());

  it('exports the appendix as Word: landscape, Times New Roman, official columns, objectives merged', async () => {
    const file = await download(api, `/api/plans/${planId}/export?format=docx`);
    expect(file).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment; filename="phu-luc-ke-hoach-2026.docx"' });
    const { tables, page, defaults } = await wordTables(file.body);
    expect(page).toMatch(/w:orient="landscape"/);
    expect(defaults).toContain('w:ascii="Times New Roman"');
    const [rows] = tables;
    expect(rows[0]).toEqual(['TT', 'Mục tiêu', 'Nhiệm vụ trọng tâm', 'Hoạt động', 'Kết quả/ sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Kinh phí']);
    expect(rows[1]).toEqual(['I', 'CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC']);
    const objective = tree.sections[0].objectives[0];
    expect(rows[2].slice(0, 4)).toEqual(['1', objective.text, objective.tasks[0].text, objective.tasks[0].activities.map((a) => `- ${a.text}`).join('\n')]);
    expect(rows[3].slice(0, 3)).toEqual(['^', '^', objective.tasks[1].text]); // TT and Mục tiêu merged over the objective's tasks
    expect(rows.filter((r) => r.length === 9).length - 1).toBe(45);
  });

  it('exports the appendix as Excel with the same rows and merges', async () => {
    const file = await download(api, `/api/plans/${planId}/export?format=xlsx`);
    expect(file.status).toBe(200);
    const sheet = (await workbook(file.body)).getWorksheet('Phụ lục')!;
    expect(sheet.pageSetup.orientation).toBe('landscape');
    const rows = sheetRows(sheet);
    const header = rows.findIndex((r) => r[0] === 'TT');
    expect(rows[header + 1].slice(0, 2)).toEqual(['I', 'CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC']);
    const first = sheet.getCell(header + 3, 2);
    expect(first.text).toBe(tree.sections[0].objectives[0].text);
    expect(sheet.getCell(header + 4, 2).master.address).toBe(first.address);
  });

  it.each(['docx', 'xlsx'])('round-trips: the exported .%s imports back to the same plan', async (format) => {
    const file = await download(api, `/api/plans/${planId}/export?format=${format}`);
    const imported = await api.upload('/api/plans/import', { name: `phu-luc.${format}`, bytes: new Uint8Array(file.body) });
    expect(imported.status).toBe(201);
    const copy = (await api.get(`/api/plans/${imported.body.planId}`)).body;
    expect(appendixOf(copy)).toEqual(appendixOf({ ...tree, taskCount: 45 }));
  });

  it('answers the period report as JSON with the figures of the stats endpoint', async () => {
    const reply = await api.get(`/api/plans/${planId}/report?${PERIOD}`);
    expect(reply.status).toBe(200);
    const report: PeriodReport = reply.body;
    expect(report).toMatchObject({ period: { code: '2026-Q1', labelVi: 'Quý I năm 2026' }, asOf: '2026-03-31', summaryVi: stats.summaryVi });
    const [indicators, byUnit, overdue] = report.tables;
    expect(indicators.columns).toEqual(['STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú']);
    expect(indicatorsOf(indicators.rows)).toEqual(expectedIndicators(stats));
    expect(indicators.rows[0]).toEqual(['1.2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm', '%', formatNumberVi(stats.ratio!), `Đạt ${stats.ratioText} KH năm; ${stats.period.ratioText} KH Quý I`]);
    expect(byUnit.rows.map((r) => [r[1], r[2], r[3], r[7]])).toEqual(stats.byUnit.map((u) => [u.unitName, formatNumberVi(u.inPlan), formatNumberVi(u.completed), formatNumberVi(u.overdue)]));
    expect(overdue.rows.map((r) => [r[1], r[4], r[6]])).toEqual([
      [tree.sections[0].objectives[0].tasks[0].text, '15/01/2026', 'Kế hoạch'],
      ['Báo cáo tình hình thực hiện', '28/02/2026', 'UBND tỉnh giao (101/UBND-TH)'],
    ]);
    expect(overdue.rows[0][5]).toBe(formatNumberVi(75)); // 15/01 → 31/03
  });

  it('writes the report as Word and Excel whose figures read back as the stats endpoint gives them', async () => {
    const word = await download(api, `/api/plans/${planId}/report?${PERIOD}&format=docx`);
    expect(word.disposition).toBe('attachment; filename="bao-cao-2026-Q1.docx"');
    const { tables, text } = await wordTables(word.body);
    expect(text(/Phụ lục 1B/)).toBeDefined();
    expect(text(/Số liệu tính đến ngày [\d/]+/)).toBe(`Số liệu tính đến ngày ${formatDateVi(stats.asOf)}`);
    expect(indicatorsOf(tables[0])).toEqual(expectedIndicators(stats));
    expect(tables[1].slice(1).map((r) => r[1])).toEqual(stats.byUnit.map((u) => u.unitName));
    expect(tables[2].slice(1)).toHaveLength(stats.overdue + stats.assigned.overdueNotDone);

    const excel = await workbook((await download(api, `/api/plans/${planId}/report?${PERIOD}&format=xlsx`)).body);
    expect(excel.worksheets.map((s) => s.name)).toEqual(['Phụ lục 1B', 'Theo đơn vị', 'Quá hạn']);
    expect(indicatorsOf(sheetRows(excel.getWorksheet('Phụ lục 1B')!))).toEqual(expectedIndicators(stats));
    const units = sheetRows(excel.getWorksheet('Theo đơn vị')!).filter((r) => /^\d+$/.test(r[0]));
    expect(units.map((r) => [r[1], r[4]])).toEqual(stats.byUnit.map((u) => [u.unitName, u.ratioText]));
  });

  it('takes a custom window and refuses a bad format or period', async () => {
    const custom = await api.get(`/api/plans/${planId}/report?from=2025-12-15&to=2026-11-30&asOf=2026-03-31`);
    expect(custom.body.period).toMatchObject({ from: '2025-12-15', to: '2026-11-30', labelVi: 'Từ 15/12/2025 đến 30/11/2026' });
    expect((await api.get(`/api/plans/${planId}/report?format=pdf`)).body.errors[0]).toMatchObject({ field: 'format', rule: 'isIn' });
    expect((await api.get(`/api/plans/${planId}/report?period=2026-Q5`)).status).toBe(400);
    expect((await api.get(`/api/plans/${planId}/export?format=csv`)).status).toBe(400);
    expect((await api.get('/api/plans/00000000-0000-4000-8000-000000000000/export')).status).toBe(404);
  });
});
