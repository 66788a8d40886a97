import type { TaskView } from '@khung/contracts';
import { TASK_STATUS_LABELS, calendarPeriodCodes, currentPeriodCode, parsePeriod, todayIn, type TaskStatus } from '@khung/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { bi, vi } from '../../../i18n/vi';
import { useRecordProgress, useUploadEvidence, type ProgressInput } from '../hooks/useProgress';

const EVIDENCE_ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.gif,.webp';

interface Draft {
  status: TaskStatus;
  percent: string;
  note: string;
  completedOn: string;
  cancelReason: string;
  periodCode: string;
  docNumber: string;
  docDate: string;
  docIssuer: string;
  docLink: string;
}

function emptyDraft(task: TaskView, today: string): Draft {
  return {
    status: task.status === 'not_started' ? 'in_progress' : task.status,
    percent: '',
    note: '',
    completedOn: task.completedOn ?? today,
    cancelReason: '',
    // A recurring task reports for a period: today's quarter when it is in the plan's year.
    periodCode: task.deadline.kind === 'recurring' ? currentPeriodCode(today) : '',
    docNumber: '',
    docDate: '',
    docIssuer: '',
    docLink: '',
  };
}

function inputOf(d: Draft): ProgressInput {
  const text = (s: string) => s.trim() || undefined;
  return {
    status: d.status,
    percent: d.status === 'done' || d.percent === '' ? undefined : Number(d.percent),
    note: text(d.note),
    completedOn: d.status === 'done' ? d.completedOn || undefined : undefined,
    cancelReason: d.status === 'cancelled' ? text(d.cancelReason) : undefined,
    periodCode: d.periodCode || undefined,
    document: d.docNumber.trim()
      ? { number: d.docNumber.trim(), date: d.docDate || undefined, issuer: text(d.docIssuer), link: text(d.docLink) }
      : undefined,
  };
}

/**
 * Records progress on the task: status, percent, note, the output document and an evidence file.
 * The entry is written first, then the file is attached to it; if only the file failed, sending
 * again uploads just the file.
 */
export function ProgressForm({ task }: { task: TaskView }) {
  const today = todayIn();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(() => emptyDraft(task, today));
  const [file, setFile] = useState<File | null>(null);
  // The entry written when its file could not be uploaded: sending again uploads only the file.
  const [entryAwaitingFile, setEntryAwaitingFile] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const record = useRecordProgress();
  const upload = useUploadEvidence();
  const busy = record.isPending || upload.isPending;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    record.reset();
    upload.reset();
    try {
      let entryId = entryAwaitingFile;
      if (!entryId) entryId = (await record.mutateAsync({ task, input: inputOf(draft) })).entry.id;
      if (file) {
        setEntryAwaitingFile(entryId);
        await upload.mutateAsync({ task, file, progressEntryId: entryId });
      }
      setEntryAwaitingFile(null);
      setDraft((d) => ({ ...emptyDraft(task, today), status: d.status }));
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      setSaved(true);
    } catch {
      // shown below from the mutations' state
    }
  }

  const conflict = record.error instanceof ApiError && record.error.isConflict;
  const periods = task.deadline.kind === 'recurring' ? calendarPeriodCodes(Number(today.slice(0, 4))) : [];
  const field = (name: string) => `${id}-${name}`;

  return (
    <form className="progress-form" onSubmit={submit} noValidate data-testid="progress-form">
      <div className="form-grid">
        <div className="field">
          <label htmlFor={field('status')}>
            <Bi text={vi.appendix.columns.status} />
          </label>
          <select id={field('status')} value={draft.status} onChange={(e) => set('status', e.target.value as TaskStatus)} disabled={entryAwaitingFile !== null} data-testid="progress-status">
            {Object.entries(TASK_STATUS_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {bi(text)}
              </option>
            ))}
          </select>
        </div>
        {draft.status === 'done' ? (
          <div className="field">
            <label htmlFor={field('completedOn')}>
              <Bi text={vi.appendix.completedOn} />
            </label>
            <input id={field('completedOn')} type="date" max={today} value={draft.completedOn} onChange={(e) => set('completedOn', e.target.value)} data-testid="progress-completed-on" />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={field('percent')}>
              <Bi text={vi.task.percent} />
            </label>
            <input id={field('percent')} type="number" min={0} max={100} step={5} inputMode="numeric" value={draft.percent} onChange={(e) => set('percent', e.target.value)} data-testid="progress-percent" />
          </div>
        )}
        {periods.length > 0 && (
          <div className="field">
            <label htmlFor={field('period')}>
              <Bi text={vi.task.reportPeriod} />
            </label>
            <select id={field('period')} value={draft.periodCode} onChange={(e) => set('periodCode', e.target.value)}>
              {periods.map((code) => (
                <option key={code} value={code}>
                  {parsePeriod(code).labelVi}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {draft.status === 'cancelled' && (
        <div className="field">
          <label htmlFor={field('cancel')}>
            <Bi text={vi.task.cancelReason} />
          </label>
          <textarea id={field('cancel')} rows={2} value={draft.cancelReason} onChange={(e) => set('cancelReason', e.target.value)} required />
        </div>
      )}
      <div className="field">
        <label htmlFor={field('note')}>
          <Bi text={vi.task.note} />
        </label>
        <textarea id={field('note')} rows={3} value={draft.note} onChange={(e) => set('note', e.target.value)} data-testid="progress-note" />
      </div>
      <fieldset className="fieldset">
        <legend>
          <Bi text={vi.task.document} />
        </legend>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={field('docNumber')}>
              <Bi text={vi.task.docNumber} />
            </label>
            <input id={field('docNumber')} value={draft.docNumber} onChange={(e) => set('docNumber', e.target.value)} placeholder="123/KH-SCT" data-testid="progress-doc-number" />
          </div>
          <div className="field">
            <label htmlFor={field('docDate')}>
              <Bi text={vi.task.docDate} />
            </label>
            <input id={field('docDate')} type="date" value={draft.docDate} onChange={(e) => set('docDate', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={field('docIssuer')}>
              <Bi text={vi.task.docIssuer} />
            </label>
            <input id={field('docIssuer')} value={draft.docIssuer} onChange={(e) => set('docIssuer', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={field('docLink')}>
              <Bi text={vi.task.docLink} />
            </label>
            <input id={field('docLink')} type="url" value={draft.docLink} onChange={(e) => set('docLink', e.target.value)} placeholder="https://" />
          </div>
        </div>
        <div className="field">
          <label htmlFor={field('file')}>
            <Bi text={vi.task.evidenceFile} />
          </label>
          <input
            id={field('file')}
            ref={fileRef}
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={(e) => {
              setSaved(false);
              setFile(e.target.files?.[0] ?? null);
            }}
            data-testid="progress-file"
          />
          <Bi as="p" className="field__hint" text={vi.task.evidenceHint} />
        </div>
      </fieldset>
      {record.isError && (
        <ErrorBox
          error={record.error}
          title={conflict ? vi.task.conflict : vi.task.saveFailed}
        />
      )}
      {upload.isError && <ErrorBox error={upload.error} title={vi.task.uploadFailed} />}
      {saved && (
        <p className="form-ok" role="status" data-testid="progress-saved">
          <Bi text={vi.task.recorded} />
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="progress-submit">
        <Bi text={busy ? vi.common.saving : entryAwaitingFile ? vi.task.retryUpload : vi.task.record} />
      </button>
    </form>
  );
}
