import type { TaskView } from '@khung/contracts';
import { formatDateVi } from '@khung/domain';
import { useId, useState, type FormEvent } from 'react';
import { Bi } from '../../../../components/Bi';
import { vi } from '../../../../i18n/vi';
import type { TaskChange } from '../../../tasks/hooks/useTask';
import { FormActions } from '../../../../components/FormActions';
import { useInlineSave } from './useInlineSave';

interface DeadlineEditorProps {
  task: TaskView;
  save: (change: TaskChange) => Promise<unknown>;
  onDone: () => void;
}

/** The deadline as written (the date is derived from it) and, when the text names none, a date set by hand. */
export function DeadlineEditor({ task, save, onDone }: DeadlineEditorProps) {
  const ids = { text: useId(), override: useId() };
  const [text, setText] = useState(task.deadline.text);
  const [override, setOverride] = useState(task.deadline.overridden ? (task.deadline.due ?? '') : '');
  const { pending, error, run } = useInlineSave(onDone);

  function submit(event: FormEvent) {
    event.preventDefault();
    const change: TaskChange = {};
    if (text !== task.deadline.text) change.deadlineText = text;
    const was = task.deadline.overridden ? task.deadline.due : null;
    if ((override || null) !== was) change.dueOverride = override || null;
    if (Object.keys(change).length === 0) onDone();
    else void run(() => save(change));
  }

  return (
    <form className="inline-editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onDone())}>
      <label htmlFor={ids.text} className="inline-editor__label">
        <Bi text={vi.appendix.columns.deadline} />
      </label>
      <input id={ids.text} value={text} onChange={(e) => setText(e.target.value)} autoFocus placeholder="Quý II/2026" data-testid="edit-deadline-text" />
      <label htmlFor={ids.override} className="inline-editor__label">
        <Bi text={vi.plans.dueOverride} />
      </label>
      <input id={ids.override} type="date" value={override} onChange={(e) => setOverride(e.target.value)} />
      {task.deadline.derivedDue && (
        <p className="field__hint">
          <Bi text={vi.plans.derivedDue} />: {formatDateVi(task.deadline.derivedDue)}
        </p>
      )}
      <FormActions pending={pending} error={error} onCancel={onDone} small testId="edit-save" />
    </form>
  );
}
