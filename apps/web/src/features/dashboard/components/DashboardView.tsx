import type { PlanTree, TaskView } from '@khung/contracts';
import { formatNumberVi, parsePeriod, todayIn, type PlanFigures } from '@khung/domain';
import { useCallback, useMemo, useState } from 'react';
import { useOpenTask } from '../../../app/views';
import { Bi } from '../../../components/Bi';
import { QueryView } from '../../../components/QueryView';
import { PeriodSelect, defaultPeriod, usePeriodParam } from '../../../components/PeriodSelect';
import { vi, type Text } from '../../../i18n/vi';
import { PlanHeading } from '../../plans/components/PlanHeading';
import { usePlanStats } from '../../plans/hooks/usePlanStats';
import { usePlanTree } from '../../plans/hooks/usePlanTree';
import { sectionHeading } from '../../plans/lib/appendixRows';
import { TaskList } from '../../tasks/components/TaskList';
import { dueWithin30Days, planTaskIndex, sortedByDue, tasksBehind, type FigureScope } from '../lib/figureTasks';
import { BreakdownChart } from './BreakdownChart';
import { FigureTile } from './FigureTile';
import { TaskListDialog } from './TaskListDialog';
import './dashboard.css';

/** The dashboard: the report's ratios, progress by unit and by section, what is overdue and what comes next. */
export function DashboardView({ planId }: { planId: string }) {
  const tree = usePlanTree(planId);
  return (
    <QueryView query={tree} block>
      {(plan) => <Dashboard plan={plan} />}
    </QueryView>
  );
}

type Bucket = keyof PlanFigures['taskIds'];

function Dashboard({ plan }: { plan: PlanTree }) {
  const [periodParam, setPeriod] = usePeriodParam(plan.year);
  const period = periodParam ?? defaultPeriod(plan.year);
  const stats = usePlanStats(plan.id, period);
  const [, openTask] = useOpenTask();
  const index = useMemo(() => planTaskIndex(plan), [plan]);
  const [drill, setDrill] = useState<{ title: Text; tasks: TaskView[] } | null>(null);
  const closeDrill = useCallback(() => setDrill(null), []);

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <PlanHeading plan={plan} />
      <div className="toolbar">
        <h2 id="dashboard-title" className="dashboard__title">
          <Bi text={vi.dashboard.title} />
        </h2>
        <PeriodSelect year={plan.year} value={period} onChange={setPeriod} />
      </div>
      <QueryView query={stats} block>
        {(figures) => (
          <Figures
            figures={figures}
            stale={stats.isPlaceholderData}
            show={(title, bucket, scope = null) => setDrill({ title, tasks: tasksBehind(index, figures.taskIds[bucket], scope) })}
          />
        )}
      </QueryView>
      <div className="dashboard__lists">
        <section className="panel" aria-labelledby="overdue-title">
          <h3 id="overdue-title" className="panel__title">
            <Bi text={vi.dashboard.overdueList} />
          </h3>
          {stats.data && (
            <TaskList tasks={sortedByDue(tasksBehind(index, stats.data.taskIds.overdue, null))} onOpen={openTask} empty={vi.dashboard.noOverdue} testId="overdue-list" />
          )}
        </section>
        <section className="panel" aria-labelledby="upcoming-title">
          <h3 id="upcoming-title" className="panel__title">
            <Bi text={vi.dashboard.next30Days} />
          </h3>
          <TaskList tasks={dueWithin30Days(index, todayIn())} onOpen={openTask} empty={vi.dashboard.noUpcoming} testId="upcoming-list" />
        </section>
      </div>
      {drill && <TaskListDialog title={drill.title} tasks={drill.tasks} onOpenTask={openTask} onClose={closeDrill} />}
    </section>
  );
}

interface FiguresProps {
  figures: PlanFigures;
  /** Another period's figures, shown while this one's load. */
  stale: boolean;
  show: (title: Text, bucket: Bucket, scope?: FigureScope) => void;
}

function Figures({ figures: f, stale, show }: FiguresProps) {
  const d = vi.dashboard;
  const period = parsePeriod(f.period.code);
  const periodText = { vi: `KH ${period.labelVi}`, en: `${period.labelEn} plan` };
  const n = formatNumberVi;
  return (
    <div className={stale ? 'figures figures--stale' : 'figures'} aria-busy={stale}>
      <p className="summary" data-testid="summary">
        <span lang="vi">{f.summaryVi}</span>
        <span className="summary__en" lang="en">
          {d.summaryEn(f.ratioText, f.period.due > 0 ? f.period.ratioText : null, period.labelEn)}
        </span>
      </p>
      <div className="tiles">
        <FigureTile label={d.yearRatio} value={f.ratioText} detail={`${n(f.completed)}/${n(f.inPlan)}`} onShow={() => show(d.completed, 'completed')} testId="figure-year-ratio" />
        <FigureTile
          label={periodText}
          value={f.period.ratioText}
          detail={`${n(f.period.completed)}/${n(f.period.due)}`}
          onShow={() => show(periodText, 'periodDue')}
          testId="figure-period-ratio"
        />
        <FigureTile label={d.inPlan} value={n(f.inPlan)} onShow={() => show(d.inPlan, 'inPlan')} testId="figure-in-plan" />
        <FigureTile label={d.completed} value={n(f.completed)} onShow={() => show(d.completed, 'completed')} testId="figure-completed" />
        <FigureTile label={d.overdue} value={n(f.overdue)} tone={f.overdue > 0 ? 'red' : undefined} onShow={() => show(d.overdue, 'overdue')} testId="figure-overdue" />
        <FigureTile label={d.dueSoon} value={n(f.dueSoon)} tone={f.dueSoon > 0 ? 'amber' : undefined} onShow={() => show(d.dueSoon, 'dueSoon')} testId="figure-due-soon" />
        <FigureTile label={d.notYetDue} value={n(f.notYetDue)} onShow={() => show(d.notYetDue, 'notYetDue')} testId="figure-not-yet-due" />
        <FigureTile label={d.noDate} value={n(f.noDate)} onShow={() => show(d.noDate, 'noDate')} testId="figure-no-date" />
        <FigureTile
          label={d.recurring}
          value={`${n(f.recurring.reported)}/${n(f.recurring.total)}`}
          detail={d.recurringDetail}
          onShow={() => show(d.recurring, 'recurring')}
          testId="figure-recurring"
        />
        {f.assigned.total > 0 && (
          <FigureTile
            label={d.assigned}
            value={n(f.assigned.total)}
            detail={d.assignedDetail(f.assigned.onTime, f.assigned.late, f.assigned.overdueNotDone)}
            onShow={() => show(d.assigned, 'assigned')}
            testId="figure-assigned"
          />
        )}
      </div>
      <div className="charts">
        <BreakdownChart
          title={d.byUnit}
          testId="chart-units"
          rows={f.byUnit.map((u) => ({ key: u.unitId, name: u.unitName, counts: u, scope: { unitId: u.unitId } }))}
          show={show}
        />
        <BreakdownChart
          title={d.bySection}
          testId="chart-sections"
          rows={f.bySection.map((s) => ({ key: s.sectionId, name: sectionHeading({ code: s.code, title: s.title }), counts: s, scope: { sectionId: s.sectionId } }))}
          show={show}
        />
      </div>
    </div>
  );
}
