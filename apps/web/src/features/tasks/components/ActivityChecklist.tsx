import type { TaskView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { vi } from '../../../i18n/vi';
import { useTickActivity } from '../hooks/useProgress';

/** The activities of the task as a checklist; the lead unit ticks them off (which moves the task's percent). */
export function ActivityChecklist({ task, editable }: { task: TaskView; editable: boolean }) {
  const tick = useTickActivity();
  if (task.activities.length === 0) return null;
  const done = task.activities.filter((a) => a.done).length;
  return (
    <section className="drawer__section" aria-labelledby="activities-title">
      <h3 id="activities-title" className="drawer__subtitle">
        <Bi text={vi.appendix.columns.activities} /> <span className="drawer__count">({done}/{task.activities.length})</span>
      </h3>
      <ul className="checklist" data-testid="activity-checklist">
        {task.activities.map((activity, index) => (
          <li key={index} className="checklist__item">
            <label>
              <input
                type="checkbox"
                checked={activity.done}
                disabled={!editable || tick.isPending}
                onChange={(e) => tick.mutate({ task, index, done: e.target.checked })}
              />
              <span className={activity.done ? 'checklist__text checklist__text--done' : 'checklist__text'}>{activity.text}</span>
            </label>
          </li>
        ))}
      </ul>
      {tick.isError && <ErrorBox error={tick.error} title={vi.task.saveFailed} />}
    </section>
  );
}
