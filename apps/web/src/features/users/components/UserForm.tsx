import type { Role, UserView } from '@khung/contracts';
import { ROLES, ROLE_LABELS } from '@khung/domain';
import { useId, useState, type FormEvent } from 'react';
import { Bi } from '../../../components/Bi';
import { CheckboxList } from '../../../components/CheckboxList';
import { FormActions } from '../../../components/FormActions';
import { bi, vi } from '../../../i18n/vi';
import { useUnits } from '../../units/hooks/useUnits';
import type { UserInput } from '../hooks/useUsers';

interface UserFormProps {
  /** The person edited; none for a new one (who then needs a username and a password). */
  user?: UserView;
  pending: boolean;
  error: unknown;
  onSubmit: (input: UserInput & { username: string }) => void;
  onCancel: () => void;
}

/** A person's name, e-mail, role and units; a username and a first password for a new one. */
export function UserForm({ user, pending, error, onSubmit, onCancel }: UserFormProps) {
  const units = useUnits();
  const a = vi.admin;
  const [username, setUsername] = useState(user?.username ?? '');
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState(user?.fullName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'member');
  const [unitIds, setUnitIds] = useState(user?.units.map((u) => u.id) ?? []);
  const id = useId();
  const f = (name: string) => `${id}-${name}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ username: username.trim(), fullName: fullName.trim(), email: email.trim() || null, role, unitIds, password: password || undefined });
  }

  return (
    <form className="admin-form" onSubmit={submit} data-testid="user-form">
      <div className="form-grid">
        {!user && (
          <div className="field">
            <label htmlFor={f('username')}>
              <Bi text={vi.auth.username} />
            </label>
            <input id={f('username')} value={username} onChange={(e) => setUsername(e.target.value)} autoCapitalize="none" spellCheck={false} required />
          </div>
        )}
        <div className="field">
          <label htmlFor={f('password')}>
            <Bi text={user ? a.newPassword : vi.auth.password} />
          </label>
          <input id={f('password')} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} minLength={8} required={!user} />
        </div>
        <div className="field">
          <label htmlFor={f('fullName')}>
            <Bi text={a.fullName} />
          </label>
          <input id={f('fullName')} value={fullName} onChange={(e) => setFullName(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor={f('email')}>
            <Bi text={a.email} />
          </label>
          <input id={f('email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={f('role')}>
            <Bi text={a.role} />
          </label>
          <select id={f('role')} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {bi(ROLE_LABELS[r])}
              </option>
            ))}
          </select>
        </div>
      </div>
      {units.data && (
        <CheckboxList label={a.units} options={units.data.filter((u) => u.kind === 'unit')} value={unitIds} onChange={setUnitIds} />
      )}
      <FormActions pending={pending} error={error} onCancel={onCancel} />
    </form>
  );
}
