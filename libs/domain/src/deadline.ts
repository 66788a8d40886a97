import { isValidYmd, isoDate, monthSpan, type DateSpan } from './dates.js';
import { parseQuarterNumber, quarterSpan } from './quarter.js';
import { foldText } from './text.js';

export type DeadlineKind =
  | 'date' | 'month' | 'month_range' | 'quarter' | 'quarters' | 'half' | 'year'
  | 'recurring' | 'external' | 'unparsed';
export type Recurrence = 'ongoing' | 'monthly' | 'quarterly';

export interface DerivedDeadline {
  kind: DeadlineKind;
  start: string | null;
  due: string | null;
  recurrence: Recurrence | null;
}

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, { vi: string; en: string }> = {
  date: { vi: 'Ngày cụ thể', en: 'Specific date' },
  month: { vi: 'Tháng', en: 'Month' },
  month_range: { vi: 'Khoảng tháng', en: 'Month range' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  quarters: { vi: 'Nhiều quý', en: 'Several quarters' },
  half: { vi: '6 tháng', en: 'Half year' },
  year: { vi: 'Năm', en: 'Year' },
  recurring: { vi: 'Thường xuyên, định kỳ', en: 'Recurring' },
  external: { vi: 'Theo kế hoạch khác (cần đặt ngày)', en: 'Set by another plan (needs a date)' },
  unparsed: { vi: 'Không đọc được thời hạn', en: 'Deadline not understood' },
};

// Patterns run on foldText output (lowercase, no diacritics, single spaces); \s* tolerates odd spacing.
const YEAR = String.raw`(?:\s*(?:/|nam)\s*([1-9]\d{3}))?`;
const SEP = String.raw`\s*(?:,|-|&|va|den)\s*`;
const QUARTER_TOKEN = String.raw`(?:[ivx]+|\d+)`;

const RECURRING: Record<string, Recurrence> = {
  'thuong xuyen': 'ongoing',
  'hang thang': 'monthly',
  'hang quy': 'quarterly',
};
const EXTERNAL = /^theo(?:\s|$)/;
const DATE = new RegExp(
  String.raw`^(?:(?:truoc|den|cham nhat)\s*)?(?:ngay\s*)?(\d{1,2})\s*(?:/|\.|thang)\s*(\d{1,2})(?:\s*(?:/|\.|nam)\s*([1-9]\d{3}))?$`,
);
const MONTHS = new RegExp(String.raw`^(?:trong\s*|tu\s*)?thang\s*(\d{1,2})(?:\s*(?:-|den)\s*(?:thang\s*)?(\d{1,2}))?${YEAR}$`);
const QUARTERS = new RegExp(
  String.raw`^(?:trong\s*)?(?:cac\s*)?quy\s*(${QUARTER_TOKEN}(?:${SEP}(?:quy\s*)?${QUARTER_TOKEN})*)${YEAR}$`,
);
const QUARTER_LIST_SEP = new RegExp(String.raw`${SEP}(?:quy\s*)?`, 'g');
const HALF = new RegExp(String.raw`^(?:trong\s*)?(?:6|sau)\s*thang\s*(dau|cuoi)(?:\s*nam)?${YEAR}$`);
const YEAR_ONLY = /^(?:trong|ca)?\s*nam(?:\s*([1-9]\d{3}))?$/;

const UNPARSED: DerivedDeadline = { kind: 'unparsed', start: null, due: null, recurrence: null };

function windowOf(kind: DeadlineKind, span: DateSpan): DerivedDeadline {
  return { kind, start: span.start, due: span.end, recurrence: null };
}

function yearOf(written: string | undefined, planYear: number): number {
  return written === undefined ? planYear : Number(written);
}

function isMonth(m: number): boolean {
  return m >= 1 && m <= 12;
}

function monthsWindow(m: RegExpExecArray, planYear: number): DerivedDeadline {
  const single = m[2] === undefined;
  const first = Number(m[1]);
  const last = single ? first : Number(m[2]);
  if (!isMonth(first) || !isMonth(last) || (!single && first >= last)) return UNPARSED;
  return windowOf(single ? 'month' : 'month_range', monthSpan(yearOf(m[3], planYear), first, last));
}

function quartersWindow(m: RegExpExecArray, planYear: number): DerivedDeadline {
  const quarters = m[1]!.replace(QUARTER_LIST_SEP, ' ').trim().split(' ').map(parseQuarterNumber);
  // Named quarters must be real and strictly ascending ("Quý III, II" is not guessed at).
  const valid = quarters.every((q, i) => q !== null && (i === 0 || q > quarters[i - 1]!));
  if (!valid) return UNPARSED;
  const year = yearOf(m[2], planYear);
  const first = quarterSpan(year, quarters[0]!);
  const last = quarterSpan(year, quarters[quarters.length - 1]!);
  return windowOf(quarters.length === 1 ? 'quarter' : 'quarters', { start: first.start, end: last.end });
}

/**
 * Derives the due window from a free-text Vietnamese deadline cell. Text without a year takes
 * `planYear`; text that fits no rule is 'unparsed' and never guessed.
 */
export function deriveDeadline(text: string, planYear: number): DerivedDeadline {
  if (!Number.isInteger(planYear) || planYear < 1000 || planYear > 9999) {
    throw new RangeError(`Plan year must be a four-digit year, got ${planYear}`);
  }
  const f = foldText(text).replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\s.,;:]+$/, '');

  const recurrence = RECURRING[f];
  if (recurrence !== undefined) return { kind: 'recurring', start: null, due: null, recurrence };
  if (EXTERNAL.test(f)) return { kind: 'external', start: null, due: null, recurrence: null };

  let m: RegExpExecArray | null;
  if ((m = DATE.exec(f))) {
    const [year, month, day] = [yearOf(m[3], planYear), Number(m[2]), Number(m[1])];
    if (!isValidYmd(year, month, day)) return UNPARSED;
    return { kind: 'date', start: null, due: isoDate(year, month, day), recurrence: null };
  }
  if ((m = MONTHS.exec(f))) return monthsWindow(m, planYear);
  if ((m = QUARTERS.exec(f))) return quartersWindow(m, planYear);
  if ((m = HALF.exec(f))) {
    const year = yearOf(m[2], planYear);
    return windowOf('half', m[1] === 'dau' ? monthSpan(year, 1, 6) : monthSpan(year, 7, 12));
  }
  if ((m = YEAR_ONLY.exec(f))) return windowOf('year', monthSpan(yearOf(m[1], planYear), 1, 12));
  return UNPARSED;
}
