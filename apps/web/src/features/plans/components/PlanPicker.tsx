import { useEffect, useId } from 'react';
import type { PlanSummary } from '@khung/contracts';
import { Bi } from '../../../components/Bi';
import { bi, vi } from '../../../i18n/vi';
import { usePlans } from '../hooks/usePlans';

interface PlanPickerProps {
  agencyId: string | null;
  value: string | null;
  onChange: (planId: string | null) => void;
}

export function planLabel(plan: PlanSummary): string {
  const parts = [plan.number, plan.title].filter(Boolean).join(' · ');
  return plan.status === 'issued' ? parts : `${parts} (${bi(vi.plans.status[plan.status])})`;
}

/**
 * The plan shown on the board. When none is chosen (or the chosen one is not in the list any
 * more), the newest plan is picked.
 */
export function PlanPicker({ agencyId, value, onChange }: PlanPickerProps) {
  const id = useId();
  const plans = usePlans(agencyId);
  const list = plans.data;

  useEffect(() => {
    if (!list) return;
    if (list.length === 0) {
      if (value !== null) onChange(null);
    } else if (!list.some((p) => p.id === value)) {
      onChange(list[0].id);
    }
  }, [list, value, onChange]);

  return (
    <div className="picker">
      <label className="picker__label" htmlFor={id}>
        <Bi text={vi.plans.label} />
      </label>
      <select
        id={id}
        className="picker__select picker__select--wide"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        disabled={!list || list.length === 0}
        aria-busy={plans.isPending}
        data-testid="plan-picker"
      >
        {plans.isPending && <option value="">{bi(vi.common.loading)}</option>}
        {plans.isError && <option value="">{bi(vi.common.errorTitle)}</option>}
        {list?.length === 0 && <option value="">{bi(vi.plans.none)}</option>}
        {list?.map((p) => (
          <option key={p.id} value={p.id}>
            {planLabel(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
