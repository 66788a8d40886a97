import { useDeferredValue, useMemo, useState } from 'react';
import type { PlanTree } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { QueryView } from '../../../components/QueryView';
import { useOpenTask } from '../../../app/views';
import { vi } from '../../../i18n/vi';
import { usePermissions } from '../../auth/hooks/useActor';
import { usePlanTree } from '../hooks/usePlanTree';
import { appendixRows, searchIndex, taskMatcher } from '../lib/appendixRows';
import { AppendixTable } from './AppendixTable';
import { AssignedTasksTable } from './AssignedTasksTable';
import { PlanControls } from './PlanControls';
import { PlanHeading } from './PlanHeading';
import { TaskSearch } from './TaskSearch';

/** The plan's appendix as people know it, with a search over its rows; coordinators edit it in place. */
export function PlanAppendix({ planId }: { planId: string }) {
  const tree = usePlanTree(planId);

  return (
    <QueryView query={tree} block>
      {(plan) => <AppendixView plan={plan} />}
    </QueryView>
  );
}

function AppendixView({ plan }: { plan: PlanTree }) {
  const [, openTask] = useOpenTask();
  const editable = usePermissions()?.can('plan.manage') ?? false;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);

  const index = useMemo(() => searchIndex(plan.sections, plan.assignedTasks), [plan]);
  const { rows, assigned, shown, total } = useMemo(() => {
    const keep = taskMatcher(deferredQuery, index);
    const rows = appendixRows(plan.sections, keep ?? undefined);
    const assigned = keep ? plan.assignedTasks.filter((t) => keep(t, null)) : plan.assignedTasks;
    const total = index.size;
    const shown = rows.filter((r) => r.kind === 'task').length + assigned.length;
    return { rows, assigned, shown, total };
  }, [plan, index, deferredQuery]);

  const filtering = deferredQuery.trim() !== '';

  return (
    <section className="appendix-view" aria-labelledby="appendix-title">
      <PlanHeading plan={plan}>{editable && <PlanControls plan={plan} />}</PlanHeading>

      <div className="toolbar">
        <TaskSearch value={query} onChange={setQuery} />
        <p className="toolbar__count" aria-live="polite">
          <span data-testid="task-count">
            <Bi text={vi.appendix.taskCount(shown)} />
          </span>
          {filtering && (
            <>
              {' '}
              <span className="toolbar__total">
                (<Bi text={vi.appendix.ofTotal(total)} />)
              </span>
            </>
          )}
        </p>
      </div>

      <h2 id="appendix-title" className="visually-hidden">
        <Bi text={vi.appendix.caption} />
      </h2>
      <AppendixTable rows={rows} emptyText={filtering ? vi.appendix.noMatch : vi.appendix.empty} editable={editable} onOpenTask={openTask} />

      {assigned.length > 0 && (
        <section className="assigned" aria-labelledby="assigned-title">
          <h2 id="assigned-title" className="assigned__title">
            <Bi text={vi.appendix.assignedTitle} /> <span className="assigned__count">({assigned.length})</span>
          </h2>
          <AssignedTasksTable tasks={assigned} editable={editable} onOpenTask={openTask} />
        </section>
      )}
    </section>
  );
}
