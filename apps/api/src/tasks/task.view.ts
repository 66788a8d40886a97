import type { TaskView } from '@khung/contracts';
import { foldText, timelinessOf } from '@khung/domain';
import { effectiveDue, isAssignedFromAbove, type Task } from '@khung/data';

/** Maps a task read with its units (`units[].unit.name`) to its API form; `today` is the agency's current day. */
export function toTaskView(task: Task, today: string): TaskView {
  const units = [...(task.units ?? [])].sort((a, b) => a.position - b.position);
  const refs = (role: 'lead' | 'coordinating') =>
    units.filter((u) => u.role === role).map((u) => ({ id: u.unitId, name: u.unit?.name ?? '' }));
  const due = effectiveDue(task);
  return {
    id: task.id,
    planId: task.planId,
    sectionId: task.sectionId,
    objectiveId: task.objectiveId,
    position: task.position,
    text: task.text,
    activities: task.activities,
    output: task.output,
    leadText: task.leadText,
    coordinatorsText: task.coordinatorsText,
    leadUnits: refs('lead'),
    coordinatingUnits: refs('coordinating'),
    deadline: {
      text: task.deadlineText,
      kind: task.deadlineKind,
      start: task.deadlineStart,
      due,
      derivedDue: task.deadlineDue,
      overridden: task.dueOverride !== null,
    },
    budget: task.budgetText,
    status: task.status,
    completedOn: task.completedOn,
    percent: task.percent,
    cancelReason: task.cancelReason,
    timeliness: timelinessOf({ status: task.status, due, completedOn: task.completedOn }, today),
    source: isAssignedFromAbove(task) ? { number: task.sourceNumber, date: task.sourceDate, issuer: task.sourceIssuer } : null,
    version: task.version,
    updatedAt: task.updatedAt.toISOString(),
  };
}

/** What the diacritics-insensitive search looks in: the task, its activities and its output. */
export function searchTextOf(task: { text: string; activities: { text: string }[]; output: string }): string {
  return foldText([task.text, ...task.activities.map((a) => a.text), task.output].join(' \n '));
}
