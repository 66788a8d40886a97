import type { UserView } from '@khung/contracts';
import { ROLE_LABELS } from '@khung/domain';
import { Bi } from '../../../components/Bi';
import { vi } from '../../../i18n/vi';
import { AdminTable } from '../../admin/AdminTable';
import { useCreateUser, useDeactivateUser, useUpdateUser, useUsers } from '../hooks/useUsers';
import { UserForm } from './UserForm';

/** The agency's people: who they are, their role and units; add, change, deactivate or re-activate. */
export function PeopleAdmin() {
  const users = useUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const deactivate = useDeactivateUser();
  const a = vi.admin;
  const busy = deactivate.isPending || update.isPending;

  return (
    <AdminTable
      query={users}
      addLabel={a.addPerson}
      columns={[vi.auth.username, a.fullName, a.role, a.units, a.status, a.actions]}
      testId="people"
      onOpenForm={() => {
        create.reset();
        update.reset();
      }}
      rowError={deactivate.error}
      form={(user, close) =>
        user ? (
          <UserForm
            user={user}
            pending={update.isPending}
            error={update.error}
            onSubmit={({ username: _, ...input }) => update.mutate({ id: user.id, ...input }, { onSuccess: close })}
            onCancel={close}
          />
        ) : (
          <UserForm pending={create.isPending} error={create.error} onSubmit={(input) => create.mutate(input, { onSuccess: close })} onCancel={close} />
        )
      }
      row={(user: UserView, edit) => (
        <tr key={user.id} className={user.isActive ? undefined : 'admin-table__inactive'} data-testid="person-row">
          <td>{user.username}</td>
          <td>
            {user.fullName}
            {user.email && <span className="admin-table__sub">{user.email}</span>}
          </td>
          <td>
            <Bi text={ROLE_LABELS[user.role]} stacked />
          </td>
          <td>{user.units.map((u) => u.name).join(', ')}</td>
          <td>
            <Bi text={user.isActive ? a.active : a.inactive} />
          </td>
          <td className="admin-table__actions">
            <button type="button" className="button button--small" onClick={edit}>
              <Bi text={vi.common.edit} />
            </button>
            {user.isActive ? (
              <button type="button" className="button button--small" onClick={() => deactivate.mutate(user.id)} disabled={busy}>
                <Bi text={a.deactivate} />
              </button>
            ) : (
              <button type="button" className="button button--small" onClick={() => update.mutate({ id: user.id, isActive: true })} disabled={busy}>
                <Bi text={a.reactivate} />
              </button>
            )}
          </td>
        </tr>
      )}
    />
  );
}
