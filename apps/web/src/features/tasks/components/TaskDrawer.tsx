import type { TaskView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { CloseButton } from '../../../components/CloseButton';
import { QueryView } from '../../../components/QueryView';
import { useModalDialog } from '../../../components/useModalDialog';
import { vi } from '../../../i18n/vi';
import { usePermissions } from '../../auth/hooks/useActor';
import { useTask } from '../hooks/useTask';
import { ActivityChecklist } from './ActivityChecklist';
import { CommentsPanel } from './CommentsPanel';
import { HistoryPanel } from './HistoryPanel';
import { ProgressPanel } from './ProgressPanel';
import { TaskDetails } from './TaskDetails';
import './drawer.css';

interface TaskDrawerProps {
  taskId: string;
  onClose: () => void;
}

/**
 * One task, beside the screen it was opened from (`?task=`): its details, checklist, progress
 * with evidence, comments and history; progress and evidence are recorded in place. A modal
 * dialog: focus stays inside, Escape closes it.
 */
export function TaskDrawer({ taskId, onClose }: TaskDrawerProps) {
  const ref = useModalDialog(onClose);
  const task = useTask(taskId);

  return (
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby="drawer-title"
      data-testid="task-drawer"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose(); // a click on the backdrop
      }}
    >
      <div className="drawer__panel">
        <header className="drawer__head">
          <h2 id="drawer-title" className="drawer__title">
            <Bi text={vi.task.title} />
          </h2>
          <CloseButton onClose={onClose} testId="drawer-close" />
        </header>
        <div className="drawer__body">
          <QueryView query={task} block>
            {(data) => <TaskContent task={data} />}
          </QueryView>
        </div>
      </div>
    </dialog>
  );
}

function TaskContent({ task }: { task: TaskView }) {
  const permissions = usePermissions();
  const mayProgress = permissions?.canOnTask('task.progress', task) ?? false;
  const mayComment = permissions?.canOnTask('task.comment', task) ?? false;
  return (
    <>
      <TaskDetails task={task} />
      <ActivityChecklist task={task} editable={mayProgress} />
      <ProgressPanel task={task} editable={mayProgress} />
      <CommentsPanel taskId={task.id} editable={mayComment} />
      <HistoryPanel taskId={task.id} />
    </>
  );
}
