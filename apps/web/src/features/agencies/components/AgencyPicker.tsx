import { useId } from 'react';
import { Bi } from '../../../components/Bi';
import { bi, vi } from '../../../i18n/vi';
import { useAgencies } from '../hooks/useAgencies';

interface AgencyPickerProps {
  value: string | null;
  onChange: (agencyId: string | null) => void;
}

/**
 * The agency whose plans are listed. With one agency it is just its name; with several, a
 * select. Nothing is shown while loading or when the list cannot be read: the plan list
 * works without it (the API then reads the only agency, or all of them).
 */
export function AgencyPicker({ value, onChange }: AgencyPickerProps) {
  const id = useId();
  const agencies = useAgencies();
  if (!agencies.data || agencies.data.length === 0) return null;

  if (agencies.data.length === 1) {
    const [agency] = agencies.data;
    return (
      <div className="picker picker--static" data-testid="agency-name">
        <span className="picker__label">
          <Bi text={vi.agencies.label} />
        </span>
        <span className="picker__value">{agency.name}</span>
      </div>
    );
  }

  return (
    <div className="picker">
      <label className="picker__label" htmlFor={id}>
        <Bi text={vi.agencies.label} />
      </label>
      <select
        id={id}
        className="picker__select"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        data-testid="agency-picker"
      >
        <option value="">{bi(vi.agencies.all)}</option>
        {agencies.data.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
