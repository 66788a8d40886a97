import type { Task } from './entities/task.entity.js';

/** The due date that counts: the coordinator's override, else the one derived from the text. */
export function effectiveDue(task: Pick<Task, 'dueOverride' | 'deadlineDue'>): string | null {
  return task.dueOverride ?? task.deadlineDue;
}

/** A task assigned from above (UBND tỉnh giao) sits outside the appendix: it has no section. */
export function isAssignedFromAbove(task: Pick<Task, 'sectionId'>): boolean {
  return task.sectionId === null;
}
