import type { TaskView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { vi, type Text } from '../../../i18n/vi';
import { CellText, DeadlineCell, StatusCell, UnitCell } from '../../plans/components/TaskCells';
import { SourceText } from '../../plans/components/AssignedTasksTable';
import type { ReactNode } from 'react';

const c = vi.appendix.columns;

function Row({ label, children }: { label: Text; children: ReactNode }) {
  return (
    <>
      <dt>
        <Bi text={label} />
      </dt>
      <dd>{children}</dd>
    </>
  );
}

/** The task as the appendix writes it: text, output, lead and coordinating units, deadline, budget, status. */
export function TaskDetails({ task }: { task: TaskView }) {
  return (
    <section className="drawer__section" aria-label={`${c.task.vi} / ${c.task.en}`}>
      <p className="drawer__task-text" data-testid="drawer-task-text">
        {task.text}
      </p>
      <dl className="details">
        <Row label={c.status}>
          <StatusCell task={task} />
        </Row>
        <Row label={c.deadline}>
          <DeadlineCell deadline={task.deadline} />
        </Row>
        <Row label={c.lead}>
          <UnitCell units={task.leadUnits} text={task.leadText} />
        </Row>
        {(task.coordinatingUnits.length > 0 || task.coordinatorsText) && (
          <Row label={c.coordinators}>
            <UnitCell units={task.coordinatingUnits} text={task.coordinatorsText} />
          </Row>
        )}
        {task.output && (
          <Row label={c.output}>
            <CellText text={task.output} />
          </Row>
        )}
        {task.budget && (
          <Row label={c.budget}>
            <CellText text={task.budget} />
          </Row>
        )}
        {task.cancelReason && (
          <Row label={vi.task.cancelReason}>
            <CellText text={task.cancelReason} />
          </Row>
        )}
        {task.source && (
          <Row label={c.source}>
            <SourceText source={task.source} />
          </Row>
        )}
      </dl>
    </section>
  );
}
