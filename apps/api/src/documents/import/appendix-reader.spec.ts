import { describe, expect, it } from '@jest/globals';
import { readAppendix } from './appendix-reader.js';
import type { SourceCell, SourceTable } from './source-table.js';

/** A cell: text (lines split on \n), '^' for a cell merged from above, null where a span covers it. */
type Spec = string | null | { text: string; span?: number; bold?: boolean; list?: boolean };

function cell(spec: Exclude<Spec, null>): SourceCell {
  if (spec === '^') return { lines: [], mergedFromAbove: true, span: 1, bold: false };
  const { text, span = 1, bold = false, list = false } = typeof spec === 'string' ? { text: spec } : spec;
  return { lines: text.split('\n').map((t) => ({ text: t, listItem: list })), mergedFromAbove: false, span, bold };
}

function table(rows: Spec[][], preamble: string[] = []): SourceTable {
  return {
    where: { vi: 'bảng 1', en: 'table 1' },
    preamble,
    rows: rows.map((row, r) => ({
      cells: row.flatMap((spec) => (spec === null ? [undefined] : [cell(spec)])),
      where: { vi: `bảng 1, dòng ${r + 1}`, en: `table 1, row ${r + 1}` },
    })),
  };
}

const HEADER = ['TT', 'Mục tiêu', 'Nhiệm vụ trọng tâm', 'Hoạt động', 'Kết quả/ sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Kinh phí'];
const section = (code: string, title: string): Spec[] => [code, { text: title, span: 8 }, null, null, null, null, null, null, null];

describe('readAppendix', () => {
  it('carries merged objective and unit cells down, reads bullets as activities and skips repeated headers', () => {
    const plan = readAppendix([
      table(
        [
          HEADER,
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)'],
          section('I', 'CÔNG TÁC CHỈ ĐẠO'),
          ['1', 'Mục tiêu một', 'Nhiệm vụ A', '- Soạn dự thảo\n+ Lấy ý kiến\ncác phòng\n• Trình ký', 'Kế hoạch', 'Văn phòng', 'Các phòng', 'Quý I/2026', ''],
          ['^', '^', 'Nhiệm vụ B', { text: 'Rà soát\nBáo cáo', list: true }, '', '^', '^', 'Thường xuyên', ''],
          HEADER,
          ['^', '^', 'Nhiệm vụ C', 'Một hoạt động\nviết trên hai dòng', '', 'Thanh tra', '', 'Năm 2026', ''],
          ['2', 'Mục tiêu một', 'Nhiệm vụ D', '', '', 'Văn phòng', '', 'Quý II/2026', ''],
        ],
        ['Phụ lục', 'KHUNG NHIỆM VỤ NĂM 2026'],
      ),
    ]);
    expect(plan.year).toBe(2026);
    expect(plan.sections).toHaveLength(1);
    const [objective, second] = plan.sections[0].objectives;
    expect(objective.tasks.map((t) => [t.text, t.lead, t.coordinators])).toEqual([
      ['Nhiệm vụ A', 'Văn phòng', 'Các phòng'],
      ['Nhiệm vụ B', 'Văn phòng', 'Các phòng'],
      ['Nhiệm vụ C', 'Thanh tra', ''],
    ]);
    expect(objective.tasks[0].activities).toEqual(['Soạn dự thảo', 'Lấy ý kiến\ncác phòng', 'Trình ký']);
    expect(objective.tasks[1].activities).toEqual(['Rà soát', 'Báo cáo']);
    expect(objective.tasks[2].activities).toEqual(['Một hoạt động\nviết trên hai dòng']);
    // the same objective text under a new number is a new objective
    expect(second).toMatchObject({ number: 2, text: 'Mục tiêu một' });
    expect(plan.locations.get('sections[0].objectives[0].tasks[2]')).toEqual({ vi: 'bảng 1, dòng 7', en: 'table 1, row 7' });
  });

  it('nests a second numbering (or 7.1 under VII) as sub-sections, whatever the numbering', () => {
    const rows = (codes: [string, string][]) =>
      codes.flatMap(([code, title]) => [section(code, title), ['1', `Mục tiêu ${code}`, `Nhiệm vụ ${code}`, '', '', 'Văn phòng', '', 'Năm 2026', '']]);
    const roman = readAppendix([table([HEADER, ...rows([['VI', 'TÀI CHÍNH'], ['VII', 'CHÍNH QUYỀN SỐ'], ['7.1', 'Chính quyền số'], ['7.2', 'ISO']])])]);
    expect(roman.sections.map((s) => [s.code, (s.subsections ?? []).map((x) => x.code)])).toEqual([['VI', []], ['VII', ['7.1', '7.2']]]);
    const letters = readAppendix([table([HEADER, ...rows([['A', 'NHIỆM VỤ CHUNG'], ['I', 'Thể chế'], ['II', 'Thủ tục'], ['B', 'NHIỆM VỤ RIÊNG'], ['C', 'KHÁC']])])]);
    expect(letters.sections.map((s) => [s.code, (s.subsections ?? []).map((x) => x.code)])).toEqual([['A', ['I', 'II']], ['B', []], ['C', []]]);
    const arabic = readAppendix([table([HEADER, ...rows([['1', 'THỂ CHẾ'], ['2', 'THỦ TỤC']])])]);
    expect(arabic.sections.map((s) => s.code)).toEqual(['1', '2']);
    expect(arabic.sections[1].objectives[0].tasks[0].text).toBe('Nhiệm vụ 2');
  });

  it('reads a two-row header, a section written in one merged cell, and tasks straight under their section', () => {
    const plan = readAppendix([
      table([
        ['STT', 'Nội dung', { text: 'Đơn vị thực hiện', span: 2 }, null, 'Thời hạn', 'Ghi chú'],
        ['^', '^', 'Chủ trì', 'Phối hợp', '^', '^'],
        [{ text: 'II. CẢI CÁCH THỂ CHẾ', span: 6, bold: true }, null, null, null, null, null],
        ['1', 'Rà soát văn bản', 'Văn phòng', '', 'Quý III', 'ghi chú bỏ qua'],
        ['2', 'Tổng hợp', '^', 'Thanh tra', 'Trong tháng 12/2027', ''],
      ]),
    ]);
    expect(plan.year).toBe(2027); // no title: the year the deadlines name
    expect(plan.sections).toEqual([
      {
        code: 'II',
        title: 'CẢI CÁCH THỂ CHẾ',
        subsections: [],
        objectives: [],
        tasks: [
          { text: 'Rà soát văn bản', activities: [], output: '', lead: 'Văn phòng', coordinators: '', deadline: 'Quý III', budget: '' },
          { text: 'Tổng hợp', activities: [], output: '', lead: 'Văn phòng', coordinators: 'Thanh tra', deadline: 'Trong tháng 12/2027', budget: '' },
        ],
      },
    ]);
  });

  it('keeps a numbered task row that is not a heading a task, and continues a task whose cell is merged', () => {
    const plan = readAppendix([
      table([
        ['TT', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Thời hạn'],
        ['1', 'Lập kế hoạch', '- Dự thảo', 'Văn phòng', 'Quý I'],
        ['^', '^', '- Trình ký', '^', '^'],
        ['2', 'Kiểm tra'],
      ]),
    ]);
    expect(plan.sections.map((s) => [s.code, s.title])).toEqual([['I', 'Nhiệm vụ']]); // no section row: one section
    expect(plan.sections[0].tasks!.map((t) => [t.text, t.activities])).toEqual([
      ['Lập kế hoạch', ['Dự thảo', 'Trình ký']],
      ['Kiểm tra', []],
    ]);
  });

  it('says where it looked when no table has the appendix header', () => {
    expect(() => readAppendix([table([['Họ tên', 'Điểm']]), table([['a', 'b']])])).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ message: expect.stringMatching(/đã tìm trong bảng 1, bảng 1.*searched table 1, table 1/) }) }),
    );
    expect(() => readAppendix([table([HEADER, section('I', 'TRỐNG')])])).toThrow(
      expect.objectContaining({ response: expect.objectContaining({ message: expect.stringMatching(/không có nhiệm vụ nào \(bảng 1, dòng 2\)/) }) }),
    );
  });
});
