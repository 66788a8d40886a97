import type { PlanTree, SectionNode, TaskView } from '@khung/contracts';
import { APPENDIX_COLUMNS, type ColumnRole } from '../appendix-columns.js';

export type AppendixRow =
  | { kind: 'section'; code: string; title: string }
  | {
      kind: 'task';
      /** The objective on the first of its rows, with the rows it spans; 'merged' on the rows under it; null for a task straight under its section. */
      objective: { number: string; text: string; rows: number } | 'merged' | null;
      /** The task's cells, from "Nhiệm vụ trọng tâm" to "Kinh phí". */
      cells: string[];
    };

export const APPENDIX_TITLES = APPENDIX_COLUMNS.map((c) => c.title);
export const APPENDIX_WIDTHS = APPENDIX_COLUMNS.map((c) => c.width);

/** The title lines above the table; the import reads the plan's year from the second. */
export function appendixHeading(plan: PlanTree): string[] {
  return [
    'Phụ lục',
    `KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM ${plan.year}`,
    `(Kèm theo ${plan.title}${plan.number ? ` số ${plan.number}` : ''})`,
  ];
}

function taskCells(t: TaskView): string[] {
  const byRole: Partial<Record<ColumnRole, string>> = {
    task: t.text,
    activities: t.activities.map((a) => `- ${a.text}`).join('\n'),
    output: t.output,
    lead: t.leadText,
    coordinators: t.coordinatorsText,
    deadline: t.deadline.text,
    budget: t.budget,
  };
  return APPENDIX_COLUMNS.slice(2).map((c) => byRole[c.role] ?? '');
}

/**
 * The appendix in its official layout, row by row, for the Word and Excel writers: a row per
 * section, then the section's own tasks, its objectives (TT and Mục tiêu merged over their
 * tasks) and its sub-sections. Tasks assigned from above are not part of the appendix.
 */
export function appendixRows(plan: PlanTree): AppendixRow[] {
  const rows: AppendixRow[] = [];
  const add = (s: SectionNode) => {
    rows.push({ kind: 'section', code: s.code, title: s.title });
    for (const t of s.tasks) rows.push({ kind: 'task', objective: null, cells: taskCells(t) });
    for (const o of s.objectives) {
      const objective = { number: String(o.number), text: o.text, rows: Math.max(o.tasks.length, 1) };
      if (!o.tasks.length) rows.push({ kind: 'task', objective, cells: APPENDIX_COLUMNS.slice(2).map(() => '') });
      o.tasks.forEach((t, i) => rows.push({ kind: 'task', objective: i === 0 ? objective : 'merged', cells: taskCells(t) }));
    }
    s.subsections.forEach(add);
  };
  plan.sections.forEach(add);
  return rows;
}
