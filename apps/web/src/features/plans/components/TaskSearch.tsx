import { useId } from 'react';
import { Bi } from '../../../components/Bi';
import { bi, vi } from '../../../i18n/vi';

interface TaskSearchProps {
  value: string;
  onChange: (value: string) => void;
}

/** The search box above the appendix; Escape clears it. */
export function TaskSearch({ value, onChange }: TaskSearchProps) {
  const id = useId();
  return (
    <div className="search">
      <label htmlFor={id} className="search__label">
        <Bi text={vi.appendix.search} />
      </label>
      <div className="search__box">
        <input
          id={id}
          type="search"
          className="search__input"
          value={value}
          placeholder={bi(vi.appendix.searchPlaceholder)}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && value) {
              e.preventDefault();
              onChange('');
            }
          }}
          autoComplete="off"
          spellCheck={false}
          data-testid="task-search"
        />
        {value && (
          <button type="button" className="search__clear" onClick={() => onChange('')} aria-label={bi(vi.appendix.clearSearch)} title={bi(vi.appendix.clearSearch)}>
            ×
          </button>
        )}
      </div>
    </div>
  );
}
