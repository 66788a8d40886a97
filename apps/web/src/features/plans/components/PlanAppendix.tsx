import { formatDateVi } from '@khung/domain';
import { useDeferredValue, useMemo, useState } from 'react';
import type { PlanTree } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { vi } from '../../../i18n/vi';
import { usePlanTree } from '../hooks/usePlanTree';
import { appendixRows, searchIndex, taskMatcher } from '../lib/appendixRows';
import { AppendixTable } from './AppendixTable';
import { AssignedTasksTable } from './AssignedTasksTable';
import { TaskSearch } from './TaskSearch';

/** The plan's appendix as people know it, with a search over its rows. */
export function PlanAppendix({ planId }: { planId: string }) {
  const tree = usePlanTree(planId);

  if (tree.isPending) return <Loading className="loading--block" />;
  if (tree.isError) return <ErrorBox error={tree.error} onRetry={() => void tree.refetch()} retrying={tree.isFetching} />;
  return <AppendixView plan={tree.data} />;
}

function PlanHeading({ plan }: { plan: PlanTree }) {
  return (
    <header className="plan-heading">
      <h1 className="plan-heading__title">{plan.title}</h1>
      <p className="plan-heading__meta">
        {plan.number && <span className="plan-heading__number">{plan.number}</span>}
        {plan.issuedOn && (
          <span>
            <Bi text={vi.plans.issuedOn} />: <time dateTime={plan.issuedOn}>{formatDateVi(plan.issuedOn)}</time>
          </span>
        )}
        <Bi className={`badge badge--${plan.status}`} text={vi.plans.status[plan.status]} />
      </p>
    </header>
  );
}

function AppendixView({ plan }: { plan: PlanTree }) {
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
      <PlanHeading plan={plan} />

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
      <AppendixTable rows={rows} emptyText={filtering ? vi.appendix.noMatch : vi.appendix.empty} />

      {assigned.length > 0 && (
        <section className="assigned" aria-labelledby="assigned-title">
          <h2 id="assigned-title" className="assigned__title">
            <Bi text={vi.appendix.assignedTitle} /> <span className="assigned__count">({assigned.length})</span>
          </h2>
          <AssignedTasksTable tasks={assigned} />
        </section>
      )}
    </section>
  );
}
