// ISO calendar dates ('YYYY-MM-DD') handled as strings: they compare correctly with < and >,
// and all arithmetic goes through UTC so no local time zone can shift a day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateSpan {
  start: string;
  end: string;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1000 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= lastDayOfMonth(year, month)
  );
}

export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Splits an ISO date into numbers; throws RangeError when it is not a real calendar date. */
export function ymdOf(iso: string): { year: number; month: number; day: number } {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** From the first day of `fromMonth` to the last day of `toMonth`, in one year. */
export function monthSpan(year: number, fromMonth: number, toMonth: number): DateSpan {
  return { start: isoDate(year, fromMonth, 1), end: isoDate(year, toMonth, lastDayOfMonth(year, toMonth)) };
}

function toUtcMs(iso: string): number {
  const { year, month, day } = ymdOf(iso);
  return Date.UTC(year, month - 1, day);
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtcMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}
