import { bi, vi } from '../i18n/vi';

/** The × of a drawer or dialog, named for screen readers. */
export function CloseButton({ onClose, testId }: { onClose: () => void; testId?: string }) {
  return (
    <button type="button" className="close-button" onClick={onClose} aria-label={bi(vi.common.close)} title={bi(vi.common.close)} data-testid={testId}>
      ×
    </button>
  );
}
