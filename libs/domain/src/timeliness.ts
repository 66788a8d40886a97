import { daysBetween } from './dates.js';

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'cancelled';
export type Timeliness = 'done_on_time' | 'done_late' | 'overdue' | 'due_soon' | 'on_track' | 'no_date' | 'cancelled';

export interface TimelinessInput {
  status: TaskStatus;
  due: string | null;
  completedOn: string | null;
}

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  not_started: { vi: 'Chưa thực hiện', en: 'Not started' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export const TIMELINESS_LABELS: Record<Timeliness, { vi: string; en: string }> = {
  done_on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  done_late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  due_soon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  on_track: { vi: 'Trong hạn', en: 'On track' },
  no_date: { vi: 'Chưa có thời hạn', en: 'No date' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

/**
 * Whether the task counts as done on `asOf`: done, and completed on or before that day.
 * A done task without a completion date counts as done (its status is the only record we have).
 */
export function isDoneBy(t: TimelinessInput, asOf: string): boolean {
  return t.status === 'done' && (t.completedOn === null || t.completedOn <= asOf);
}

export function timelinessOf(t: TimelinessInput, asOf: string, dueSoonDays = 7): Timeliness {
  if (t.status === 'cancelled') return 'cancelled';
  if (isDoneBy(t, asOf)) {
    const late = t.due !== null && t.completedOn !== null && t.completedOn > t.due;
    return late ? 'done_late' : 'done_on_time';
  }
  if (t.due === null) return 'no_date';
  if (t.due < asOf) return 'overdue';
  return daysBetween(asOf, t.due) <= dueSoonDays ? 'due_soon' : 'on_track';
}
