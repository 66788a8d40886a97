import { useEffect, useRef, useState, type ReactNode } from 'react';
import { bi, vi, type Text } from '../../../../i18n/vi';

interface EditableCellProps {
  /** What is edited, for the button's name: "Sửa Kinh phí / Edit Budget". */
  label: Text;
  editable: boolean;
  /** The cell as shown. */
  children: ReactNode;
  /** The editor, given a function that ends editing. */
  editor: (done: () => void) => ReactNode;
}

/** A cell of the appendix a coordinator can change in place: a ✎ button opens its editor. */
export function EditableCell({ label, editable, children, editor }: EditableCellProps) {
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Back from the editor, the focus returns to the cell's button, so the keyboard keeps its place.
  useEffect(() => {
    if (wasEditing.current && !editing) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (!editable) return <>{children}</>;
  if (editing) return <>{editor(() => setEditing(false))}</>;
  const name = bi({ vi: `${vi.common.edit.vi} ${label.vi.toLowerCase()}`, en: `${vi.common.edit.en} ${label.en.toLowerCase()}` });
  return (
    <div className="editable">
      {children}
      <button ref={button} type="button" className="editable__button" onClick={() => setEditing(true)} aria-label={name} title={name} data-testid="edit-cell">
        ✎
      </button>
    </div>
  );
}
