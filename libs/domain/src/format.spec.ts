import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatDateVi, formatNumberVi, formatPercentVi, ratioOf, todayIn } from './format.js';

describe('ratioOf', () => {
  it.each([
    [11, 40, 27.5],
    [21, 22, 95.5],
    [2, 3, 66.7],
    [1, 3, 33.3],
    [86, 86, 100],
    [0, 5, 0],
    [1, 8, 12.5],
    [1, 16, 6.3], // 6.25 rounds half up
    [1, 2000, 0.1], // 0.05 rounds half up
  ])('%i of %i → %d', (part, whole, expected) => {
    expect(ratioOf(part, whole)).toBe(expected);
  });

  it('is null when there is nothing to divide by', () => {
    expect(ratioOf(0, 0)).toBeNull();
  });

  it('takes counts only', () => {
    expect(() => ratioOf(-1, 4)).toThrow(RangeError);
    expect(() => ratioOf(1.5, 4)).toThrow(RangeError);
  });

  it('stays within 0.05 of the exact percent and is monotonic in the part', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (whole, p) => {
        const part = p % (whole + 1);
        const r = ratioOf(part, whole)!;
        expect(Math.abs(r - (100 * part) / whole)).toBeLessThanOrEqual(0.05 + 1e-9);
        if (part < whole) expect(ratioOf(part + 1, whole)!).toBeGreaterThanOrEqual(r);
      }),
    );
  });
});

describe('Vietnamese number formats', () => {
  it('formats numbers with "." thousands and "," decimals', () => {
    expect(formatNumberVi(1386)).toBe('1.386');
    expect(formatNumberVi(86)).toBe('86');
    expect(formatNumberVi(1234567.5)).toBe('1.234.567,5');
  });

  it('formats percents, dropping ",0" and showing null as a dash', () => {
    expect(formatPercentVi(27.5)).toBe('27,5%');
    expect(formatPercentVi(95.5)).toBe('95,5%');
    expect(formatPercentVi(100)).toBe('100%');
    expect(formatPercentVi(0)).toBe('0%');
    expect(formatPercentVi(null)).toBe('—');
  });

  it('formats dates as dd/mm/yyyy', () => {
    expect(formatDateVi('2026-03-31')).toBe('31/03/2026');
    expect(formatDateVi('2020-12-05')).toBe('05/12/2020');
    expect(formatDateVi(null)).toBe('');
    expect(() => formatDateVi('2026-02-30')).toThrow(RangeError);
  });
});

describe('todayIn', () => {
  it("gives the agency's calendar day, not UTC's", () => {
    const lateUtc = new Date('2026-03-31T18:30:00Z'); // 01:30 on 1 April in Hà Nội
    expect(todayIn('Asia/Ho_Chi_Minh', lateUtc)).toBe('2026-04-01');
    expect(todayIn('UTC', lateUtc)).toBe('2026-03-31');
  });

  it('defaults to Asia/Ho_Chi_Minh and returns an ISO date', () => {
    expect(todayIn(undefined, new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(todayIn()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
