import { DEADLINE_KIND_LABELS, TASK_STATUS_LABELS, TIMELINESS_LABELS, formatDateVi } from '@khung/domain';
import type { TaskActivityView as TaskActivity, TaskView, UnitRef } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { bi, vi } from '../../../i18n/vi';

/** Multi-line cell text as written (the appendix keeps its own line breaks). */
export function CellText({ text }: { text: string }) {
  return text ? <span className="cell-text">{text}</span> : null;
}

export function ActivityList({ activities }: { activities: TaskActivity[] }) {
  if (activities.length === 0) return null;
  return (
    <ul className="activities">
      {activities.map((a, i) => (
        <li key={i} className={a.done ? 'activities__item activities__item--done' : 'activities__item'}>
          {a.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * Lead or coordinating units: the resolved units as chips (the cell as written in the tooltip),
 * or the cell text as written when no unit was resolved.
 */
export function UnitCell({ units, text }: { units: UnitRef[]; text: string }) {
  if (units.length === 0) return <CellText text={text} />;
  return (
    <ul className="chips" title={text || undefined}>
      {units.map((u) => (
        <li key={u.id} className="chip">
          {u.name}
        </li>
      ))}
    </ul>
  );
}

/**
 * The deadline as written, and under it the due date that counts (dd/mm/yyyy); a muted
 * "chưa có hạn / no date" when there is none (recurring, set by another plan), and
 * "không đọc được / unparsed" when the text fits no rule.
 */
export function DeadlineCell({ deadline }: { deadline: TaskView['deadline'] }) {
  const kind = DEADLINE_KIND_LABELS[deadline.kind];
  return (
    <div className="deadline" title={kind ? bi(kind) : undefined} data-kind={deadline.kind}>
      {deadline.text && <span className="cell-text">{deadline.text}</span>}
      {deadline.due ? (
        <span className="deadline__due">
          <time dateTime={deadline.due}>{formatDateVi(deadline.due)}</time>
          {deadline.overridden && (
            <>
              {' '}
              <Bi className="deadline__note" text={vi.appendix.overridden} />
            </>
          )}
        </span>
      ) : deadline.kind === 'unparsed' ? (
        <Bi className="deadline__due deadline__due--unparsed" text={vi.appendix.unparsed} />
      ) : (
        <Bi className="deadline__due deadline__due--none" text={vi.appendix.noDate} />
      )}
    </div>
  );
}

export const FLAGGED = new Set<TaskView['timeliness']>(['overdue', 'due_soon', 'done_late']);

/** The status label, and a flag when the task is overdue (red), due soon (amber) or was done late. */
export function StatusCell({ task }: { task: TaskView }) {
  const status = TASK_STATUS_LABELS[task.status];
  const timeliness = TIMELINESS_LABELS[task.timeliness];
  return (
    <div className="status">
      <Bi className={`status__label status__label--${task.status}`} text={status ?? { vi: task.status, en: task.status }} stacked />
      {FLAGGED.has(task.timeliness) && timeliness && (
        <Bi className={`flag flag--${task.timeliness}`} text={timeliness} stacked />
      )}
      {task.status === 'done' && task.completedOn && (
        <span className="status__date">
          <Bi text={vi.appendix.completedOn} /> <time dateTime={task.completedOn}>{formatDateVi(task.completedOn)}</time>
        </span>
      )}
    </div>
  );
}
