import { formatPercentVi } from '@khung/domain';
import { bi, type Text } from '../i18n/vi';

/** A completion ratio (0–100, null for nothing to count) as a thin bar, read out as "27,5%". */
export function ProgressBar({ ratio, label }: { ratio: number | null; label: Text }) {
  const value = ratio ?? 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={bi(label)}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={formatPercentVi(ratio)}
    >
      <span className="progress__fill" style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
    </div>
  );
}
