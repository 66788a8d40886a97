import { TASK_STATUS_LABELS, TIMELINESS_LABELS, parsePeriod, type TaskStatus, type Timeliness } from '@khung/domain';
import type { PlanTree } from '@khung/contracts';
import { useDeferredValue, useMemo, useState } from 'react';
import { useOpenTask } from '../../../app/views';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { FilterSelect } from '../../../components/FilterSelect';
import { QueryView } from '../../../components/QueryView';
import { PeriodSelect, defaultPeriod, usePeriodParam } from '../../../components/PeriodSelect';
import { vi } from '../../../i18n/vi';
import { usePermissions } from '../../auth/hooks/useActor';
import { PlanHeading } from '../../plans/components/PlanHeading';
import { TaskSearch } from '../../plans/components/TaskSearch';
import { usePlanStats } from '../../plans/hooks/usePlanStats';
import { usePlanTree } from '../../plans/hooks/usePlanTree';
import { searchIndex, sectionHeading, taskMatcher } from '../../plans/lib/appendixRows';
import { useUnits } from '../../units/hooks/useUnits';
import { boardColumns, boardTasks, filterBoardTasks } from '../lib/boardColumns';
import { UnitColumn } from './UnitColumn';
import './board.css';

const ALL = { value: '', text: vi.filters.all };
const STATUS_OPTIONS = [ALL, ...Object.entries(TASK_STATUS_LABELS).map(([value, text]) => ({ value, text }))];
const TIMELINESS_OPTIONS = [ALL, ...Object.entries(TIMELINESS_LABELS).map(([value, text]) => ({ value, text }))];

/** The board: a column per lead unit, its figures at the head and its tasks as cards. */
export function BoardView({ planId }: { planId: string }) {
  const tree = usePlanTree(planId);
  return (
    <QueryView query={tree} block>
      {(plan) => <Board plan={plan} />}
    </QueryView>
  );
}

function Board({ plan }: { plan: PlanTree }) {
  const [, openTask] = useOpenTask();
  const [period, setPeriod] = usePeriodParam(plan.year);
  const stats = usePlanStats(plan.id, period ?? defaultPeriod(plan.year));
  const units = useUnits();
  const permissions = usePermissions();
  const [query, setQuery] = useState('');
  const [sectionId, setSectionId] = useState('');
  const [status, setStatus] = useState<TaskStatus | ''>('');
  const [timeliness, setTimeliness] = useState<Timeliness | ''>('');
  const deferredQuery = useDeferredValue(query);

  const all = useMemo(() => boardTasks(plan.sections), [plan]);
  const index = useMemo(() => searchIndex(plan.sections), [plan]);
  const shown = useMemo(
    () =>
      filterBoardTasks(all, {
        match: taskMatcher(deferredQuery, index),
        sectionId,
        status,
        timeliness,
        period: period ? parsePeriod(period) : null,
      }),
    [all, index, deferredQuery, sectionId, status, timeliness, period],
  );
  const ownUnitIds = useMemo(() => permissions?.actor.unitIds ?? [], [permissions]);
  const columns = useMemo(() => boardColumns(shown, (units.data ?? []).map((u) => u.id), ownUnitIds), [shown, units.data, ownUnitIds]);
  const sectionOptions = useMemo(
    () => [ALL, ...[...plan.sections].sort((a, b) => a.position - b.position).map((s) => ({ value: s.id, text: { vi: sectionHeading(s), en: sectionHeading(s) } }))],
    [plan],
  );
  const figuresOf = (unitId: string | undefined) => stats.data?.byUnit.find((u) => u.unitId === unitId);

  return (
    <section className="board-view" aria-labelledby="board-title">
      <PlanHeading plan={plan} />
      <h2 id="board-title" className="visually-hidden">
        <Bi text={vi.board.title} />
      </h2>
      <div className="toolbar toolbar--filters">
        <TaskSearch value={query} onChange={setQuery} />
        <FilterSelect
          label={vi.filters.section}
          value={sectionId}
          onChange={setSectionId}
          options={sectionOptions}
          testId="section-filter"
        />
        <FilterSelect label={vi.filters.status} value={status} onChange={(v) => setStatus(v as TaskStatus | '')} options={STATUS_OPTIONS} testId="status-filter" />
        <FilterSelect
          label={vi.filters.timeliness}
          value={timeliness}
          onChange={(v) => setTimeliness(v as Timeliness | '')}
          options={TIMELINESS_OPTIONS}
          testId="timeliness-filter"
        />
        <PeriodSelect year={plan.year} value={period ?? ''} onChange={(code) => setPeriod(code || null)} none={vi.filters.anyPeriod} />
        <p className="toolbar__count" aria-live="polite">
          <span data-testid="task-count">
            <Bi text={vi.appendix.taskCount(shown.length)} />
          </span>
        </p>
      </div>
      {stats.isError && <ErrorBox error={stats.error} title={vi.board.figuresError} onRetry={() => void stats.refetch()} retrying={stats.isFetching} />}
      {columns.length === 0 ? (
        <p className="notice" data-testid="board-empty">
          <Bi text={all.length === 0 ? vi.appendix.empty : vi.appendix.noMatch} />
        </p>
      ) : (
        <div className="board" data-testid="board" role="region" aria-label={`${vi.board.title.vi} / ${vi.board.title.en}`} tabIndex={0}>
          {columns.map((column) => (
            <UnitColumn
              key={column.unit?.id ?? 'none'}
              column={column}
              figures={column.unit ? figuresOf(column.unit.id) : undefined}
              own={column.unit !== null && ownUnitIds.includes(column.unit.id)}
              onOpenTask={openTask}
            />
          ))}
        </div>
      )}
    </section>
  );
}
