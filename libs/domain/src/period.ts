import { isIsoDate, monthSpan, ymdOf } from './dates.js';
import { formatDateVi } from './format.js';
import { quarterOfMonth, quarterRoman } from './quarter.js';

export interface ReportingPeriod {
  code: string;
  from: string;
  to: string;
  labelVi: string;
  labelEn: string;
}

export class PeriodError extends Error {
  override readonly name = 'PeriodError';
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(messageVi: string, messageEn: string) {
    super(`${messageVi} / ${messageEn}`);
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

interface PeriodPart {
  months: [number, number];
  vi: string; // followed by the year
  en: string;
  shortVi: string; // as in "100% KH Quý I"
}

const QUARTER_PARTS = Object.fromEntries(
  [1, 2, 3, 4].map((q): [string, PeriodPart] => [
    `Q${q}`,
    { months: [q * 3 - 2, q * 3], vi: `Quý ${quarterRoman(q)} năm`, en: `Q${q}`, shortVi: `Quý ${quarterRoman(q)}` },
  ]),
);

// Keyed by the code's suffix; '' is the whole year ('2026').
const PARTS: Record<string, PeriodPart> = {
  ...QUARTER_PARTS,
  H1: { months: [1, 6], vi: '6 tháng đầu năm', en: 'First half of', shortVi: '6 tháng' },
  '9M': { months: [1, 9], vi: '9 tháng năm', en: 'First nine months of', shortVi: '9 tháng' },
  '': { months: [1, 12], vi: 'Năm', en: 'Year', shortVi: 'năm' },
};

const CUSTOM_PREFIX = 'custom:';
const CALENDAR_CODE = /^([1-9]\d{3})(?:-(Q[1-4]|H1|9M))?$/;
const CUSTOM_CODE = /^custom:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

function invalidCode(code: string): PeriodError {
  return new PeriodError(
    `Kỳ báo cáo không hợp lệ: "${code}" (dùng 2026-Q1…2026-Q4, 2026-H1, 2026-9M, 2026)`,
    `Invalid reporting period "${code}" (use 2026-Q1…2026-Q4, 2026-H1, 2026-9M, 2026)`,
  );
}

/** Reads '2026-Q1'..'2026-Q4', '2026-H1', '2026-9M', '2026', and the codes customPeriod makes. */
export function parsePeriod(code: string): ReportingPeriod {
  const custom = CUSTOM_CODE.exec(code);
  if (custom) return customPeriod(custom[1]!, custom[2]!);
  const m = CALENDAR_CODE.exec(code);
  if (!m) throw invalidCode(code);
  const year = Number(m[1]);
  const part = PARTS[m[2] ?? '']!;
  const span = monthSpan(year, ...part.months);
  return { code, from: span.start, to: span.end, labelVi: `${part.vi} ${year}`, labelEn: `${part.en} ${year}` };
}

/** A window that is not a calendar period, e.g. the 2021 yearly report's 15/12/2020–30/11/2021. */
export function customPeriod(from: string, to: string): ReportingPeriod {
  if (!isIsoDate(from) || !isIsoDate(to)) {
    throw new PeriodError(
      `Ngày của kỳ báo cáo phải có dạng YYYY-MM-DD: "${from}", "${to}"`,
      `Period dates must be YYYY-MM-DD: "${from}", "${to}"`,
    );
  }
  if (from > to) {
    throw new PeriodError(
      `Ngày bắt đầu ${formatDateVi(from)} sau ngày kết thúc ${formatDateVi(to)}`,
      `Start ${from} is after end ${to}`,
    );
  }
  return {
    code: `${CUSTOM_PREFIX}${from}..${to}`,
    from,
    to,
    labelVi: `Từ ${formatDateVi(from)} đến ${formatDateVi(to)}`,
    labelEn: `From ${from} to ${to}`,
  };
}

/** The quarter containing `asOf`, e.g. '2026-Q1'. */
export function currentPeriodCode(asOf: string): string {
  if (!isIsoDate(asOf)) {
    throw new PeriodError(`Ngày không hợp lệ: "${asOf}"`, `Invalid date "${asOf}"`);
  }
  const { year, month } = ymdOf(asOf);
  return `${year}-Q${quarterOfMonth(month)}`;
}

/** The period's name inside a report sentence: "Quý I", "6 tháng", "9 tháng", "năm", "kỳ báo cáo". */
export function periodShortLabelVi(period: ReportingPeriod): string {
  if (period.code.startsWith(CUSTOM_PREFIX)) return 'kỳ báo cáo';
  const m = CALENDAR_CODE.exec(period.code);
  if (!m) throw invalidCode(period.code);
  return PARTS[m[2] ?? '']!.shortVi;
}

/** The calendar periods of a year, as the board and the reports use them: quarters, 6 and 9 months, the year. */
export function calendarPeriodCodes(year: number): string[] {
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`).concat([`${year}-H1`, `${year}-9M`, `${year}`]);
}
