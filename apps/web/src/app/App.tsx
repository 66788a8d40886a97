import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Bi } from '../components/Bi';
import { ErrorBox } from '../components/ErrorBox';
import { Loading } from '../components/Loading';
import { AgencyPicker } from '../features/agencies/components/AgencyPicker';
import { LoginPage } from '../features/auth/components/LoginPage';
import { useSession } from '../features/auth/hooks/useSession';
import { PlanAppendix } from '../features/plans/components/PlanAppendix';
import { PlanPicker } from '../features/plans/components/PlanPicker';
import { usePlans } from '../features/plans/hooks/usePlans';
import { vi } from '../i18n/vi';
import { createQueryClient } from './queryClient';
import { useUrlParam } from './useUrlParam';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthGate />
    </QueryClientProvider>
  );
}

/** The login page until there is a token; the board after. */
function AuthGate() {
  const queryClient = useQueryClient();
  const { isAuthenticated } = useSession();

  // A session that ended (logout, or a token the API refused) leaves no data behind.
  useEffect(() => {
    if (!isAuthenticated) queryClient.removeQueries();
  }, [isAuthenticated, queryClient]);

  return isAuthenticated ? <Board /> : <LoginPage />;
}

function Board() {
  const { username, logout } = useSession();
  const [agencyId, setAgencyId] = useUrlParam('agency');
  const [planId, setPlanId] = useUrlParam('plan');

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <Bi text={vi.app.skipToContent} />
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="topbar__name">{vi.app.name.vi}</span>
          <Bi className="topbar__tagline" text={vi.app.tagline} />
        </div>
        <nav className="topbar__pickers" aria-label={`${vi.plans.label.vi} / ${vi.plans.label.en}`}>
          <AgencyPicker
            value={agencyId}
            onChange={(id) => {
              setAgencyId(id);
              setPlanId(null);
            }}
          />
          <PlanPicker agencyId={agencyId} value={planId} onChange={setPlanId} />
        </nav>
        <div className="topbar__user">
          {username && <span className="topbar__username">{username}</span>}
          <button type="button" className="button button--quiet" onClick={logout} data-testid="logout">
            <Bi text={vi.app.logout} />
          </button>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <PlanArea agencyId={agencyId} planId={planId} />
      </main>
    </div>
  );
}

function PlanArea({ agencyId, planId }: { agencyId: string | null; planId: string | null }) {
  const plans = usePlans(agencyId);
  if (plans.isPending) return <Loading className="loading--block" />;
  if (plans.isError) return <ErrorBox error={plans.error} onRetry={() => void plans.refetch()} retrying={plans.isFetching} />;
  if (plans.data.length === 0) {
    return (
      <div className="notice" data-testid="no-plan">
        <Bi as="p" className="notice__title" text={vi.plans.none} />
        <Bi as="p" text={vi.plans.noneHint} />
      </div>
    );
  }
  // The picker selects the newest plan when none (or an unknown one) is chosen.
  if (!planId || !plans.data.some((p) => p.id === planId)) return <Loading className="loading--block" />;
  return <PlanAppendix key={planId} planId={planId} />;
}
