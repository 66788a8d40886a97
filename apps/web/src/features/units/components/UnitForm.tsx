import type { UnitKind, UnitView } from '@khung/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Bi } from '../../../components/Bi';
import { CheckboxList } from '../../../components/CheckboxList';
import { FormActions } from '../../../components/FormActions';
import { bi, vi } from '../../../i18n/vi';
import type { UnitInput } from '../hooks/useUnits';

interface UnitFormProps {
  unit?: UnitView;
  /** The units a group can have as members. */
  units: UnitView[];
  pending: boolean;
  error: unknown;
  onSubmit: (input: UnitInput) => void;
  onCancel: () => void;
}

/**
 * A unit or a unit group: its name, the other names the plan's cells use for it (one a line,
 * matched without regard to case or diacritics) and, for a group, its member units.
 */
export function UnitForm({ unit, units, pending, error, onSubmit, onCancel }: UnitFormProps) {
  const a = vi.admin;
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind ?? 'unit');
  const [aliases, setAliases] = useState(unit?.aliases.join('\n') ?? '');
  const [memberIds, setMemberIds] = useState(unit?.memberIds ?? []);
  const id = useId();
  const f = (field: string) => `${id}-${field}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({
      name: name.trim(),
      kind,
      aliases: aliases.split('\n').map((s) => s.trim()).filter(Boolean),
      memberIds: kind === 'group' ? memberIds : [],
    });
  }

  return (
    <form className="admin-form" onSubmit={submit} data-testid="unit-form">
      <div className="form-grid">
        <div className="field field--wide">
          <label htmlFor={f('name')}>
            <Bi text={a.unitName} />
          </label>
          <input id={f('name')} value={name} onChange={(e) => setName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={f('kind')}>
            <Bi text={a.kind} />
          </label>
          <select id={f('kind')} value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
            <option value="unit">{bi(a.kinds.unit)}</option>
            <option value="group">{bi(a.kinds.group)}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={f('aliases')}>
          <Bi text={a.aliases} />
        </label>
        <textarea id={f('aliases')} rows={3} value={aliases} onChange={(e) => setAliases(e.target.value)} />
        <Bi as="p" className="field__hint" text={a.aliasesHint} />
      </div>
      {kind === 'group' && (
        <CheckboxList label={a.members} options={units.filter((u) => u.kind === 'unit' && u.id !== unit?.id)} value={memberIds} onChange={setMemberIds} />
      )}
      <FormActions pending={pending} error={error} onCancel={onCancel} />
    </form>
  );
}
