import { TASK_STATUS_LABELS, TIMELINESS_LABELS, formatDateVi } from '@khung/domain';
import type { TaskView } from '@khung/contracts';
import { AppLink } from '../../../components/AppLink';
import { Bi } from '../../../components/Bi';
import { vi } from '../../../i18n/vi';
import { FLAGGED } from '../../plans/components/TaskCells';
import { taskHref } from '../../tasks/lib/taskHref';

interface TaskCardProps {
  task: TaskView;
  sectionCode: string;
  onOpen: (taskId: string) => void;
}

/** A task on the board: its text, deadline, status and timeliness (overdue red, due soon amber), coordinators. */
export function TaskCard({ task, sectionCode, onOpen }: TaskCardProps) {
  return (
    <li className={`card card--${task.timeliness}`} data-testid="task-card" data-task-id={task.id} data-timeliness={task.timeliness} data-status={task.status}>
      <AppLink className="card__link" href={taskHref(task.id)} onNavigate={() => onOpen(task.id)}>
        <span className="card__section">{sectionCode}</span>
        <span className="card__text">{task.text}</span>
        <span className="card__deadline">
          {task.deadline.text}
          {task.deadline.due && (
            <>
              {' · '}
              <time dateTime={task.deadline.due}>{formatDateVi(task.deadline.due)}</time>
            </>
          )}
        </span>
        <span className="card__status">
          <Bi className={`status__label status__label--${task.status}`} text={TASK_STATUS_LABELS[task.status]} />
          {FLAGGED.has(task.timeliness) && <Bi className={`flag flag--${task.timeliness}`} text={TIMELINESS_LABELS[task.timeliness]} />}
        </span>
        {task.coordinatingUnits.length > 0 && (
          <span className="card__coordinators">
            <span className="visually-hidden">
              <Bi text={vi.appendix.columns.coordinators} />:{' '}
            </span>
            {task.coordinatingUnits.map((u) => (
              <span key={u.id} className="chip chip--small">
                {u.name}
              </span>
            ))}
          </span>
        )}
      </AppLink>
    </li>
  );
}
