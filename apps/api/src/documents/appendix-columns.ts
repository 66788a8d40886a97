import { foldText } from '@khung/domain';

export type ColumnRole = 'number' | 'objective' | 'task' | 'activities' | 'output' | 'lead' | 'coordinators' | 'deadline' | 'budget';

interface AppendixColumn {
  role: ColumnRole;
  /** The header of the official appendix, written by the exports. */
  title: string;
  /** Other headers real documents use for the same column, read by the import. */
  variants: string[];
  /** Relative width in the exports (Excel character widths). */
  width: number;
}

/** The columns of a plan appendix, in the official order. */
export const APPENDIX_COLUMNS: AppendixColumn[] = [
  { role: 'number', title: 'TT', variants: ['STT', 'Số TT', 'Số thứ tự'], width: 6 },
  { role: 'objective', title: 'Mục tiêu', variants: ['Các mục tiêu'], width: 28 },
  { role: 'task', title: 'Nhiệm vụ trọng tâm', variants: ['Nhiệm vụ', 'Nội dung nhiệm vụ', 'Nội dung', 'Tên nhiệm vụ', 'Nhiệm vụ cụ thể', 'Nội dung công việc'], width: 28 },
  { role: 'activities', title: 'Hoạt động', variants: ['Các hoạt động', 'Hoạt động cụ thể'], width: 34 },
  { role: 'output', title: 'Kết quả/ sản phẩm', variants: ['Sản phẩm', 'Kết quả', 'Sản phẩm/ kết quả', 'Kết quả đầu ra', 'Sản phẩm đầu ra'], width: 22 },
  { role: 'lead', title: 'Chủ trì', variants: ['Đơn vị chủ trì', 'Cơ quan chủ trì'], width: 17 },
  { role: 'coordinators', title: 'Phối hợp', variants: ['Đơn vị phối hợp', 'Cơ quan phối hợp'], width: 17 },
  { role: 'deadline', title: 'Thời gian hoàn thành', variants: ['Thời hạn', 'Thời gian thực hiện', 'Thời hạn hoàn thành', 'Thời gian'], width: 17 },
  { role: 'budget', title: 'Kinh phí', variants: ['Kinh phí thực hiện', 'Dự toán kinh phí'], width: 11 },
];

/** Matching key of a header cell: no diacritics, case, punctuation or parenthesised remark. */
function headerKey(text: string): string {
  return foldText(text.replace(/\(.*?\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ROLE_BY_HEADER = new Map(
  APPENDIX_COLUMNS.flatMap((c) => [c.title, ...c.variants].map((h) => [headerKey(h), c.role] as const)),
);

/** The column a header cell names, if any. */
export function columnRoleOf(header: string): ColumnRole | undefined {
  return ROLE_BY_HEADER.get(headerKey(header));
}
