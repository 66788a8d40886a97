import type { PlanFigures } from '@khung/domain';
import { formatNumberVi } from '@khung/domain';
import { Bi } from '../../../components/Bi';
import { ProgressBar } from '../../../components/ProgressBar';
import { vi } from '../../../i18n/vi';
import type { BoardColumn } from '../lib/boardColumns';
import { TaskCard } from './TaskCard';

type UnitFigures = PlanFigures['byUnit'][number];

interface UnitColumnProps {
  column: BoardColumn;
  /** The unit's figures (done/total, overdue), once read; none for the column of unresolved units. */
  figures: UnitFigures | undefined;
  own: boolean;
  onOpenTask: (taskId: string) => void;
}

/** A lead unit's lane: "3/8 · 37,5%" with a bar and the overdue count, then its tasks as cards. */
export function UnitColumn({ column, figures, own, onOpenTask }: UnitColumnProps) {
  const headingId = `column-${column.unit?.id ?? 'none'}`;
  return (
    <section className={own ? 'column column--own' : 'column'} aria-labelledby={headingId} data-testid="unit-column" data-unit-id={column.unit?.id ?? ''}>
      <header className="column__head">
        <h2 id={headingId} className="column__title">
          {column.unit ? column.unit.name : <Bi text={vi.board.noLeadUnit} />}
          {own && <Bi className="column__own" text={vi.board.ownUnit} />}
        </h2>
        {figures && (
          <>
            <p className="column__figures" data-testid="column-progress">
              {formatNumberVi(figures.completed)}/{formatNumberVi(figures.inPlan)} · {figures.ratioText}
            </p>
            <ProgressBar ratio={figures.ratio} label={vi.board.doneShare} />
            {figures.overdue > 0 && (
              <p className="column__overdue" data-testid="column-overdue">
                <Bi text={vi.board.overdueCount(figures.overdue)} />
              </p>
            )}
          </>
        )}
      </header>
      <ul className="column__cards">
        {column.tasks.map(({ task, section }) => (
          <TaskCard key={task.id} task={task} sectionCode={section.code} onOpen={onOpenTask} />
        ))}
      </ul>
    </section>
  );
}
