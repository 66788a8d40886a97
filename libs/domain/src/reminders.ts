import { daysBetween, isoDate, lastDayOfMonth, ymdOf } from './dates.js';
import type { Recurrence } from './deadline.js';
import { formatDateVi } from './format.js';
import { quarterOfMonth, quarterSpan } from './quarter.js';
import type { TaskStatus } from './timeliness.js';

/**
 * Why a person is reminded about a task on a day:
 * - `before_due`: the due date is N days away (N in the agency's `daysBefore`, default 7 and 1);
 * - `due_today`: the task is due today;
 * - `overdue`: the task is past due, every `overdueEveryDays` days (default: a week, two weeks… after);
 * - `period_end`: a recurring task, `periodEndDaysBefore` days before its period ends (the month
 *   for "Hằng tháng", the reporting quarter otherwise).
 */
export type ReminderKind = 'before_due' | 'due_today' | 'overdue' | 'period_end';

export const REMINDER_KINDS: ReminderKind[] = ['before_due', 'due_today', 'overdue', 'period_end'];

export const REMINDER_KIND_LABELS: Record<ReminderKind, { vi: string; en: string }> = {
  before_due: { vi: 'Sắp đến hạn', en: 'Due soon' },
  due_today: { vi: 'Đến hạn hôm nay', en: 'Due today' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  period_end: { vi: 'Sắp hết kỳ báo cáo', en: 'Period ends soon' },
};

/**
 * Who hears of a kind: the lead units' people get every reminder, coordinating units' people
 * only the ones that come before a due date.
 */
export const REMINDER_AUDIENCE: Record<ReminderKind, 'lead' | 'lead_and_coordinating'> = {
  before_due: 'lead_and_coordinating',
  due_today: 'lead',
  overdue: 'lead',
  period_end: 'lead_and_coordinating',
};

export interface ReminderSettings {
  /** Days before the due date on which to remind, e.g. [7, 1]. */
  daysBefore: number[];
  /** While overdue, remind every this many days after the due date. */
  overdueEveryDays: number;
  /** Recurring tasks: remind this many days before their period ends. */
  periodEndDaysBefore: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { daysBefore: [7, 1], overdueEveryDays: 7, periodEndDaysBefore: 7 };

export interface ReminderTask {
  status: TaskStatus;
  /** The due date that counts (override, else derived); null when the task has none. */
  due: string | null;
  /** Set for recurring deadlines ("Thường xuyên", "Hằng tháng", "Hằng quý"). */
  recurrence: Recurrence | null;
  /** The plan's year: a recurring task is reminded for the periods of that year only. */
  planYear: number;
}

export interface Reminder {
  kind: ReminderKind;
  /** The date the reminder is about: the due date, or the end of the recurring task's period. */
  dueOn: string;
  /** Days until `dueOn` (before_due, period_end), days past it (overdue), 0 (due_today). */
  days: number;
}

/**
 * The reminder a task earns on `day` (the agency's day), or null. Never for a task that is done
 * or cancelled, nor one without a date that is not recurring (external, unparsed). A task earns
 * at most one reminder a day.
 */
export function reminderOn(task: ReminderTask, day: string, settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS): Reminder | null {
  if (task.status === 'done' || task.status === 'cancelled') return null;
  if (task.due !== null) {
    const ahead = daysBetween(day, task.due);
    if (ahead > 0) return settings.daysBefore.includes(ahead) ? { kind: 'before_due', dueOn: task.due, days: ahead } : null;
    if (ahead === 0) return { kind: 'due_today', dueOn: task.due, days: 0 };
    return -ahead % settings.overdueEveryDays === 0 ? { kind: 'overdue', dueOn: task.due, days: -ahead } : null;
  }
  if (task.recurrence === null) return null;
  const end = periodEndOf(day, task.recurrence);
  if (ymdOf(end).year !== task.planYear) return null;
  const ahead = daysBetween(day, end);
  return ahead === settings.periodEndDaysBefore ? { kind: 'period_end', dueOn: end, days: ahead } : null;
}

/** The last day of the period of a recurring task that contains `day`: its month, or its quarter. */
export function periodEndOf(day: string, recurrence: Recurrence): string {
  const { year, month } = ymdOf(day);
  if (recurrence === 'monthly') return isoDate(year, month, lastDayOfMonth(year, month));
  return quarterSpan(year, quarterOfMonth(month)).end;
}

/** Checks settings read from the database; a bad value would silently stop reminders. */
export function validReminderSettings(s: ReminderSettings): boolean {
  const day = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  return s.daysBefore.length > 0 && s.daysBefore.every((n) => day(n, 366)) && day(s.overdueEveryDays, 366) && day(s.periodEndDaysBefore, 27);
}

/** Why, in a Vietnamese phrase: "còn 7 ngày đến hạn", "đã quá hạn 14 ngày"… */
export function reminderPhraseVi(reminder: Reminder): string {
  switch (reminder.kind) {
    case 'before_due': return `còn ${reminder.days} ngày đến hạn`;
    case 'due_today': return 'đến hạn hôm nay';
    case 'overdue': return `đã quá hạn ${reminder.days} ngày`;
    case 'period_end': return `còn ${reminder.days} ngày là hết kỳ báo cáo (${formatDateVi(reminder.dueOn)})`;
  }
}
