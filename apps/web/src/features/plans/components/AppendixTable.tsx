import type { ObjectiveNode, TaskView } from '@khung/contracts';
import { AppLink } from '../../../components/AppLink';
import { Bi } from '../../../components/Bi';
import { bi, vi, type Text } from '../../../i18n/vi';
import { taskHref } from '../../tasks/lib/taskHref';
import { useUpdateObjective, useUpdateSection } from '../hooks/usePlanMutations';
import { sectionHeading, type AppendixRow } from '../lib/appendixRows';
import { EditableCell } from './editing/EditableCell';
import { TaskField } from './editing/TaskField';
import { TextEditor } from './editing/TextEditor';
import { CellText, StatusCell } from './TaskCells';

const c = vi.appendix.columns;

/** The columns of the printed appendix, plus the status the board adds. */
const COLUMNS: { key: string; text: Text }[] = [
  { key: 'tt', text: c.tt },
  { key: 'objective', text: c.objective },
  { key: 'task', text: c.task },
  { key: 'activities', text: c.activities },
  { key: 'output', text: c.output },
  { key: 'lead', text: c.lead },
  { key: 'coordinators', text: c.coordinators },
  { key: 'deadline', text: c.deadline },
  { key: 'budget', text: c.budget },
  { key: 'status', text: c.status },
];

export function taskRowClass(task: TaskView): string {
  return ['task-row', `task-row--${task.timeliness}`, task.status === 'cancelled' ? 'task-row--cancelled' : '']
    .filter(Boolean)
    .join(' ');
}

interface AppendixTableProps {
  rows: AppendixRow[];
  /** Shown in one full-width row when there is no task row. */
  emptyText: Text;
  /** A coordinator changes the cells in place. */
  editable: boolean;
  onOpenTask: (taskId: string) => void;
}

/** The status of a task, with the way to open it in the drawer (progress, evidence, comments). */
export function StatusWithLink({ task, onOpenTask }: { task: TaskView; onOpenTask: (taskId: string) => void }) {
  return (
    <>
      <StatusCell task={task} />
      <AppLink className="open-task" href={taskHref(task.id)} onNavigate={() => onOpenTask(task.id)} data-testid="open-task">
        <Bi text={vi.appendix.openTask} />
      </AppLink>
    </>
  );
}

export function AppendixTable({ rows, emptyText, editable, onOpenTask }: AppendixTableProps) {
  const hasTask = rows.some((r) => r.kind === 'task');
  const updateSection = useUpdateSection();
  const updateObjective = useUpdateObjective();
  return (
    <div className="table-scroll" role="region" aria-label={bi(vi.appendix.scrollRegion)} tabIndex={0}>
      <table className="appendix" data-testid="appendix">
        <caption className="visually-hidden">{bi(vi.appendix.caption)}</caption>
        <colgroup>
          {COLUMNS.map((col) => (
            <col key={col.key} className={`col-${col.key}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <th key={col.key} scope="col" className={`th-${col.key}`}>
                <Bi text={col.text} stacked />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) =>
            row.kind === 'section' ? (
              <tr key={row.key} className={`section-row section-row--depth-${Math.min(row.depth, 2)}`} data-section-id={row.section.id}>
                <th scope="colgroup" colSpan={COLUMNS.length}>
                  <EditableCell
                    label={vi.appendix.sectionTitle}
                    editable={editable}
                    editor={(done) => (
                      <TextEditor
                        label={vi.appendix.sectionTitle}
                        initial={row.section.title}
                        rows={1}
                        save={(title) => updateSection.mutateAsync({ id: row.section.id, title })}
                        onDone={done}
                      />
                    )}
                  >
                    {sectionHeading(row.section)}
                  </EditableCell>
                </th>
              </tr>
            ) : (
              <tr
                key={row.key}
                className={taskRowClass(row.task)}
                data-testid="task-row"
                data-task-id={row.task.id}
                data-status={row.task.status}
                data-timeliness={row.task.timeliness}
              >
                {row.objectiveCell && (
                  <>
                    <td className="cell-tt" rowSpan={row.objectiveCell.rowSpan}>
                      {row.objectiveCell.objective?.number}
                    </td>
                    <td className="cell-objective" rowSpan={row.objectiveCell.rowSpan}>
                      {row.objectiveCell.objective && (
                        <ObjectiveCell objective={row.objectiveCell.objective} editable={editable} save={(id, text) => updateObjective.mutateAsync({ id, text })} />
                      )}
                    </td>
                  </>
                )}
                {(['text', 'activities', 'output', 'lead', 'coordinators', 'deadline', 'budget'] as const).map((field) => (
                  <td key={field} className={`cell-${field === 'text' ? 'task' : field}`}>
                    <TaskField task={row.task} field={field} editable={editable} />
                  </td>
                ))}
                <td className="cell-status">
                  <StatusWithLink task={row.task} onOpenTask={onOpenTask} />
                </td>
              </tr>
            ),
          )}
          {!hasTask && (
            <tr className="empty-row">
              <td colSpan={COLUMNS.length}>
                <Bi text={emptyText} />
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function ObjectiveCell({ objective, editable, save }: { objective: ObjectiveNode; editable: boolean; save: (id: string, text: string) => Promise<unknown> }) {
  return (
    <EditableCell
      label={vi.appendix.columns.objective}
      editable={editable}
      editor={(done) => <TextEditor label={vi.appendix.columns.objective} initial={objective.text} save={(text) => save(objective.id, text)} onDone={done} />}
    >
      <CellText text={objective.text} />
    </EditableCell>
  );
}
