import { describe, expect, it } from '@jest/globals';
import { TASK_STATUS_LABELS, TIMELINESS_LABELS, timelinessOf, type TaskStatus } from './timeliness.js';

const task = (status: TaskStatus, due: string | null, completedOn: string | null = null) => ({
  status,
  due,
  completedOn,
});

describe('timelinessOf', () => {
  const asOf = '2026-03-20';

  it.each([
    ['cancelled', task('cancelled', '2026-01-01'), 'cancelled'],
    ['done before due', task('done', '2026-03-31', '2026-03-10'), 'done_on_time'],
    ['done on the due day', task('done', '2026-03-10', '2026-03-10'), 'done_on_time'],
    ['done with no due date', task('done', null, '2026-02-01'), 'done_on_time'],
    ['done after due', task('done', '2026-03-01', '2026-03-05'), 'done_late'],
    ['open with no due date', task('in_progress', null), 'no_date'],
    ['open, due yesterday', task('not_started', '2026-03-19'), 'overdue'],
    ['open, due today', task('in_progress', '2026-03-20'), 'due_soon'],
    ['open, due in 7 days', task('in_progress', '2026-03-27'), 'due_soon'],
    ['open, due in 8 days', task('in_progress', '2026-03-28'), 'on_track'],
  ] as const)('%s → %s', (_, t, expected) => {
    expect(timelinessOf(t, asOf)).toBe(expected);
  });

  it('treats a task completed after asOf as still open on asOf', () => {
    expect(timelinessOf(task('done', '2026-03-10', '2026-03-25'), asOf)).toBe('overdue');
    expect(timelinessOf(task('done', '2026-03-22', '2026-03-21'), asOf)).toBe('due_soon');
    expect(timelinessOf(task('done', '2026-03-22', '2026-03-21'), '2026-03-21')).toBe('done_on_time');
  });

  it('honours the reminder window it is given', () => {
    expect(timelinessOf(task('in_progress', '2026-03-22'), asOf, 1)).toBe('on_track');
    expect(timelinessOf(task('in_progress', '2026-03-21'), asOf, 1)).toBe('due_soon');
  });

  it('counts a done task with no completion date as done', () => {
    expect(timelinessOf(task('done', '2026-01-01'), asOf)).toBe('done_on_time');
  });

  it('labels every status and timeliness in both languages', () => {
    expect(TIMELINESS_LABELS.overdue).toEqual({ vi: 'Quá hạn', en: 'Overdue' });
    expect(TASK_STATUS_LABELS.done.vi).toBe('Đã hoàn thành');
    expect(Object.keys(TIMELINESS_LABELS)).toHaveLength(7);
    expect(Object.keys(TASK_STATUS_LABELS)).toHaveLength(4);
  });
});
