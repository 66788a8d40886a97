import type { TaskView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { CloseButton } from '../../../components/CloseButton';
import { useModalDialog } from '../../../components/useModalDialog';
import { vi, type Text } from '../../../i18n/vi';
import { TaskList } from '../../tasks/components/TaskList';

interface TaskListDialogProps {
  title: Text;
  tasks: TaskView[];
  onOpenTask: (taskId: string) => void;
  onClose: () => void;
}

/** The tasks behind a number of the dashboard, in a dialog; choosing one opens it in the drawer. */
export function TaskListDialog({ title, tasks, onOpenTask, onClose }: TaskListDialogProps) {
  const ref = useModalDialog(onClose);

  return (
    <dialog ref={ref} className="modal" aria-labelledby="drill-title" data-testid="figure-tasks">
      <header className="modal__head">
        <h2 id="drill-title" className="modal__title">
          <Bi text={title} /> <span className="modal__count">({tasks.length})</span>
        </h2>
        <CloseButton onClose={onClose} />
      </header>
      <TaskList
        tasks={tasks}
        empty={vi.dashboard.noTasks}
        onOpen={(id) => {
          onClose();
          onOpenTask(id);
        }}
      />
    </dialog>
  );
}
