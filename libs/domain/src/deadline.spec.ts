import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { isoDate, lastDayOfMonth, monthSpan, type DateSpan } from './dates.js';
import { deriveDeadline, DEADLINE_KIND_LABELS, type DeadlineKind } from './deadline.js';
import { quarterRoman, quarterSpan } from './quarter.js';

// The repository's copy of shared/fixtures/plan-2026.json (the demo plan).
const FIXTURE = new URL('../../../apps/api/src/demo/plan-2026.json', import.meta.url);

interface FixtureSection {
  subsections?: FixtureSection[];
  objectives?: { tasks: { deadline: string }[] }[];
}

function fixtureDeadlines(): string[] {
  const plan = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { sections: FixtureSection[] };
  const walk = (s: FixtureSection): string[] => [
    ...(s.objectives ?? []).flatMap((o) => o.tasks.map((t) => t.deadline)),
    ...(s.subsections ?? []).flatMap(walk),
  ];
  return plan.sections.flatMap(walk);
}

// The due date a person reads from each deadline text of the 2026 appendix.
const READ_AS: Record<string, { kind: DeadlineKind; due: string | null }> = {
  'Trước ngày 15/01/2026': { kind: 'date', due: '2026-01-15' },
  'Tháng 01-03/2026': { kind: 'month_range', due: '2026-03-31' },
  'Quý I/2026': { kind: 'quarter', due: '2026-03-31' },
  'Quý II, III năm 2026': { kind: 'quarters', due: '2026-09-30' },
  'Quý I, II năm 2026': { kind: 'quarters', due: '2026-06-30' },
  'Quý IV năm 2026': { kind: 'quarter', due: '2026-12-31' },
  'Năm 2026': { kind: 'year', due: '2026-12-31' },
  'Thường xuyên': { kind: 'recurring', due: null },
  'Theo Kế hoạch của UBND tỉnh': { kind: 'external', due: null },
  'Theo Kế hoạch ISO năm 2026': { kind: 'external', due: null },
};

describe('deriveDeadline on the 2026 plan', () => {
  const deadlines = fixtureDeadlines();

  it('reads all 45 deadlines', () => {
    expect(deadlines).toHaveLength(45);
  });

  it.each(deadlines.map((d, i) => [i + 1, d] as const))('task %i: %s derives to the date a person reads', (_, text) => {
    const expected = READ_AS[text];
    expect(expected).toBeDefined();
    const derived = deriveDeadline(text, 2026);
    expect(derived.kind).not.toBe('unparsed');
    expect({ kind: derived.kind, due: derived.due }).toEqual(expected);
  });
});

describe('deriveDeadline rules', () => {
  it.each([
    ['Trước 30/6/2026', 'date', null, '2026-06-30'],
    ['Ngày 15/01/2026', 'date', null, '2026-01-15'],
    ['15/01', 'date', null, '2026-01-15'],
    ['15 tháng 1 năm 2025', 'date', null, '2025-01-15'],
    ['Tháng 9/2026', 'month', '2026-09-01', '2026-09-30'],
    ['Trong tháng 12/2026', 'month', '2026-12-01', '2026-12-31'],
    ['Tháng 9 năm 2026', 'month', '2026-09-01', '2026-09-30'],
    ['tháng 2', 'month', '2026-02-01', '2026-02-28'],
    ['Tháng 1 - 3 năm 2026', 'month_range', '2026-01-01', '2026-03-31'],
    ['Quý 2/2026', 'quarter', '2026-04-01', '2026-06-30'],
    ['quy iv', 'quarter', '2026-10-01', '2026-12-31'],
    ['Quý I và II/2026', 'quarters', '2026-01-01', '2026-06-30'],
    ['Quý II-III/2026', 'quarters', '2026-04-01', '2026-09-30'],
    ['Quý I, III năm 2026', 'quarters', '2026-01-01', '2026-09-30'],
    ['6 tháng đầu năm 2026', 'half', '2026-01-01', '2026-06-30'],
    ['6 tháng cuối năm', 'half', '2026-07-01', '2026-12-31'],
    ['Trong năm 2026', 'year', '2026-01-01', '2026-12-31'],
    ['Cả năm 2026', 'year', '2026-01-01', '2026-12-31'],
    ['Năm 2027', 'year', '2027-01-01', '2027-12-31'],
  ])('%s → %s %s..%s', (text, kind, start, due) => {
    expect(deriveDeadline(text, 2026)).toEqual({ kind, start, due, recurrence: null });
  });

  it.each([
    ['Thường xuyên', 'ongoing'],
    ['thuong xuyen.', 'ongoing'],
    ['Hằng tháng', 'monthly'],
    ['Hàng tháng', 'monthly'],
    ['Hằng quý', 'quarterly'],
    ['HANG QUY', 'quarterly'],
  ])('%s is recurring (%s) with no single date', (text, recurrence) => {
    expect(deriveDeadline(text, 2026)).toEqual({ kind: 'recurring', start: null, due: null, recurrence });
  });

  it.each(['Theo Kế hoạch của UBND tỉnh', 'theo ke hoach ISO nam 2026', 'Theo tiến độ của Bộ'])(
    '%s is external, with no date until someone sets one',
    (text) => {
      expect(deriveDeadline(text, 2026)).toEqual({ kind: 'external', start: null, due: null, recurrence: null });
    },
  );

  it.each([
    '', '   ', '31/02/2026', '32/01', 'Tháng 13/2026', 'Tháng 0', 'Quý V/2026', 'Quý 5', 'Quý III, II/2026',
    'Quý I, I/2026', 'Tháng 3-1/2026', 'Tháng 12 – 2026', 'Quý I/26', 'Sau khi có hướng dẫn', 'Theoo kế hoạch',
    'Hằng năm nếu cần',
  ])('%j is unparsed, never guessed', (text) => {
    expect(deriveDeadline(text, 2026)).toEqual({ kind: 'unparsed', start: null, due: null, recurrence: null });
  });

  it('lets a year in the text win over the plan year', () => {
    expect(deriveDeadline('Quý I/2027', 2026).due).toBe('2027-03-31');
    expect(deriveDeadline('Quý I', 2025).due).toBe('2025-03-31');
  });

  it('refuses a plan year that is not a year', () => {
    expect(() => deriveDeadline('Quý I', 26)).toThrow(RangeError);
  });

  it('labels every kind in both languages', () => {
    for (const label of Object.values(DEADLINE_KIND_LABELS)) {
      expect(label.vi.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
    expect(Object.keys(DEADLINE_KIND_LABELS)).toHaveLength(10);
  });
});

describe('deriveDeadline properties', () => {
  const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

  /** Writes words the way people type them: odd spacing, any case, diacritics or not, NFC or NFD. */
  const typed = (words: string[]) =>
    fc
      .record({
        gaps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: words.length, maxLength: words.length }),
        upper: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
        strip: fc.boolean(),
        nfd: fc.boolean(),
      })
      .map(({ gaps, upper, strip, nfd }) => {
        const text = words.map((w, i) => ' '.repeat(gaps[i]!) + w).join('');
        const cased = [...(strip ? stripMarks(text) : text)]
          .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
          .join('');
        return nfd ? cased.normalize('NFD') : cased;
      });

  const year = fc.integer({ min: 2000, max: 2099 });
  const planYear = fc.integer({ min: 2000, max: 2099 });
  const yearSuffix = (y: number | null) =>
    y === null ? fc.constant<string[]>([]) : fc.constantFrom<string[]>(['/', String(y)], ['năm', String(y)]);
  const maybeYear = fc.option(year, { nil: null });
  const twoDigits = (n: number) => fc.constantFrom(String(n), String(n).padStart(2, '0'));

  interface Case {
    text: string;
    planYear: number;
    kind: DeadlineKind;
    span: DateSpan; // the period the text names
    exactDue?: string;
  }

  /** Adds an optional "/ yyyy" or "năm yyyy" to a text; without one the plan year applies. */
  const withYear = (
    shape: fc.Arbitrary<{ words: string[]; kind: DeadlineKind; span: (y: number) => DateSpan; exact?: boolean }>,
  ): fc.Arbitrary<Case> =>
    fc.tuple(maybeYear, planYear).chain(([y, py]) =>
      shape.chain(({ words, kind, span, exact }) =>
        yearSuffix(y).chain((suffix) =>
          typed([...words, ...suffix]).map((text): Case => {
            const named = span(y ?? py);
            return { text, planYear: py, kind, span: named, ...(exact ? { exactDue: named.end } : {}) };
          }),
        ),
      ),
    );

  const monthCase = withYear(
    fc.integer({ min: 1, max: 12 }).chain((m) =>
      fc.tuple(fc.constantFrom([], ['Trong']), twoDigits(m)).map(([prefix, mm]) => ({
        words: [...prefix, 'Tháng', mm],
        kind: 'month' as const,
        span: (y: number) => monthSpan(y, m, m),
      })),
    ),
  );

  const quarterToken = (q: number) => fc.constantFrom(quarterRoman(q), String(q));
  const quarterCase = withYear(
    fc.integer({ min: 1, max: 4 }).chain((q) =>
      quarterToken(q).map((tok) => ({ words: ['Quý', tok], kind: 'quarter' as const, span: (y: number) => quarterSpan(y, q) })),
    ),
  );

  const quartersCase = withYear(
    fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }).chain((qs) => {
      const sorted = [...qs].sort();
      return fc
        .tuple(fc.tuple(...sorted.map(quarterToken)), fc.constantFrom(',', 'và', '-'))
        .map(([toks, sep]) => ({
          words: ['Quý', ...toks.flatMap((t, i) => (i === 0 ? [t] : [sep, t]))],
          kind: 'quarters' as const,
          span: (y: number) => ({ start: quarterSpan(y, sorted[0]!).start, end: quarterSpan(y, sorted.at(-1)!).end }),
        }));
    }),
  );

  const halfCase = fc.tuple(maybeYear, planYear, fc.boolean()).chain(([y, py, first]) =>
    typed(['6', 'tháng', first ? 'đầu' : 'cuối', 'năm', ...(y === null ? [] : [String(y)])]).map(
      (text): Case => ({
        text,
        planYear: py,
        kind: 'half',
        span: first ? monthSpan(y ?? py, 1, 6) : monthSpan(y ?? py, 7, 12),
      }),
    ),
  );

  const dateCase = withYear(
    fc
      .integer({ min: 1, max: 12 })
      .chain((m) => fc.tuple(fc.constant(m), fc.integer({ min: 1, max: 28 })))
      .chain(([m, d]) =>
        fc.tuple(fc.constantFrom([], ['Trước'], ['Trước', 'ngày'], ['Ngày']), twoDigits(d), twoDigits(m)).map(
          ([prefix, dd, mm]) => ({
            words: [...prefix, dd, '/', mm],
            kind: 'date' as const,
            span: (y: number) => ({ start: isoDate(y, m, d), end: isoDate(y, m, d) }),
            exact: true,
          }),
        ),
      ),
  );

  it.each([
    ['month', monthCase],
    ['quarter', quarterCase],
    ['quarters', quartersCase],
    ['half', halfCase],
    ['date', dateCase],
  ] as const)('%s texts: the due date lies in the named period and start ≤ due', (_, cases) => {
    fc.assert(
      fc.property(cases, (c) => {
        const d = deriveDeadline(c.text, c.planYear);
        expect(d.kind).toBe(c.kind);
        expect(d.due).not.toBeNull();
        expect(d.due! >= c.span.start && d.due! <= c.span.end).toBe(true);
        expect(d.start === null || d.start <= d.due!).toBe(true);
        if (c.exactDue) expect(d.due).toBe(c.exactDue);
        else expect({ start: d.start, due: d.due }).toEqual({ start: c.span.start, due: c.span.end });
      }),
    );
  });

  it('never guesses a month beyond 12 or a day beyond the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 13, max: 99 }), year, (m, y) => {
        expect(deriveDeadline(`Tháng ${m}/${y}`, 2026).kind).toBe('unparsed');
        expect(deriveDeadline(`${lastDayOfMonth(y, (m % 12) + 1) + 1}/${(m % 12) + 1}/${y}`, 2026).kind).toBe('unparsed');
      }),
    );
  });
});
