import { useState, type FormEvent } from 'react';
import { bi, type Text } from '../../../../i18n/vi';
import { FormActions } from '../../../../components/FormActions';
import { useInlineSave } from './useInlineSave';

interface TextEditorProps {
  label: Text;
  initial: string;
  save: (value: string) => Promise<unknown>;
  onDone: () => void;
  rows?: number;
}

/** A text cell in edit: Ctrl+Enter (⌘+Enter) saves, Escape cancels. */
export function TextEditor({ label, initial, save, onDone, rows = 3 }: TextEditorProps) {
  const [value, setValue] = useState(initial);
  const { pending, error, run } = useInlineSave(onDone);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (value === initial) onDone();
    else void run(() => save(value));
  };
  return (
    <form className="inline-editor" onSubmit={submit}>
      <textarea
        className="inline-editor__text"
        aria-label={bi(label)}
        rows={Math.max(rows, Math.min(10, value.split('\n').length + 1))}
        value={value}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onDone();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            submit();
          }
        }}
        data-testid="edit-text"
      />
      <FormActions pending={pending} error={error} onCancel={onDone} small testId="edit-save" />
    </form>
  );
}
