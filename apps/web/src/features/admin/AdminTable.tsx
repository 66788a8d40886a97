import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Bi } from '../../components/Bi';
import { ErrorBox } from '../../components/ErrorBox';
import { QueryView } from '../../components/QueryView';
import { vi, type Text } from '../../i18n/vi';

interface AdminTableProps<T extends { id: string }> {
  query: UseQueryResult<T[]>;
  addLabel: Text;
  columns: Text[];
  testId: string;
  /** The form of a new item (`undefined`) or of the one edited; `close` ends it. */
  form: (item: T | undefined, close: () => void) => ReactNode;
  /** An item's row, with the way to edit it. */
  row: (item: T, edit: () => void) => ReactNode;
  /** Called as a form opens, to forget the failure of an earlier save. */
  onOpenForm: () => void;
  /** The failure of an action taken from a row (deactivate, delete). */
  rowError: unknown;
}

/** A list of the agency's people or units: a table, an add button, and an item's form in place of its row. */
export function AdminTable<T extends { id: string }>({ query, addLabel, columns, testId, form, row, onOpenForm, rowError }: AdminTableProps<T>) {
  // The item edited, 'new' for the form of a new one.
  const [editing, setEditing] = useState<string | null>(null);
  const close = () => setEditing(null);
  const open = (id: string) => {
    onOpenForm();
    setEditing(id);
  };
  return (
    <QueryView query={query} block>
      {(items) => (
        <div className="admin__panel">
          {editing === 'new' ? (
            form(undefined, close)
          ) : (
            <button type="button" className="button button--primary" onClick={() => open('new')} data-testid={`${testId}-add`}>
              <Bi text={addLabel} />
            </button>
          )}
          {rowError !== null && <ErrorBox error={rowError} title={vi.task.saveFailed} />}
          <div className="table-scroll table-scroll--small">
            <table className="admin-table" data-testid={testId}>
              <thead>
                <tr>
                  {columns.map((t) => (
                    <th key={t.vi} scope="col">
                      <Bi text={t} stacked />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {items.map((item) =>
                  editing === item.id ? (
                    <tr key={item.id}>
                      <td colSpan={columns.length}>{form(item, close)}</td>
                    </tr>
                  ) : (
                    row(item, () => open(item.id))
                  ),
                )}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </QueryView>
  );
}
