import { bi, type Text } from '../i18n/vi';

interface CheckboxListProps {
  label: Text;
  options: { id: string; name: string }[];
  /** The chosen ids; handed back in the order of `options`. */
  value: string[];
  onChange: (ids: string[]) => void;
  autoFocus?: boolean;
}

/** A choice of several (units of a task, of a person, members of a group) as a list of checkboxes. */
export function CheckboxList({ label, options, value, onChange, autoFocus = false }: CheckboxListProps) {
  return (
    <fieldset className="checkbox-list" aria-label={bi(label)}>
      {options.map((o, i) => (
        <label key={o.id} className="checkbox-list__option">
          <input
            type="checkbox"
            autoFocus={autoFocus && i === 0}
            checked={value.includes(o.id)}
            onChange={(e) => {
              const chosen = new Set(value);
              if (e.target.checked) chosen.add(o.id);
              else chosen.delete(o.id);
              onChange(options.filter((x) => chosen.has(x.id)).map((x) => x.id));
            }}
          />
          {o.name}
        </label>
      ))}
    </fieldset>
  );
}
