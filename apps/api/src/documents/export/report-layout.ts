import type { ReportTable } from '@khung/contracts';

/** Relative column widths of the report's tables. */
export const REPORT_WIDTHS: Record<ReportTable['key'], number[]> = {
  indicators: [7, 40, 12, 12, 40],
  byUnit: [6, 30, 12, 12, 12, 12, 12, 10, 12],
  overdue: [6, 40, 20, 18, 12, 10, 16],
};

/** Sheet names of the Excel report (at most 31 characters). */
export const REPORT_SHEETS: Record<ReportTable['key'], string> = {
  indicators: 'Phụ lục 1B',
  byUnit: 'Theo đơn vị',
  overdue: 'Quá hạn',
};

export const NOTHING = '(Không có)';
