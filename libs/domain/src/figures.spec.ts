import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeFigures, type FigureTask } from './figures.js';
import { customPeriod, parsePeriod } from './period.js';

let nextId = 0;
function task(overrides: Partial<FigureTask> = {}): FigureTask {
  nextId += 1;
  return {
    id: `t${nextId}`,
    status: 'not_started',
    due: null,
    recurring: false,
    completedOn: null,
    leadUnits: [],
    section: null,
    assignedFromAbove: false,
    reportedInPeriod: false,
    ...overrides,
  };
}
const many = (n: number, overrides: Partial<FigureTask>) => Array.from({ length: n }, () => task(overrides));
const ids = (ts: FigureTask[]) => ts.map((t) => t.id);

describe('computeFigures — seed 000, Báo cáo CCHC Quý I/2025', () => {
  const dueInQ1 = many(5, { status: 'done', due: '2025-03-31', completedOn: '2025-03-20' });
  const doneEarly = many(6, { status: 'done', due: '2025-12-31', completedOn: '2025-02-15' });
  const open = many(14, { status: 'in_progress', due: '2025-09-30' });
  const recurring = many(15, { recurring: true, status: 'in_progress', reportedInPeriod: true });
  const assigned = many(86, { assignedFromAbove: true, status: 'done', due: '2025-03-15', completedOn: '2025-03-10' });
  const figures = computeFigures({
    tasks: [...dueInQ1, ...doneEarly, ...open, ...recurring, ...assigned],
    period: parsePeriod('2025-Q1'),
    asOf: '2025-03-31',
  });

  it('counts 11 done of 40 as 27,5% of the year plan', () => {
    expect(figures.inPlan).toBe(40);
    expect(figures.completed).toBe(11);
    expect(figures.ratio).toBe(27.5);
    expect(figures.ratioText).toBe('27,5%');
  });

  it('gives 100% of the Quý I plan and the report sentence', () => {
    expect(figures.period).toEqual({
      due: 5, completed: 5, ratio: 100, ratioText: '100%',
      code: '2025-Q1', from: '2025-01-01', to: '2025-03-31', labelVi: 'Quý I năm 2025',
    });
    expect(figures.summaryVi).toBe('Đạt 27,5% KH năm; 100% KH Quý I');
  });

  it('counts 86 assigned tasks, 86 on time, apart from the plan', () => {
    expect(figures.assigned).toEqual({ total: 86, onTime: 86, late: 0, overdueNotDone: 0 });
    expect(figures.taskIds.assignedOnTime).toEqual(ids(assigned));
    expect(figures.taskIds.inPlan).not.toContain(assigned[0]!.id);
  });

  it('lists exactly the tasks behind the counts', () => {
    expect(figures.taskIds.completed).toEqual(ids([...dueInQ1, ...doneEarly]));
    expect(figures.taskIds.periodDue).toEqual(ids(dueInQ1));
    expect(figures.taskIds.notYetDue).toEqual(ids(open));
    expect(figures.recurring).toEqual({ total: 15, reported: 15 });
  });
});

describe('computeFigures — seed 003, 6 tháng đầu năm 2021', () => {
  const done = many(21, { status: 'done', due: '2021-06-30', completedOn: '2021-06-15' });
  const scoring = task({ status: 'in_progress', due: '2021-12-31' });
  const figures = computeFigures({ tasks: [...done, scoring], period: parsePeriod('2021-H1'), asOf: '2021-06-30' });

  it('gives 21 of 22, 95,5%, with one task not yet due', () => {
    expect([figures.inPlan, figures.completed, figures.ratioText]).toEqual([22, 21, '95,5%']);
    expect(figures.notYetDue).toBe(1);
    expect(figures.taskIds.notYetDue).toEqual([scoring.id]);
    expect(figures.overdue).toBe(0);
    expect(figures.summaryVi).toBe('Đạt 95,5% KH năm; 100% KH 6 tháng');
  });
});

describe('computeFigures — seed 002, custom window 15/12/2020–30/11/2021', () => {
  const period = customPeriod('2020-12-15', '2021-11-30');
  const plan = many(35, { status: 'done', due: '2021-11-30', completedOn: '2021-10-01' });
  const afterWindow = task({ status: 'done', due: '2021-12-31', completedOn: '2021-12-05' });
  const onTime = many(254, { assignedFromAbove: true, status: 'done', due: '2021-06-30', completedOn: '2021-06-01' });
  const late = task({ assignedFromAbove: true, status: 'done', due: '2021-06-30', completedOn: '2021-07-02' });
  // Computed after the window has closed: the window's end is the report's day.
  const figures = computeFigures({ tasks: [...plan, afterWindow, ...onTime, late], period, asOf: '2021-12-20' });

  it('judges everything on the window end, not on the later asOf', () => {
    expect(figures.asOf).toBe('2021-11-30');
    expect(figures.completed).toBe(35);
    expect(figures.inPlan).toBe(36);
    expect(figures.taskIds.notYetDue).toEqual([afterWindow.id]);
  });

  it('reports the period ratio under "kỳ báo cáo"', () => {
    expect(figures.period.labelVi).toBe('Từ 15/12/2020 đến 30/11/2021');
    expect(figures.period.ratioText).toBe('100%');
    expect(figures.summaryVi).toBe('Đạt 97,2% KH năm; 100% KH kỳ báo cáo');
  });

  it('counts 255 assigned: 254 on time, 1 late', () => {
    expect(figures.assigned).toEqual({ total: 255, onTime: 254, late: 1, overdueNotDone: 0 });
    expect(figures.taskIds.assignedLate).toEqual([late.id]);
  });
});

describe('computeFigures rules', () => {
  const q1 = parsePeriod('2026-Q1');
  const vp = { id: 'u-vp', name: 'Văn phòng Sở' };
  const tt = { id: 'u-tt', name: 'Thanh tra Sở' };
  const an = { id: 'u-an', name: 'Ấn chỉ' };

  it('counts a task with two lead units once for each, sorting units the Vietnamese way', () => {
    const shared = task({ leadUnits: [vp, tt], status: 'done', due: '2026-03-31', completedOn: '2026-03-01' });
    const vpOnly = task({ leadUnits: [vp], due: '2026-12-31' });
    const anOnly = task({ leadUnits: [an], due: '2026-06-30' });
    const f = computeFigures({ tasks: [shared, vpOnly, anOnly], period: q1, asOf: '2026-03-31' });
    expect(f.inPlan).toBe(3);
    expect(f.byUnit.map((u) => [u.unitName, u.inPlan, u.completed])).toEqual([
      ['Ấn chỉ', 1, 0],
      ['Thanh tra Sở', 1, 1],
      ['Văn phòng Sở', 2, 1],
    ]);
    expect(f.byUnit.find((u) => u.unitId === 'u-vp')!.ratioText).toBe('50%');
  });

  it('counts a unit named twice on one task once', () => {
    const f = computeFigures({ tasks: [task({ leadUnits: [vp, vp] })], period: q1, asOf: '2026-03-31' });
    expect(f.byUnit).toHaveLength(1);
    expect(f.byUnit[0]!.inPlan).toBe(1);
  });

  it('gives sections in the order they first appear', () => {
    const s7 = { id: 's7', code: 'VII', title: 'Chuyển đổi số' };
    const s1 = { id: 's1', code: 'I', title: 'Công tác chỉ đạo' };
    const f = computeFigures({
      tasks: [task({ section: s7 }), task({ section: s1, status: 'done', completedOn: '2026-02-01' }), task({ section: s7 })],
      period: q1,
      asOf: '2026-03-31',
    });
    expect(f.bySection.map((s) => [s.sectionId, s.code, s.title, s.inPlan, s.completed])).toEqual([
      ['s7', 'VII', 'Chuyển đổi số', 2, 0],
      ['s1', 'I', 'Công tác chỉ đạo', 1, 1],
    ]);
  });

  it('leaves cancelled tasks out of every figure', () => {
    const cancelled = task({ status: 'cancelled', due: '2026-01-15', leadUnits: [vp] });
    const f = computeFigures({ tasks: [cancelled, task({ due: '2026-02-01' })], period: q1, asOf: '2026-03-31' });
    expect(f.inPlan).toBe(1);
    expect(f.period.due).toBe(1);
    expect(Object.values(f.taskIds).flat()).not.toContain(cancelled.id);
    expect(f.byUnit[0]!.inPlan).toBe(0);
  });

  it('reports recurring tasks beside the dated ones, entering the year ratio only once done', () => {
    const reported = task({ recurring: true, reportedInPeriod: true });
    const silent = task({ recurring: true });
    const doneRecurring = task({ recurring: true, status: 'done', completedOn: '2026-03-01', reportedInPeriod: true });
    const f = computeFigures({ tasks: [reported, silent, doneRecurring], period: q1, asOf: '2026-03-31' });
    expect(f.recurring).toEqual({ total: 3, reported: 2 });
    expect(f.taskIds.recurringReported).toEqual([reported.id, doneRecurring.id]);
    expect([f.inPlan, f.completed, f.ratioText]).toEqual([3, 1, '33,3%']);
    expect([f.period.due, f.noDate, f.overdue]).toEqual([0, 0, 0]);
    expect(f.summaryVi).toBe('Đạt 33,3% KH năm');
  });

  it('separates overdue, due soon, not yet due and no date', () => {
    const asOf = '2026-03-10';
    const overdue = task({ due: '2026-03-09' });
    const lateDone = task({ due: '2026-03-01', status: 'done', completedOn: '2026-03-05' });
    const soon = task({ due: '2026-03-17' });
    const later = task({ due: '2026-03-18' });
    const nextQuarter = task({ due: '2026-06-30' });
    const external = task({ due: null });
    const f = computeFigures({ tasks: [overdue, lateDone, soon, later, nextQuarter, external], period: q1, asOf });
    expect(f.taskIds.overdue).toEqual([overdue.id]);
    expect(f.taskIds.dueSoon).toEqual([soon.id]);
    expect(f.taskIds.notYetDue).toEqual([nextQuarter.id]);
    expect(f.taskIds.noDate).toEqual([external.id]);
    expect(f.taskIds.periodDue).toEqual(ids([overdue, lateDone, soon, later]));
    expect(f.period).toMatchObject({ due: 4, completed: 1, ratio: 25, ratioText: '25%' });
  });

  it('does not count a completion after the report day', () => {
    const f = computeFigures({
      tasks: [task({ status: 'done', due: '2026-03-31', completedOn: '2026-03-25' })],
      period: q1,
      asOf: '2026-03-20',
    });
    expect([f.completed, f.period.completed, f.dueSoon]).toEqual([0, 0, 0]);
    expect(f.taskIds.periodDue).toHaveLength(1);
  });

  it('sorts assigned tasks into on time, late and overdue not done', () => {
    const tasks = [
      task({ assignedFromAbove: true, status: 'done', due: '2026-02-01', completedOn: '2026-01-30' }),
      task({ assignedFromAbove: true, status: 'done', completedOn: '2026-01-30' }),
      task({ assignedFromAbove: true, status: 'done', due: '2026-02-01', completedOn: '2026-02-03' }),
      task({ assignedFromAbove: true, status: 'in_progress', due: '2026-02-01' }),
      task({ assignedFromAbove: true, status: 'in_progress', due: '2026-04-01' }),
      task({ assignedFromAbove: true, status: 'cancelled', due: '2026-02-01' }),
    ];
    const f = computeFigures({ tasks, period: q1, asOf: '2026-03-31' });
    expect(f.assigned).toEqual({ total: 5, onTime: 2, late: 1, overdueNotDone: 1 });
    expect(f.taskIds.assignedOverdueNotDone).toEqual([tasks[3]!.id]);
    expect(f.inPlan).toBe(0);
    expect(f.byUnit).toEqual([]);
  });

  it('gives dashes, not 0%, when nothing is in the plan', () => {
    const f = computeFigures({ tasks: [], period: q1, asOf: '2026-03-31' });
    expect([f.ratio, f.ratioText, f.period.ratioText, f.summaryVi]).toEqual([null, '—', '—', 'Đạt — KH năm']);
  });

  it('refuses an asOf that is not a date and a negative reminder window', () => {
    expect(() => computeFigures({ tasks: [], period: q1, asOf: '31/03/2026' })).toThrow(RangeError);
    expect(() => computeFigures({ tasks: [], period: q1, asOf: '2026-03-31', dueSoonDays: -1 })).toThrow(RangeError);
  });
});

describe('computeFigures properties', () => {
  const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const units = [{ id: 'a', name: 'Văn phòng' }, { id: 'b', name: 'Thanh tra' }, { id: 'c', name: 'Ấn chỉ' }];
  const taskArb = fc.record({
    status: fc.constantFrom('not_started', 'in_progress', 'done', 'cancelled' as const),
    due: fc.option(day, { nil: null }),
    recurring: fc.boolean(),
    completedOn: fc.option(day, { nil: null }),
    leadUnits: fc.subarray(units),
    assignedFromAbove: fc.boolean(),
    reportedInPeriod: fc.boolean(),
  });

  const periodCode = fc.constantFrom('2026-Q1', '2026-H1', '2026-9M', '2026');
  const lengths = (lists: string[][]) => lists.map((l) => l.length);
  const within = (sub: string[], sup: string[]) => sub.every((id) => sup.includes(id));

  it('every count is the length of its id list, and the lists nest as they should', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 30 }), day, periodCode, (raw, asOf, code) => {
        const tasks = raw.map((r, i) => ({ ...r, id: `p${i}`, section: null }));
        const f = computeFigures({ tasks, period: parsePeriod(code), asOf });
        const t = f.taskIds;
        expect([f.inPlan, f.completed, f.period.due, f.period.completed, f.recurring.total, f.recurring.reported])
          .toEqual(lengths([t.inPlan, t.completed, t.periodDue, t.periodCompleted, t.recurring, t.recurringReported]));
        expect([f.notYetDue, f.overdue, f.dueSoon, f.noDate])
          .toEqual(lengths([t.notYetDue, t.overdue, t.dueSoon, t.noDate]));
        expect([f.assigned.total, f.assigned.onTime, f.assigned.late, f.assigned.overdueNotDone])
          .toEqual(lengths([t.assigned, t.assignedOnTime, t.assignedLate, t.assignedOverdueNotDone]));
        expect(within(t.completed, t.inPlan)).toBe(true);
        expect(within(t.periodCompleted, t.periodDue) && within(t.periodDue, t.inPlan)).toBe(true);
        expect(within(t.overdue, t.periodDue)).toBe(true);
        expect(t.inPlan.filter((id) => t.assigned.includes(id))).toEqual([]);

        const planTasks = tasks.filter((x) => !x.assignedFromAbove && x.status !== 'cancelled');
        expect(f.inPlan).toBe(planTasks.length);
        // Per-unit totals add up to the lead-unit mentions among the plan's tasks.
        const mentions = planTasks.reduce((n, x) => n + x.leadUnits.length, 0);
        expect(f.byUnit.reduce((n, u) => n + u.inPlan, 0)).toBe(mentions);
      }),
    );
  });
});
