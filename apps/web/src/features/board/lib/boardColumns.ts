import type { SectionNode, TaskView, UnitRef } from '@khung/contracts';
import type { ReportingPeriod, TaskStatus, Timeliness } from '@khung/domain';
import { appendixTasks, type TaskFilter } from '../../plans/lib/appendixRows';

/** A task of the appendix with the top section it is under (a sub-section's task counts under its section). */
export interface BoardTask {
  task: TaskView;
  section: SectionNode;
}

export interface BoardFilters {
  /** The diacritics-insensitive search, or null when there is none. */
  match: TaskFilter | null;
  sectionId: string;
  status: TaskStatus | '';
  timeliness: Timeliness | '';
  /** Tasks due within the period (and the recurring ones, due in every period); null for all. */
  period: ReportingPeriod | null;
}

export interface BoardColumn {
  /** null: tasks whose lead unit the import could not resolve. */
  unit: UnitRef | null;
  tasks: BoardTask[];
}

/** The appendix's tasks in table order, each with its top section. */
export function boardTasks(sections: SectionNode[]): BoardTask[] {
  return [...sections]
    .sort((a, b) => a.position - b.position)
    .flatMap((section) => appendixTasks([section]).map((task) => ({ task, section })));
}

function inPeriod(task: TaskView, period: ReportingPeriod): boolean {
  if (task.deadline.kind === 'recurring') return true;
  const due = task.deadline.due;
  return due !== null && due >= period.from && due <= period.to;
}

export function filterBoardTasks(tasks: BoardTask[], f: BoardFilters): BoardTask[] {
  return tasks.filter(
    ({ task, section }) =>
      (!f.sectionId || section.id === f.sectionId) &&
      (!f.status || task.status === f.status) &&
      (!f.timeliness || task.timeliness === f.timeliness) &&
      (!f.period || inPeriod(task, f.period)) &&
      (!f.match || f.match(task, null)),
  );
}

/**
 * A column per lead unit (a task with two lead units is in both), the person's own units first,
 * then in the agency's order of units; tasks with no resolved lead unit last.
 */
export function boardColumns(tasks: BoardTask[], unitOrder: string[], ownUnitIds: string[]): BoardColumn[] {
  const columns = new Map<string | null, BoardColumn>();
  for (const t of tasks) {
    const leads: (UnitRef | null)[] = t.task.leadUnits.length > 0 ? t.task.leadUnits : [null];
    for (const unit of leads) {
      const key = unit?.id ?? null;
      const column = columns.get(key) ?? { unit, tasks: [] };
      column.tasks.push(t);
      columns.set(key, column);
    }
  }
  const rank = (column: BoardColumn) => {
    if (!column.unit) return Number.MAX_SAFE_INTEGER;
    const own = ownUnitIds.includes(column.unit.id) ? 0 : 1;
    const at = unitOrder.indexOf(column.unit.id);
    return own * 100_000 + (at < 0 ? 99_999 : at);
  };
  return [...columns.values()].sort((a, b) => rank(a) - rank(b));
}
