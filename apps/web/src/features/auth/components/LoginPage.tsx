import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { Bi } from '../../../components/Bi';
import { errorMessage } from '../../../components/ErrorBox';
import { vi, type Text } from '../../../i18n/vi';
import { useLogin } from '../hooks/useLogin';
import { useSession } from '../hooks/useSession';

function loginErrorText(error: unknown): string | Text {
  // A 401 from the login call can only mean wrong credentials.
  if (error instanceof ApiError && error.isUnauthorized) return vi.auth.wrongCredentials;
  return errorMessage(error);
}

export function LoginPage() {
  const login = useLogin();
  const { endedBecause } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const ids = { username: useId(), password: useId(), error: useId() };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password });
  }

  const problem: string | Text | null = missing
    ? vi.auth.required
    : login.isError
      ? loginErrorText(login.error)
      : endedBecause === 'expired'
        ? vi.common.sessionExpired
        : null;

  return (
    <main className="login" id="main">
      <form className="login__card" onSubmit={submit} noValidate aria-describedby={problem ? ids.error : undefined} data-testid="login-form">
        <div className="login__brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <p className="login__app">{vi.app.name.vi}</p>
            <Bi as="p" className="login__tagline" text={vi.app.tagline} />
          </div>
        </div>
        <h1 className="login__title">
          <Bi text={vi.auth.title} />
        </h1>

        {problem && (
          <div id={ids.error} className="login__error" role="alert" data-testid="login-error">
            {typeof problem === 'string' ? problem : <Bi text={problem} />}
          </div>
        )}

        <div className="field">
          <label htmlFor={ids.username}>
            <Bi text={vi.auth.username} />
          </label>
          <input
            id={ids.username}
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-invalid={missing && !username.trim() ? true : undefined}
            data-testid="login-username"
          />
        </div>

        <div className="field">
          <label htmlFor={ids.password}>
            <Bi text={vi.auth.password} />
          </label>
          <input
            id={ids.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={missing && !password ? true : undefined}
            data-testid="login-password"
          />
        </div>

        <button type="submit" className="button button--primary login__submit" disabled={login.isPending} data-testid="login-submit">
          <Bi text={login.isPending ? vi.auth.submitting : vi.auth.submit} />
        </button>
      </form>
    </main>
  );
}
