import { ymdOf } from './dates.js';

const NUMBER_VI = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** part/whole as a percent rounded half-up to one decimal (11/40 → 27.5); null when whole is 0. */
export function ratioOf(part: number, whole: number): number | null {
  if (![part, whole].every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw new RangeError(`ratioOf takes counts, got ${part}/${whole}`);
  }
  if (whole === 0) return null;
  // Integer arithmetic in tenths of a percent, so 0.05 boundaries round up without float error.
  const scaled = part * 1000;
  const tenths = Math.floor(scaled / whole) + (2 * (scaled % whole) >= whole ? 1 : 0);
  return tenths / 10;
}

/** "1.386", "27,5", "1.234.567,5" (at most two decimals). */
export function formatNumberVi(n: number): string {
  return NUMBER_VI.format(n);
}

/** "27,5%", "100%"; null (no base to divide by) → "—". */
export function formatPercentVi(ratio: number | null): string {
  return ratio === null ? '—' : `${formatNumberVi(ratio)}%`;
}

/** "31/03/2026"; null → "". */
export function formatDateVi(iso: string | null): string {
  if (iso === null) return '';
  const { year, month, day } = ymdOf(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Today's ISO date in the given time zone (the agency's day, not the server's). */
export function todayIn(timeZone = 'Asia/Ho_Chi_Minh', now: Date = new Date()): string {
  const parts = dayFormat(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Formatters by time zone: building one costs far more than using it, and reads ask for today on every request. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, format);
  }
  return format;
}
