import type { TaskView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { bi, vi, type Text } from '../../../i18n/vi';
import { sectionHeading, type AppendixRow } from '../lib/appendixRows';
import { ActivityList, CellText, DeadlineCell, StatusCell, UnitCell } from './TaskCells';

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
}

export function AppendixTable({ rows, emptyText }: AppendixTableProps) {
  const hasTask = rows.some((r) => r.kind === 'task');
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
                  {sectionHeading(row.section)}
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
                      {row.objectiveCell.objective && <CellText text={row.objectiveCell.objective.text} />}
                    </td>
                  </>
                )}
                <td className="cell-task">
                  <CellText text={row.task.text} />
                </td>
                <td className="cell-activities">
                  <ActivityList activities={row.task.activities} />
                </td>
                <td className="cell-output">
                  <CellText text={row.task.output} />
                </td>
                <td className="cell-lead">
                  <UnitCell units={row.task.leadUnits} text={row.task.leadText} />
                </td>
                <td className="cell-coordinators">
                  <UnitCell units={row.task.coordinatingUnits} text={row.task.coordinatorsText} />
                </td>
                <td className="cell-deadline">
                  <DeadlineCell deadline={row.task.deadline} />
                </td>
                <td className="cell-budget">
                  <CellText text={row.task.budget} />
                </td>
                <td className="cell-status">
                  <StatusCell task={row.task} />
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
