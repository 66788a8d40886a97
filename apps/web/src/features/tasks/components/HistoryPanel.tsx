import type { AuditEntryView } from '@khung/contracts';
import { TASK_STATUS_LABELS, formatDateVi, isIsoDate, type TaskStatus } from '@khung/domain';
import { Bi } from '../../../components/Bi';
import { QueryView } from '../../../components/QueryView';
import { vi } from '../../../i18n/vi';
import { formatDateTimeVi } from '../../../lib/dateTime';
import { useTaskHistory } from '../hooks/useTaskHistory';

const FIELD_LABELS = vi.history.fields as Record<string, { vi: string; en: string } | undefined>;

/** A recorded value as people read it: statuses by name, dates as dd/mm/yyyy, lists by their count. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') {
    if (value in TASK_STATUS_LABELS) return TASK_STATUS_LABELS[value as TaskStatus].vi;
    return isIsoDate(value) ? formatDateVi(value) : value;
  }
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v !== null && 'text' in v ? `${(v as { done?: boolean }).done ? '☑' : '☐'} ${String((v as { text: unknown }).text)}` : String(v))).join('; ');
  }
  return String(value);
}

function HistoryEntry({ entry }: { entry: AuditEntryView }) {
  const action = (vi.history.actions as Record<string, { vi: string; en: string } | undefined>)[entry.action];
  return (
    <li className="entry">
      <p className="entry__meta">
        <time dateTime={entry.at}>{formatDateTimeVi(entry.at)}</time> · {entry.actorName} · {action ? <Bi text={action} /> : entry.action}
      </p>
      <ul className="changes">
        {Object.entries(entry.changes).map(([field, [before, after]]) => (
          <li key={field}>
            <span className="changes__field">{FIELD_LABELS[field] ? <Bi text={FIELD_LABELS[field]} /> : field}:</span>{' '}
            <del>{valueText(before)}</del> → <ins>{valueText(after)}</ins>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Every change of the task, newest first: who, when, what, before → after. Folded until asked for. */
export function HistoryPanel({ taskId }: { taskId: string }) {
  const history = useTaskHistory(taskId);
  return (
    <details className="drawer__section drawer__history">
      <summary className="drawer__subtitle">
        <Bi text={vi.task.history} />
        {history.data && <span className="drawer__count"> ({history.data.length})</span>}
      </summary>
      <QueryView query={history} empty={vi.task.noHistory}>
        {(list) => (
          <ol className="entries" data-testid="history">
            {list.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </QueryView>
    </details>
  );
}
