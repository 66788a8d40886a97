import { vi } from '../i18n/vi';
import { Bi } from './Bi';
import { ErrorBox } from './ErrorBox';

interface FormActionsProps {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  /** The smaller buttons of an editor inside a table cell. */
  small?: boolean;
  testId?: string;
}

/** Save and cancel under a form, with the failure of the last save. */
export function FormActions({ pending, error, onCancel, small = false, testId = 'form-save' }: FormActionsProps) {
  const size = small ? ' button--small' : '';
  return (
    <>
      {error !== null && <ErrorBox error={error} title={vi.task.saveFailed} />}
      <div className="form-actions">
        <button type="submit" className={`button button--primary${size}`} disabled={pending} data-testid={testId}>
          <Bi text={pending ? vi.common.saving : vi.common.save} />
        </button>
        <button type="button" className={`button${size}`} onClick={onCancel} disabled={pending}>
          <Bi text={vi.common.cancel} />
        </button>
      </div>
    </>
  );
}
