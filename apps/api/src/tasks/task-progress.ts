import type { TaskStatus } from '@khung/domain';
import type { Task } from '@khung/data';
import { fieldError } from '../common/validation.js';

export interface ProgressChange {
  status?: TaskStatus;
  completedOn?: string;
  percent?: number;
  cancelReason?: string;
}

/**
 * Moves a task's status, percent and completion day together, by the board's rules: done has
 * a completion day (given, or today in the agency's zone; never in the future) and 100%;
 * cancelled needs a reason; reopening clears the completion day.
 */
export function applyProgress(task: Task, change: ProgressChange, today: string): void {
  const status = change.status ?? task.status;
  if (change.completedOn !== undefined && change.completedOn > today) {
    throw fieldError('completedOn', 'notInFuture', '"completedOn" không được sau ngày hôm nay', 'completedOn cannot be after today');
  }
  if (change.completedOn !== undefined && status !== 'done') {
    throw fieldError('completedOn', 'onlyWhenDone', '"completedOn" chỉ dùng khi trạng thái là "done"', 'completedOn is only for a task whose status is done');
  }
  const cancelReason = change.cancelReason ?? task.cancelReason;
  if (status === 'cancelled' && !cancelReason) {
    throw fieldError('cancelReason', 'isDefined', 'Cần nêu lý do hủy nhiệm vụ', 'A cancelled task needs a reason (cancelReason)');
  }
  task.status = status;
  task.completedOn = status === 'done' ? (change.completedOn ?? task.completedOn ?? today) : null;
  task.cancelReason = status === 'cancelled' ? cancelReason : null;
  if (change.percent !== undefined) task.percent = change.percent;
  if (status === 'done') task.percent = 100;
}
