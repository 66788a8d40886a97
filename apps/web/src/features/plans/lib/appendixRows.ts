import { TASK_STATUS_LABELS, TIMELINESS_LABELS, foldText } from '@khung/domain';
import type { ObjectiveNode, SectionNode, TaskView } from '@khung/contracts';

/**
 * The plan tree laid out as the rows of the appendix table, the way the printed appendix reads:
 * a full-width row per section and sub-section, then its tasks; the objective's number and text
 * are written once and span the rows of their tasks.
 */
export type AppendixRow = SectionRow | TaskRow;

export interface SectionRow {
  kind: 'section';
  key: string;
  section: SectionNode;
  /** 0 for I, II…; 1 for 7.1, 7.2… */
  depth: number;
}

export interface TaskRow {
  kind: 'task';
  key: string;
  task: TaskView;
  /**
   * The objective cells this row opens: on the first visible task of an objective, spanning
   * `rowSpan` rows; `objective` null for a task straight under its section. Null on the rows
   * an objective cell above already covers.
   */
  objectiveCell: { objective: ObjectiveNode | null; rowSpan: number } | null;
}

export type TaskFilter = (task: TaskView, objective: ObjectiveNode | null) => boolean;

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** "I. CÔNG TÁC…" for a section, "7.1 Chính quyền số" for a sub-section (its code has a dot). */
export function sectionHeading(section: Pick<SectionNode, 'code' | 'title'>): string {
  const code = section.code.trim();
  if (!code) return section.title;
  return code.includes('.') ? `${code} ${section.title}` : `${code}. ${section.title}`;
}

/**
 * Rows of the sections, keeping only the tasks `keep` accepts; a section (or sub-section) with
 * no task left is dropped when filtering, and always kept when not (an empty plan still shows
 * its outline).
 */
export function appendixRows(sections: SectionNode[], keep?: TaskFilter): AppendixRow[] {
  const rows: AppendixRow[] = [];

  function visit(section: SectionNode, depth: number): number {
    const own: AppendixRow[] = [];
    let count = 0;

    for (const task of [...section.tasks].sort(byPosition)) {
      if (keep && !keep(task, null)) continue;
      own.push({ kind: 'task', key: task.id, task, objectiveCell: { objective: null, rowSpan: 1 } });
      count += 1;
    }

    for (const objective of [...section.objectives].sort(byPosition)) {
      const tasks = [...objective.tasks].sort(byPosition).filter((t) => !keep || keep(t, objective));
      tasks.forEach((task, i) => {
        own.push({
          kind: 'task',
          key: task.id,
          task,
          objectiveCell: i === 0 ? { objective, rowSpan: tasks.length } : null,
        });
      });
      count += tasks.length;
    }

    const headingAt = rows.length;
    rows.push({ kind: 'section', key: `section:${section.id}`, section, depth }, ...own);
    for (const sub of [...section.subsections].sort(byPosition)) count += visit(sub, depth + 1);

    if (keep && count === 0) rows.splice(headingAt); // nothing matched in this section or below
    return count;
  }

  for (const section of [...sections].sort(byPosition)) visit(section, 0);
  return rows;
}

/** Every task of the appendix part of the tree, in table order. */
export function appendixTasks(sections: SectionNode[]): TaskView[] {
  return appendixRows(sections).flatMap((r) => (r.kind === 'task' ? [r.task] : []));
}

/**
 * The folded text a search runs over: what the row shows (its objective included, as that cell
 * spans the row), in one string. Section headings are left out: a row is shown for its own content.
 */
export function searchText(task: TaskView, objective: ObjectiveNode | null): string {
  return [
    objective?.text,
    task.text,
    ...task.activities.map((a) => a.text),
    task.output,
    task.leadText,
    task.coordinatorsText,
    ...task.leadUnits.map((u) => u.name),
    ...task.coordinatingUnits.map((u) => u.name),
    task.deadline.text,
    task.budget,
    TASK_STATUS_LABELS[task.status]?.vi,
    TIMELINESS_LABELS[task.timeliness]?.vi,
    task.source?.number,
    task.source?.issuer,
  ]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .map(foldText)
    .join(' | ');
}

/** The folded search text of every task of the tree (appendix and assigned), by task id. */
export function searchIndex(sections: SectionNode[], assigned: TaskView[] = []): Map<string, string> {
  const index = new Map<string, string>();
  const walk = (section: SectionNode) => {
    for (const task of section.tasks) index.set(task.id, searchText(task, null));
    for (const objective of section.objectives) {
      for (const task of objective.tasks) index.set(task.id, searchText(task, objective));
    }
    section.subsections.forEach(walk);
  };
  sections.forEach(walk);
  for (const task of assigned) index.set(task.id, searchText(task, null));
  return index;
}

/**
 * A filter matching the query as a phrase, without regard to case or diacritics
 * ("thu tuc" finds "thủ tục"); null for an empty query.
 */
export function taskMatcher(query: string, index: Map<string, string>): TaskFilter | null {
  const needle = foldText(query);
  if (!needle) return null;
  return (task, objective) => (index.get(task.id) ?? searchText(task, objective)).includes(needle);
}
