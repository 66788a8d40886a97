import { formatDateVi } from '@khung/domain';
import type { TaskSource, TaskView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { bi, vi } from '../../../i18n/vi';
import { StatusWithLink, taskRowClass } from './AppendixTable';
import { TaskField } from './editing/TaskField';

const c = vi.appendix.columns;

/** "Số 123/UBND-KT ngày 12/02/2026, UBND tỉnh" */
export function SourceText({ source }: { source: TaskSource | null }) {
  if (!source) return null;
  const parts: string[] = [];
  if (source.number) parts.push(`${vi.appendix.sourceNumber.vi} ${source.number}`);
  if (source.date) parts.push(`${vi.appendix.sourceDate.vi} ${formatDateVi(source.date)}`);
  const doc = parts.join(' ');
  return <span className="cell-text">{[doc, source.issuer].filter(Boolean).join(', ')}</span>;
}

/** Tasks assigned from above (UBND tỉnh giao), outside the appendix: a smaller table of their own. */
export function AssignedTasksTable({ tasks, editable, onOpenTask }: { tasks: TaskView[]; editable: boolean; onOpenTask: (taskId: string) => void }) {
  return (
    <div className="table-scroll table-scroll--small" role="region" aria-label={bi(vi.appendix.assignedCaption)} tabIndex={0}>
      <table className="appendix appendix--assigned" data-testid="assigned-tasks">
        <caption className="visually-hidden">{bi(vi.appendix.assignedCaption)}</caption>
        <colgroup>
          <col className="col-tt" />
          <col className="col-task-wide" />
          <col className="col-source" />
          <col className="col-lead" />
          <col className="col-coordinators" />
          <col className="col-deadline" />
          <col className="col-status" />
        </colgroup>
        <thead>
          <tr>
            {[c.tt, c.task, c.source, c.lead, c.coordinators, c.deadline, c.status].map((text) => (
              <th key={text.vi} scope="col">
                <Bi text={text} stacked />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task, i) => (
            <tr
              key={task.id}
              className={taskRowClass(task)}
              data-testid="task-row"
              data-task-id={task.id}
              data-status={task.status}
              data-timeliness={task.timeliness}
            >
              <td className="cell-tt">{i + 1}</td>
              <td className="cell-task">
                <TaskField task={task} field="text" editable={editable} />
              </td>
              <td className="cell-source">
                <SourceText source={task.source} />
              </td>
              {(['lead', 'coordinators', 'deadline'] as const).map((field) => (
                <td key={field} className={`cell-${field}`}>
                  <TaskField task={task} field={field} editable={editable} />
                </td>
              ))}
              <td className="cell-status">
                <StatusWithLink task={task} onOpenTask={onOpenTask} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
