import type { TaskActivityView, TaskSummary, TaskView, UnitRef } from '@khung/contracts';
import { foldText, timelinessOf, type DeadlineKind } from '@khung/domain';
import { effectiveDue, isAssignedFromAbove } from '@khung/data';

/**
 * The columns of a task row as `toTaskSummary` reads them, for `FROM task t`. The units come
 * from correlated sub-selects (index lookups per task and per unit), already in their written
 * order: a page of a large plan joins neither the whole task_unit table nor the unit table, which
 * the planner would otherwise scan once per task.
 */
export const TASK_SUMMARY_COLUMNS = `t.id, t.plan_id AS "planId", t.section_id AS "sectionId", t.objective_id AS "objectiveId",
  t.position, t.text, t.lead_text AS "leadText", t.coordinators_text AS "coordinatorsText",
  t.deadline_text AS "deadlineText", t.deadline_kind AS "deadlineKind", t.deadline_start::text AS "deadlineStart",
  t.deadline_due::text AS "deadlineDue", t.due_override::text AS "dueOverride",
  t.status, t.completed_on::text AS "completedOn", t.percent, t.cancel_reason AS "cancelReason",
  jsonb_array_length(t.activities) AS "checklistTotal",
  jsonb_array_length(jsonb_path_query_array(t.activities, '$[*] ? (@.done == true)')) AS "checklistDone",
  t.source_number AS "sourceNumber", t.source_date::text AS "sourceDate", t.source_issuer AS "sourceIssuer",
  t.version, t.updated_at AS "updatedAt",
  (SELECT coalesce(json_agg(json_build_object('id', tu.unit_id, 'name', (SELECT u.name FROM unit u WHERE u.id = tu.unit_id), 'role', tu.role)
                   ORDER BY tu.position), '[]')
     FROM task_unit tu WHERE tu.task_id = t.id) AS units`;

/** The summary's columns and the rest of the task (`toTaskView`). */
export const TASK_VIEW_COLUMNS = `${TASK_SUMMARY_COLUMNS}, t.activities, t.output, t.budget_text AS "budgetText"`;

/** A row of TASK_SUMMARY_COLUMNS: the summary's plain fields as they are, the rest still to shape. */
export interface TaskSummaryRow
  extends Pick<TaskSummary, 'id' | 'planId' | 'sectionId' | 'objectiveId' | 'position' | 'text' | 'leadText' | 'coordinatorsText' | 'status' | 'completedOn' | 'percent' | 'cancelReason' | 'version'> {
  deadlineText: string;
  deadlineKind: DeadlineKind;
  deadlineStart: string | null;
  deadlineDue: string | null;
  dueOverride: string | null;
  checklistTotal: number;
  checklistDone: number;
  sourceNumber: string | null;
  sourceDate: string | null;
  sourceIssuer: string | null;
  updatedAt: Date;
  units: (UnitRef & { role: 'lead' | 'coordinating' })[];
}

export interface TaskViewRow extends TaskSummaryRow {
  activities: TaskActivityView[];
  output: string;
  budgetText: string;
}

/** Maps a row of TASK_SUMMARY_COLUMNS to its API form; `today` is the agency's current day. */
export function toTaskSummary(row: TaskSummaryRow, today: string): TaskSummary {
  const refs = (role: 'lead' | 'coordinating') => row.units.filter((u) => u.role === role).map(({ id, name }) => ({ id, name }));
  const due = effectiveDue(row);
  return {
    id: row.id,
    planId: row.planId,
    sectionId: row.sectionId,
    objectiveId: row.objectiveId,
    position: row.position,
    text: row.text,
    leadText: row.leadText,
    coordinatorsText: row.coordinatorsText,
    leadUnits: refs('lead'),
    coordinatingUnits: refs('coordinating'),
    deadline: {
      text: row.deadlineText,
      kind: row.deadlineKind,
      start: row.deadlineStart,
      due,
      derivedDue: row.deadlineDue,
      overridden: row.dueOverride !== null,
    },
    status: row.status,
    completedOn: row.completedOn,
    percent: row.percent,
    checklist: { done: row.checklistDone, total: row.checklistTotal },
    cancelReason: row.cancelReason,
    timeliness: timelinessOf({ status: row.status, due, completedOn: row.completedOn }, today),
    source: isAssignedFromAbove(row) ? { number: row.sourceNumber, date: row.sourceDate, issuer: row.sourceIssuer } : null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Maps a row of TASK_VIEW_COLUMNS to its API form. */
export function toTaskView(row: TaskViewRow, today: string): TaskView {
  return { ...toTaskSummary(row, today), activities: row.activities, output: row.output, budget: row.budgetText };
}

/** What the diacritics-insensitive search looks in: the task, its activities and its output. */
export function searchTextOf(task: { text: string; activities: { text: string }[]; output: string }): string {
  return foldText([task.text, ...task.activities.map((a) => a.text), task.output].join(' \n '));
}
