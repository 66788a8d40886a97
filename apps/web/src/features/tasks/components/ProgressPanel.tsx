import type { EvidenceFileView, ProgressEntryView, TaskView } from '@khung/contracts';
import { TASK_STATUS_LABELS, formatDateVi, formatNumberVi, parsePeriod } from '@khung/domain';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { QueryView } from '../../../components/QueryView';
import { vi } from '../../../i18n/vi';
import { formatDateTimeVi } from '../../../lib/dateTime';
import { useDownloadEvidence, useProgressEntries } from '../hooks/useProgress';
import { ProgressForm } from './ProgressForm';

/** The progress reported on the task, newest first, with its evidence; the form to report more for the lead unit. */
export function ProgressPanel({ task, editable }: { task: TaskView; editable: boolean }) {
  const entries = useProgressEntries(task.id);
  return (
    <section className="drawer__section" aria-labelledby="progress-title">
      <h3 id="progress-title" className="drawer__subtitle">
        <Bi text={vi.task.progress} />
        <span className="drawer__count" data-testid="task-percent">
          {' '}
          · {formatNumberVi(task.percent)}%
        </span>
      </h3>
      {editable && <ProgressForm task={task} />}
      <QueryView query={entries} empty={vi.task.noProgress}>
        {(list) => (
          <ol className="entries" data-testid="progress-entries">
            {list.map((entry) => (
              <ProgressEntry key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}

function ProgressEntry({ entry }: { entry: ProgressEntryView }) {
  const doc = entry.document;
  return (
    <li className="entry" data-testid="progress-entry">
      <p className="entry__meta">
        <time dateTime={entry.createdAt}>{formatDateTimeVi(entry.createdAt)}</time>
        {entry.author && <> · {entry.author.name}</>}
      </p>
      <p className="entry__state">
        <Bi className={`status__label status__label--${entry.status}`} text={TASK_STATUS_LABELS[entry.status]} /> · {formatNumberVi(entry.percent)}%
        {entry.completedOn && (
          <>
            {' · '}
            <Bi text={vi.appendix.completedOn} /> {formatDateVi(entry.completedOn)}
          </>
        )}
        {entry.periodCode && <> · {parsePeriod(entry.periodCode).labelVi}</>}
      </p>
      {entry.note && <p className="entry__note">{entry.note}</p>}
      {entry.cancelReason && (
        <p className="entry__note">
          <Bi text={vi.task.cancelReason} />: {entry.cancelReason}
        </p>
      )}
      {doc && (
        <p className="entry__doc">
          <Bi text={vi.task.document} />: {[doc.number, doc.date && formatDateVi(doc.date), doc.issuer].filter(Boolean).join(', ')}
          {doc.link && (
            <>
              {' · '}
              <a href={doc.link} target="_blank" rel="noreferrer noopener">
                <Bi text={vi.task.openLink} />
              </a>
            </>
          )}
        </p>
      )}
      {entry.files.length > 0 && (
        <ul className="entry__files">
          {entry.files.map((file) => (
            <EvidenceFile key={file.id} file={file} />
          ))}
        </ul>
      )}
    </li>
  );
}

function EvidenceFile({ file }: { file: EvidenceFileView }) {
  const download = useDownloadEvidence();
  return (
    <li>
      <button type="button" className="link-button" onClick={() => download.mutate(file)} disabled={download.isPending} data-testid="evidence-file">
        📎 {file.fileName}
      </button>{' '}
      <span className="entry__size">({formatNumberVi(Math.max(1, Math.round(file.size / 1024)))} KB)</span>
      {download.isError && <ErrorBox error={download.error} title={vi.task.downloadFailed} />}
    </li>
  );
}
