import type { UnitView } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { vi } from '../../../i18n/vi';
import { AdminTable } from '../../admin/AdminTable';
import { useCreateUnit, useDeleteUnit, useUnits, useUpdateUnit } from '../hooks/useUnits';
import { UnitForm } from './UnitForm';

/** The agency's units and unit groups, with the aliases the import matches plan cells against. */
export function UnitsAdmin() {
  const units = useUnits();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const remove = useDeleteUnit();
  const a = vi.admin;
  const all = units.data ?? [];
  const nameOf = new Map(all.map((u) => [u.id, u.name]));

  return (
    <AdminTable
      query={units}
      addLabel={a.addUnit}
      columns={[a.unitName, a.kind, a.aliases, a.members, a.actions]}
      testId="units"
      onOpenForm={() => {
        create.reset();
        update.reset();
      }}
      rowError={remove.error}
      form={(unit, close) =>
        unit ? (
          <UnitForm
            unit={unit}
            units={all}
            pending={update.isPending}
            error={update.error}
            onSubmit={(input) => update.mutate({ id: unit.id, ...input }, { onSuccess: close })}
            onCancel={close}
          />
        ) : (
          <UnitForm units={all} pending={create.isPending} error={create.error} onSubmit={(input) => create.mutate(input, { onSuccess: close })} onCancel={close} />
        )
      }
      row={(unit: UnitView, edit) => (
        <tr key={unit.id} data-testid="unit-row">
          <td>{unit.name}</td>
          <td>
            <Bi text={a.kinds[unit.kind]} />
          </td>
          <td>{unit.aliases.join('; ')}</td>
          <td>{unit.memberIds.map((id) => nameOf.get(id) ?? id).join(', ')}</td>
          <td className="admin-table__actions">
            <button type="button" className="button button--small" onClick={edit}>
              <Bi text={vi.common.edit} />
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(`${a.confirmDelete.vi} "${unit.name}"? / ${a.confirmDelete.en}`)) remove.mutate(unit.id);
              }}
            >
              <Bi text={a.delete} />
            </button>
          </td>
        </tr>
      )}
    />
  );
}
