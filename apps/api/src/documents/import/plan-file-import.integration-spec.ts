import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { appendixOf, zip } from '../../../test/documents-kit.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { ZIP_LIMITS } from './safe-unzip.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const json = JSON.parse(readFileSync(new URL('../../demo/plan-2026.json', import.meta.url), 'utf8'));
const docx = fixture('plan-2026.docx');
const xlsx = fixture('plan-2026.xlsx');

/** A .docx made of the fixture's parts with word/document.xml replaced. */
function docxWithDocument(xml: string, declaredSize?: number): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    { name: 'word/document.xml', data: Buffer.from(xml), declaredSize },
  ]);
}

async function workbook(rows: string[][], sheetName = 'Phụ lục'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('POST /api/plans/import with a Word or Excel file', () => {
  let api: TestApi;
  const counts = async () =>
    (await api.sql(`SELECT (SELECT count(*) FROM plan)::int AS plans, (SELECT count(*) FROM task)::int AS tasks, (SELECT count(*) FROM plan_section)::int AS sections`))[0];
  const send = (name: string, bytes: Buffer, query = '') => api.upload(`/api/plans/import${query}`, { name, bytes: new Uint8Array(bytes) });

  beforeAll(async () => {
    api = await startTestApi({ seed: 'agency' });
  });
  afterAll(() => api.close());

  it('imports the JSON, Word and Excel fixtures to the same plan', async () => {
    const fromJson = await api.post('/api/plans/import', json);
    const fromDocx = await send('plan-2026.docx', docx);
    const fromXlsx = await send('Kế hoạch 2026.xlsx', xlsx);
    for (const reply of [fromJson, fromDocx, fromXlsx]) expect(reply).toMatchObject({ status: 201, body: { taskCount: 45, unresolvedUnits: [], unparsedDeadlines: [] } });
    const [a, b, c] = await Promise.all([fromJson, fromDocx, fromXlsx].map(async (r) => (await api.get(`/api/plans/${r.body.planId}`)).body));
    expect(appendixOf(a).taskCount).toBe(45);
    expect(appendixOf(b)).toEqual(appendixOf(a));
    expect(appendixOf(c)).toEqual(appendixOf(a));
    expect({ ...b, id: a.id, sections: a.sections }).toEqual({ ...a, sections: a.sections });
  });

  it('previews a file on a dry run: units resolved, deadlines derived, nothing written', async () => {
    const before = await counts();
    const reply = await send('plan-2026.docx', docx, '?dryRun=true');
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ planId: null, dryRun: true, taskCount: 45, sectionCount: 9, objectiveCount: 39 });
    const first = reply.body.preview[0];
    expect(first).toMatchObject({ code: 'I', title: 'CÔNG TÁC TRIỂN KHAI CÁC NHIỆM VỤ CCHC' });
    expect(first.objectives[0].tasks[0]).toEqual({
      text: 'Ban hành Kế hoạch CCHC năm 2026.',
      leadUnits: ['Văn phòng Sở'],
      coordinatingUnits: ['Các phòng chuyên môn'],
      unresolvedUnits: [],
      deadline: { text: 'Trước ngày 15/01/2026', kind: 'date', due: '2026-01-15' },
    });
    expect(reply.body.preview[6].subsections.map((s: { code: string }) => s.code)).toEqual(['7.1', '7.2']);
    expect(await counts()).toEqual(before);
  });

  it('reads a layout without Mục tiêu and Hoạt động columns, with header variants, merges, repeated headers and column numbers', async () => {
    const header = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Ghi chú'];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('KH 2027');
    [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027'],
      header,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['A', 'NHIỆM VỤ CHUNG'],
      ['1', 'Ban hành kế hoạch', 'Văn phòng', 'Các phòng chuyên môn', 'Quý I/2027', 'mới'],
      ['2', 'Tổ chức kiểm tra', '', '', 'Quý III/2027', ''],
      header,
      ['B', 'NHIỆM VỤ RIÊNG'],
      ['1', 'Rà soát thủ tục', 'Văn phòng Sở, Phòng Không Có Thật', '', 'Năm 2027', ''],
    ].forEach((row) => sheet.addRow(row));
    sheet.mergeCells('C5:C6'); // "Văn phòng" leads both tasks
    sheet.mergeCells('D5:D6');
    sheet.mergeCells('B4:F4');
    const reply = await send('ke-hoach-2027.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ taskCount: 3, objectiveCount: 0, unresolvedUnits: ['Phòng Không Có Thật'] });
    const tree = (await api.get(`/api/plans/${reply.body.planId}`)).body;
    expect(tree.year).toBe(2027);
    expect(tree.sections.map((s: { code: string; title: string }) => [s.code, s.title])).toEqual([['A', 'NHIỆM VỤ CHUNG'], ['B', 'NHIỆM VỤ RIÊNG']]);
    const [first, second] = tree.sections[0].tasks;
    expect(first).toMatchObject({ text: 'Ban hành kế hoạch', objectiveId: null, leadText: 'Văn phòng', deadline: { text: 'Quý I/2027', due: '2027-03-31' } });
    expect(second).toMatchObject({ text: 'Tổ chức kiểm tra', leadText: 'Văn phòng', coordinatorsText: 'Các phòng chuyên môn', leadUnits: [{ name: 'Văn phòng Sở' }] });
    expect(tree.sections[1].tasks.map((t: { text: string }) => t.text)).toEqual(['Rà soát thủ tục']);
  });

  describe('refuses bad files with 400, saying what and where, and writes nothing', () => {
    const cases: [string, () => Promise<{ name: string; bytes: Buffer }>, string, RegExp][] = [
      ['a PDF named .docx', async () => ({ name: 'plan.docx', bytes: Buffer.from('%PDF-1.7\n1 0 obj\n') }), 'contentMismatch', /không phải là tài liệu Word.*một tệp PDF.*\/.*is not a Word document.*a PDF file/],
      ['an Excel workbook named .docx', async () => ({ name: 'plan.docx', bytes: xlsx }), 'contentMismatch', /nội dung là bảng tính Excel.*its content is an Excel workbook/],
      ['a file that is neither', async () => ({ name: 'plan.pdf', bytes: docx }), 'fileType', /Chỉ nhận tài liệu Word \(\.docx\) hoặc bảng tính Excel \(\.xlsx\)/],
      ['an empty file', async () => ({ name: 'plan.xlsx', bytes: Buffer.alloc(0) }), 'empty', /Tệp "plan.xlsx" rỗng.*is empty/],
      ['a truncated file', async () => ({ name: 'plan.docx', bytes: docx.subarray(0, docx.length / 2) }), 'corrupt', /Tệp bị hỏng.*The file is corrupt/],
      ['broken XML', async () => ({ name: 'plan.docx', bytes: docxWithDocument('<w:document><w:body><w:tbl>') }), 'corrupt', /Tài liệu Word bị hỏng.*The Word document is corrupt/],
      [
        'a password-protected file (an encrypted package in a compound file)',
        async () => ({ name: 'plan.xlsx', bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]) }),
        'passwordProtected',
        /đặt mật khẩu.*password-protected/,
      ],
      [
        'an Office 97–2003 file',
        async () => ({ name: 'plan.docx', bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]) }),
        'contentMismatch',
        /Office 97–2003.*\.docx\/\.xlsx/,
      ],
      ['a file larger than the limit', async () => ({ name: 'plan.docx', bytes: Buffer.alloc(api.config.KHUNG_UPLOAD_MAX_BYTES + 1) }), 'maxSize', /lớn hơn giới hạn 10 MB.*larger than the 10485760-byte limit/],
      [
        'a zip bomb (2 MiB of zeros per 2 KiB)',
        async () => ({ name: 'plan.docx', bytes: docxWithDocument(' '.repeat(2 * 1024 * 1024)) }),
        'tooLarge',
        /giải nén ra quá lớn \(phần "word\/document.xml"\).*unpacks to too much data/,
      ],
      [
        'a zip that lies about its sizes',
        async () => ({ name: 'plan.docx', bytes: docxWithDocument(`<w:document>${' '.repeat(ZIP_LIMITS.ratioFloor * 2)}</w:document>`, 1000) }),
        'tooLarge',
        /giải nén ra quá lớn.*unpacks to too much data/,
      ],
      [
        'XML with a DTD (entity expansion)',
        async () => ({ name: 'plan.docx', bytes: docxWithDocument('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><d>&b;</d>') }),
        'corrupt',
        /DTD/,
      ],
      [
        'a document without a table',
        async () => ({ name: 'ghi-chu.docx', bytes: await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Không có bảng')] }] })) }),
        'noTable',
        /Không tìm thấy bảng phụ lục.*tệp không có bảng nào.*No appendix table found/,
      ],
      [
        'a workbook whose sheets have no appendix header',
        async () => ({ name: 'so-lieu.xlsx', bytes: await workbook([['Họ tên', 'Điểm'], ['A', '9']], 'Điểm') }),
        'noTable',
        /đã tìm trong trang tính "Điểm".*searched sheet "Điểm"/,
      ],
      [
        'a cell longer than the import allows, named by sheet and row',
        async () => ({
          name: 'plan.xlsx',
          bytes: await workbook([['Kế hoạch năm 2026'], ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn'], ['I', 'MỤC MỘT'], ['1', 'Làm việc A', 'Văn phòng', 'Quý I'], ['2', 'B'.repeat(5001), 'Văn phòng', 'Quý II']]),
        }),
        'maxLength',
        /"sections\[0\]\.tasks\[1\]\.text" quá dài \(trang tính "Phụ lục", dòng 5\).*\(sheet "Phụ lục", row 5\)/,
      ],
    ];

    it.each(cases)('%s', async (_, make, rule, message) => {
      const before = await counts();
      const { name, bytes } = await make();
      const reply = await send(name, bytes);
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0]).toMatchObject({ field: expect.stringMatching(/^(file|sections)/), rule });
      expect(reply.body.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });

    it('refuses a multipart request without a file', async () => {
      const form = new FormData();
      form.append('year', '2026');
      const response = await fetch(`${api.baseUrl}/api/plans/import`, { method: 'POST', body: form, headers: { authorization: `Bearer ${api.token}` } });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/Thiếu tệp.*No file/);
    });
  });
});
