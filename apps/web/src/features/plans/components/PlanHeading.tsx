import { formatDateVi } from '@khung/domain';
import type { PlanSummary } from '@khung/contracts';
import type { ReactNode } from 'react';
import { Bi } from '../../../components/Bi';
import { vi } from '../../../i18n/vi';

/** The plan's title, number, issue date and status; a draft says so plainly, as it is not yet in force. */
export function PlanHeading({ plan, children }: { plan: PlanSummary; children?: ReactNode }) {
  return (
    <header className={`plan-heading plan-heading--${plan.status}`}>
      <h1 className="plan-heading__title">{plan.title}</h1>
      <p className="plan-heading__meta">
        {plan.number && <span className="plan-heading__number">{plan.number}</span>}
        {plan.issuedOn && (
          <span>
            <Bi text={vi.plans.issuedOn} />: <time dateTime={plan.issuedOn}>{formatDateVi(plan.issuedOn)}</time>
          </span>
        )}
        <Bi className={`badge badge--${plan.status}`} text={vi.plans.status[plan.status]} />
        {children}
      </p>
      {plan.status === 'draft' && <Bi as="p" className="plan-heading__draft" text={vi.plans.draftNote} />}
    </header>
  );
}
