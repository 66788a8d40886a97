import { describe, expect, it } from '@jest/globals';
import { periodEndOf, reminderOn, reminderPhraseVi, validReminderSettings, DEFAULT_REMINDER_SETTINGS, type ReminderTask } from './reminders.js';

const dated = (due: string, status: ReminderTask['status'] = 'in_progress'): ReminderTask => ({ status, due, recurrence: null, planYear: 2026 });
const recurring = (recurrence: ReminderTask['recurrence']): ReminderTask => ({ status: 'not_started', due: null, recurrence, planYear: 2026 });

describe('reminderOn', () => {
  it('reminds 7 and 1 days before, on the day, and weekly while overdue', () => {
    const task = dated('2026-03-31');
    const kinds = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-07', '2026-04-08', '2026-04-14']
      .map((day) => reminderOn(task, day)?.kind ?? null);
    expect(kinds).toEqual([null, 'before_due', null, 'before_due', 'due_today', null, 'overdue', null, 'overdue']);
    expect(reminderOn(task, '2026-03-24')).toEqual({ kind: 'before_due', dueOn: '2026-03-31', days: 7 });
    expect(reminderOn(task, '2026-04-20')).toBeNull();
    expect(reminderOn(task, '2026-04-21')).toEqual({ kind: 'overdue', dueOn: '2026-03-31', days: 21 });
  });

  it('never reminds about tasks done, cancelled, or without a date', () => {
    expect(reminderOn(dated('2026-03-31', 'done'), '2026-03-31')).toBeNull();
    expect(reminderOn(dated('2026-03-31', 'cancelled'), '2026-04-07')).toBeNull();
    expect(reminderOn({ status: 'not_started', due: null, recurrence: null, planYear: 2026 }, '2026-03-24')).toBeNull();
  });

  it('reminds recurring tasks before their period ends, within the plan year', () => {
    expect(reminderOn(recurring('ongoing'), '2026-03-24')).toEqual({ kind: 'period_end', dueOn: '2026-03-31', days: 7 });
    expect(reminderOn(recurring('quarterly'), '2026-06-23')).toMatchObject({ kind: 'period_end', dueOn: '2026-06-30' });
    expect(reminderOn(recurring('monthly'), '2026-02-21')).toMatchObject({ kind: 'period_end', dueOn: '2026-02-28' });
    expect(reminderOn(recurring('ongoing'), '2026-02-21')).toBeNull();
    expect(reminderOn(recurring('ongoing'), '2027-03-24')).toBeNull();
    expect(reminderOn({ ...recurring('ongoing'), status: 'done' }, '2026-03-24')).toBeNull();
  });

  it('follows the agency settings', () => {
    const settings = { daysBefore: [14, 3], overdueEveryDays: 1, periodEndDaysBefore: 3 };
    expect(reminderOn(dated('2026-03-31'), '2026-03-17', settings)?.kind).toBe('before_due');
    expect(reminderOn(dated('2026-03-31'), '2026-03-24', settings)).toBeNull();
    expect(reminderOn(dated('2026-03-31'), '2026-04-02', settings)).toMatchObject({ kind: 'overdue', days: 2 });
    expect(reminderOn(recurring('ongoing'), '2026-03-28', settings)?.kind).toBe('period_end');
    expect(validReminderSettings(settings)).toBe(true);
    expect(validReminderSettings(DEFAULT_REMINDER_SETTINGS)).toBe(true);
    expect(validReminderSettings({ ...settings, daysBefore: [] })).toBe(false);
    expect(validReminderSettings({ ...settings, overdueEveryDays: 0 })).toBe(false);
  });
});

describe('periodEndOf and reminderPhraseVi', () => {
  it('finds the month or quarter end and words the reason in Vietnamese', () => {
    expect(periodEndOf('2026-11-05', 'ongoing')).toBe('2026-12-31');
    expect(periodEndOf('2028-02-10', 'monthly')).toBe('2028-02-29');
    expect(reminderPhraseVi({ kind: 'before_due', dueOn: '2026-03-31', days: 1 })).toBe('còn 1 ngày đến hạn');
    expect(reminderPhraseVi({ kind: 'overdue', dueOn: '2026-03-31', days: 14 })).toBe('đã quá hạn 14 ngày');
    expect(reminderPhraseVi({ kind: 'period_end', dueOn: '2026-03-31', days: 7 })).toBe('còn 7 ngày là hết kỳ báo cáo (31/03/2026)');
    expect(reminderPhraseVi({ kind: 'due_today', dueOn: '2026-03-31', days: 0 })).toBe('đến hạn hôm nay');
  });
});
