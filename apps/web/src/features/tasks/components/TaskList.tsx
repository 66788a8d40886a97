import type { TaskSummary } from '@khung/contracts';
import { TIMELINESS_LABELS, formatDateVi } from '@khung/domain';
import { AppLink } from '../../../components/AppLink';
import { Bi } from '../../../components/Bi';
import { vi, type Text } from '../../../i18n/vi';
import { taskHref } from '../lib/taskHref';

interface TaskListProps {
  tasks: TaskSummary[];
  onOpen: (taskId: string) => void;
  empty: Text;
  testId?: string;
}

/** Tasks as a compact list: text, lead units, deadline and timeliness; each opens the task. */
export function TaskList({ tasks, onOpen, empty, testId }: TaskListProps) {
  if (tasks.length === 0) return <Bi as="p" className="task-list__empty" text={empty} />;
  return (
    <ul className="task-list" data-testid={testId}>
      {tasks.map((task) => (
        <li key={task.id} className={`task-list__item task-list__item--${task.timeliness}`} data-testid="task-list-item" data-task-id={task.id}>
          <AppLink className="task-list__link" href={taskHref(task.id)} onNavigate={() => onOpen(task.id)}>
            <span className="task-list__text">{task.text}</span>
            <span className="task-list__meta">
              {task.leadUnits.map((u) => u.name).join(', ') || task.leadText}
              {' · '}
              {task.deadline.due ? <time dateTime={task.deadline.due}>{formatDateVi(task.deadline.due)}</time> : task.deadline.text || <Bi text={vi.appendix.noDate} />}
              {' · '}
              <Bi className={`flag flag--${task.timeliness}`} text={TIMELINESS_LABELS[task.timeliness]} />
            </span>
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
