import { ApiError } from '../api/client';
import { vi, type Text } from '../i18n/vi';
import { Bi } from './Bi';

interface ErrorBoxProps {
  error: unknown;
  /** What could not be done; "Không tải được dữ liệu / Could not load the data" by default. */
  title?: Text;
  onRetry?: () => void;
  retrying?: boolean;
}

/** The server's message (the API writes "vi / en"), or ours for a network failure. */
export function errorMessage(error: unknown): string | Text {
  if (error instanceof ApiError) {
    if (error.isNetwork) return vi.common.networkError;
    const parts = error.message.split(' / ');
    return parts.length === 2 ? { vi: parts[0], en: parts[1] } : error.message;
  }
  return vi.common.unexpectedError;
}

/** A failure, in both languages, with the field errors and a retry button. */
export function ErrorBox({ error, title = vi.common.errorTitle, onRetry, retrying = false }: ErrorBoxProps) {
  const message = errorMessage(error);
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  return (
    <div className="error-box" role="alert" data-testid="error-box">
      <Bi as="p" className="error-box__title" text={title} />
      <p className="error-box__message">{typeof message === 'string' ? message : <Bi text={message} />}</p>
      {fieldErrors.length > 0 && (
        <ul className="error-box__fields">
          {fieldErrors.map((e) => (
            <li key={`${e.field}:${e.rule}`}>
              <Bi text={{ vi: e.vi, en: e.en }} />
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          <Bi text={retrying ? vi.common.loading : vi.common.retry} />
        </button>
      )}
    </div>
  );
}
