import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { calendarPeriodCodes, currentPeriodCode, customPeriod, parsePeriod, periodShortLabelVi, PeriodError } from './period.js';

describe('parsePeriod', () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31', 'Quý I năm 2026', 'Q1 2026', 'Quý I'],
    ['2026-Q2', '2026-04-01', '2026-06-30', 'Quý II năm 2026', 'Q2 2026', 'Quý II'],
    ['2026-Q3', '2026-07-01', '2026-09-30', 'Quý III năm 2026', 'Q3 2026', 'Quý III'],
    ['2026-Q4', '2026-10-01', '2026-12-31', 'Quý IV năm 2026', 'Q4 2026', 'Quý IV'],
    ['2026-H1', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026', 'First half of 2026', '6 tháng'],
    ['2026-9M', '2026-01-01', '2026-09-30', '9 tháng năm 2026', 'First nine months of 2026', '9 tháng'],
    ['2026', '2026-01-01', '2026-12-31', 'Năm 2026', 'Year 2026', 'năm'],
  ])('%s runs %s..%s, "%s"', (code, from, to, labelVi, labelEn, short) => {
    const p = parsePeriod(code);
    expect(p).toEqual({ code, from, to, labelVi, labelEn });
    expect(periodShortLabelVi(p)).toBe(short);
  });

  it.each(['', '2026-Q5', '2026-Q0', '2026-H2', '26-Q1', '2026-q1', 'Q1-2026', '2026-Q1 ', 'custom:2021-11-30..2020-12-15'])(
    'rejects %j with a bilingual PeriodError',
    (code) => {
      let error: unknown;
      try {
        parsePeriod(code);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PeriodError);
      const { messageVi, messageEn, name } = error as PeriodError;
      expect(name).toBe('PeriodError');
      expect(messageVi).toMatch(/kỳ báo cáo|ngày/i);
      expect(messageEn).toMatch(/period|start/i);
    },
  );

  it('reads back the codes customPeriod makes', () => {
    const p = customPeriod('2020-12-15', '2021-11-30');
    expect(parsePeriod(p.code)).toEqual(p);
  });
});

describe('customPeriod', () => {
  it('describes the 2021 yearly report window', () => {
    const p = customPeriod('2020-12-15', '2021-11-30');
    expect(p).toEqual({
      code: 'custom:2020-12-15..2021-11-30',
      from: '2020-12-15',
      to: '2021-11-30',
      labelVi: 'Từ 15/12/2020 đến 30/11/2021',
      labelEn: 'From 2020-12-15 to 2021-11-30',
    });
    expect(periodShortLabelVi(p)).toBe('kỳ báo cáo');
  });

  it('accepts a one-day window and refuses reversed or non-ISO dates', () => {
    expect(customPeriod('2026-05-01', '2026-05-01').to).toBe('2026-05-01');
    expect(() => customPeriod('2021-11-30', '2020-12-15')).toThrow(PeriodError);
    expect(() => customPeriod('15/12/2020', '2021-11-30')).toThrow(PeriodError);
    expect(() => customPeriod('2021-02-29', '2021-11-30')).toThrow(PeriodError);
  });
});

describe('currentPeriodCode', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (asOf, code) => {
    expect(currentPeriodCode(asOf)).toBe(code);
  });

  it('returns a quarter that contains the day', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const p = parsePeriod(currentPeriodCode(d));
        expect(p.from <= d && d <= p.to).toBe(true);
      }),
    );
  });

  it('refuses a non-date', () => {
    expect(() => currentPeriodCode('2026-13-01')).toThrow(PeriodError);
  });
});

describe('calendarPeriodCodes', () => {
  it('lists the quarters, 6 and 9 months and the year, each a valid period', () => {
    const codes = calendarPeriodCodes(2026);
    expect(codes).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-H1', '2026-9M', '2026']);
    expect(codes.map((c) => parsePeriod(c).to)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2026-06-30', '2026-09-30', '2026-12-31']);
  });
});
