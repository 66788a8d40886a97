import { monthSpan, type DateSpan } from './dates.js';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function quarterRoman(quarter: number): string {
  const roman = ROMAN[quarter - 1];
  if (roman === undefined) throw new RangeError(`No quarter ${quarter}`);
  return roman;
}

/** Reads a quarter written "I".."IV" or "1".."4" (any case); null for anything else, e.g. "V". */
export function parseQuarterNumber(token: string): number | null {
  const n = /^\d+$/.test(token) ? Number(token) : ROMAN.indexOf(token.toUpperCase() as (typeof ROMAN)[number]) + 1;
  return n >= 1 && n <= 4 ? n : null;
}

export function quarterOfMonth(month: number): number {
  return Math.ceil(month / 3);
}

export function quarterSpan(year: number, quarter: number): DateSpan {
  return monthSpan(year, quarter * 3 - 2, quarter * 3);
}
