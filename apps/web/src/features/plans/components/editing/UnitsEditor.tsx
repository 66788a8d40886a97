import type { UnitRef } from '@khung/contracts';
import { useState, type FormEvent } from 'react';
import { CheckboxList } from '../../../../components/CheckboxList';
import { QueryView } from '../../../../components/QueryView';
import type { Text } from '../../../../i18n/vi';
import { useUnits } from '../../../units/hooks/useUnits';
import { FormActions } from '../../../../components/FormActions';
import { useInlineSave } from './useInlineSave';

interface UnitsEditorProps {
  label: Text;
  selected: UnitRef[];
  save: (unitIds: string[]) => Promise<unknown>;
  onDone: () => void;
}

/** The lead or coordinating units of a task, chosen among the agency's units and groups. */
export function UnitsEditor({ label, selected, save, onDone }: UnitsEditorProps) {
  const units = useUnits();
  const [chosen, setChosen] = useState(() => selected.map((u) => u.id));
  const { pending, error, run } = useInlineSave(onDone);

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => save(chosen));
  }

  return (
    <form className="inline-editor" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onDone())}>
      <QueryView query={units}>{(list) => <CheckboxList label={label} options={list} value={chosen} onChange={setChosen} autoFocus />}</QueryView>
      <FormActions pending={pending} error={error} onCancel={onDone} small testId="edit-save" />
    </form>
  );
}
