import type { PlanStatus, PlanSummary } from '@khung/contracts';
import { todayIn } from '@khung/domain';
import { useId, useState, type FormEvent } from 'react';
import { Bi } from '../../../components/Bi';
import { ErrorBox } from '../../../components/ErrorBox';
import { vi, type Text } from '../../../i18n/vi';
import { useUpdatePlan, type PlanChange } from '../hooks/usePlanMutations';

/** The moves a coordinator can make from each status. */
const MOVES: Record<PlanStatus, { to: PlanStatus; text: Text }[]> = {
  draft: [{ to: 'issued', text: vi.plans.issue }],
  issued: [
    { to: 'closed', text: vi.plans.close },
    { to: 'draft', text: vi.plans.backToDraft },
  ],
  closed: [{ to: 'issued', text: vi.plans.reopen }],
};

/** For coordinators: issue, close or reopen the plan, and correct its number and title. */
export function PlanControls({ plan }: { plan: PlanSummary }) {
  const update = useUpdatePlan(plan.id);
  const [editing, setEditing] = useState(false);
  const [number, setNumber] = useState(plan.number ?? '');
  const [title, setTitle] = useState(plan.title);
  const [issuedOn, setIssuedOn] = useState(plan.issuedOn ?? todayIn());
  const ids = { number: useId(), title: useId(), issuedOn: useId() };

  const save = (change: PlanChange) => update.mutate(change, { onSuccess: () => setEditing(false) });
  const move = (to: PlanStatus) => save(to === 'issued' ? { status: to, issuedOn } : { status: to });
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ number: number.trim(), title: title.trim() });
  }

  return (
    <span className="plan-controls" data-testid="plan-controls">
      {plan.status === 'draft' && (
        <span className="plan-controls__date">
          <label htmlFor={ids.issuedOn}>
            <Bi text={vi.plans.issuedOn} />
          </label>
          <input id={ids.issuedOn} type="date" value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />
        </span>
      )}
      {MOVES[plan.status].map((m) => (
        <button key={m.to} type="button" className="button button--small" onClick={() => move(m.to)} disabled={update.isPending} data-testid={`plan-to-${m.to}`}>
          <Bi text={m.text} />
        </button>
      ))}
      <button type="button" className="button button--small" onClick={() => setEditing((e) => !e)} aria-expanded={editing}>
        <Bi text={vi.plans.editInfo} />
      </button>
      {editing && (
        <form className="plan-controls__form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={ids.number}>
              <Bi text={vi.plans.number} />
            </label>
            <input id={ids.number} value={number} onChange={(e) => setNumber(e.target.value)} />
          </div>
          <div className="field field--wide">
            <label htmlFor={ids.title}>
              <Bi text={vi.plans.title} />
            </label>
            <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} required />
          </div>
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            <Bi text={update.isPending ? vi.common.saving : vi.common.save} />
          </button>
        </form>
      )}
      {update.isError && <ErrorBox error={update.error} title={vi.task.saveFailed} />}
    </span>
  );
}
