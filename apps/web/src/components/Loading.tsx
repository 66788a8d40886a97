import { vi } from '../i18n/vi';
import { Bi } from './Bi';

/** "Đang tải… / Loading…", announced to screen readers. */
export function Loading({ className }: { className?: string }) {
  return (
    <div className={['loading', className ?? ''].filter(Boolean).join(' ')} role="status" aria-live="polite" data-testid="loading">
      <span className="spinner" aria-hidden="true" />
      <Bi text={vi.common.loading} />
    </div>
  );
}
