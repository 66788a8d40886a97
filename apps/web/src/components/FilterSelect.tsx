import { useId } from 'react';
import { bi, type Text } from '../i18n/vi';
import { Bi } from './Bi';

export interface FilterOption {
  value: string;
  text: Text;
}

interface FilterSelectProps {
  label: Text;
  value: string;
  onChange: (value: string) => void;
  options: FilterOption[];
  testId?: string;
}

/** A labelled select of a toolbar (section, status, period…). */
export function FilterSelect({ label, value, onChange, options, testId }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id} className="filter__label">
        <Bi text={label} />
      </label>
      <select id={id} className="filter__select" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text.vi === o.text.en ? o.text.vi : bi(o.text)}
          </option>
        ))}
      </select>
    </div>
  );
}
