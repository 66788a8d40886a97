import type { PlanTree, TaskView } from '@khung/contracts';
import { addDays } from '@khung/domain';
import { boardTasks } from '../../board/lib/boardColumns';

/** Every task of the plan by id, with the top section of each appendix task. */
export interface PlanTaskIndex {
  byId: Map<string, TaskView>;
  sectionOf: Map<string, string>;
}

export function planTaskIndex(plan: PlanTree): PlanTaskIndex {
  const appendix = boardTasks(plan.sections);
  return {
    byId: new Map([...appendix.map(({ task }) => task), ...plan.assignedTasks].map((t) => [t.id, t])),
    sectionOf: new Map(appendix.map(({ task, section }) => [task.id, section.id])),
  };
}

/** A group a figure can be narrowed to: a lead unit (byUnit) or a top section (bySection). */
export type FigureScope = { unitId: string } | { sectionId: string } | null;

/**
 * The tasks behind a count: the ids the figures list for it (`taskIds`), narrowed to a unit or a
 * section the way the figures group them (a task counts for each of its lead units; a
 * sub-section's task under its section), in the order the figures give.
 */
export function tasksBehind(index: PlanTaskIndex, ids: string[], scope: FigureScope): TaskView[] {
  return ids.flatMap((id) => {
    const task = index.byId.get(id);
    if (!task) return [];
    if (scope && 'unitId' in scope && !task.leadUnits.some((u) => u.id === scope.unitId)) return [];
    if (scope && 'sectionId' in scope && index.sectionOf.get(id) !== scope.sectionId) return [];
    return [task];
  });
}

const byDue = (a: TaskView, b: TaskView) => (a.deadline.due ?? '').localeCompare(b.deadline.due ?? '');

/** Open tasks due from `today` to 30 days after, soonest first. */
export function dueWithin30Days(index: PlanTaskIndex, today: string): TaskView[] {
  const last = addDays(today, 30);
  return [...index.byId.values()]
    .filter((t) => t.status !== 'done' && t.status !== 'cancelled' && t.deadline.due !== null && t.deadline.due >= today && t.deadline.due <= last)
    .sort(byDue);
}

/** Overdue tasks, the longest overdue first. */
export function sortedByDue(tasks: TaskView[]): TaskView[] {
  return [...tasks].sort(byDue);
}
