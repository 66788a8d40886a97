import type { FigureCounts, PlanFigures } from '@khung/domain';
import { formatNumberVi } from '@khung/domain';
import { Bi } from '../../../components/Bi';
import { bi, vi, type Text } from '../../../i18n/vi';
import type { FigureScope } from '../lib/figureTasks';

export interface BreakdownRow {
  key: string;
  name: string;
  counts: FigureCounts;
  scope: FigureScope;
}

interface BreakdownChartProps {
  title: Text;
  rows: BreakdownRow[];
  show: (title: Text, bucket: keyof PlanFigures['taskIds'], scope: FigureScope) => void;
  testId: string;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : (100 * part) / whole);

/**
 * Progress per unit or per section as horizontal bars: done (green), overdue (red) and the rest,
 * as shares of the tasks in the plan; the numbers beside each bar list the tasks behind them.
 */
export function BreakdownChart({ title, rows, show, testId }: BreakdownChartProps) {
  const d = vi.dashboard;
  return (
    <section className="panel chart" aria-label={bi(title)} data-testid={testId}>
      <h3 className="panel__title">
        <Bi text={title} />
      </h3>
      <p className="chart__legend" aria-hidden="true">
        <span className="legend legend--done">{d.completed.vi}</span>
        <span className="legend legend--overdue">{d.overdue.vi}</span>
        <span className="legend legend--rest">{d.remaining.vi}</span>
      </p>
      <ul className="chart__rows">
        {rows.map(({ key, name, counts: c, scope }) => {
          const label = (text: Text): Text => ({ vi: `${text.vi} — ${name}`, en: `${text.en} — ${name}` });
          return (
            <li key={key} className="chart__row" data-testid="chart-row" data-key={key}>
              <span className="chart__name">{name}</span>
              <span className="chart__bar" aria-hidden="true">
                <span className="chart__seg chart__seg--done" style={{ width: `${share(c.completed, c.inPlan)}%` }} />
                <span className="chart__seg chart__seg--overdue" style={{ width: `${share(c.overdue, c.inPlan)}%` }} />
              </span>
              <span className="chart__numbers">
                <button type="button" className="link-button" onClick={() => show(label(d.inPlan), 'inPlan', scope)} data-testid="chart-row-progress">
                  {formatNumberVi(c.completed)}/{formatNumberVi(c.inPlan)} · {c.ratioText}
                </button>
                {c.overdue > 0 && (
                  <button type="button" className="link-button chart__overdue" onClick={() => show(label(d.overdue), 'overdue', scope)}>
                    <Bi text={vi.board.overdueCount(c.overdue)} />
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
