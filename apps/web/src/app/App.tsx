import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@khung/domain';
import { Suspense, lazy, useEffect, useState } from 'react';
import { AppLink } from '../components/AppLink';
import { Bi } from '../components/Bi';
import { ErrorBox } from '../components/ErrorBox';
import { Loading } from '../components/Loading';
import { AgencyPicker } from '../features/agencies/components/AgencyPicker';
import { LoginPage } from '../features/auth/components/LoginPage';
import { usePermissions } from '../features/auth/hooks/useActor';
import { useSession } from '../features/auth/hooks/useSession';
import { BoardView } from '../features/board/components/BoardView';
import { InboxBadge } from '../features/inbox/components/InboxBadge';
import { InboxView } from '../features/inbox/components/InboxView';
import { PlanPicker } from '../features/plans/components/PlanPicker';
import { usePlanEvents } from '../features/plans/hooks/usePlanEvents';
import { usePlans } from '../features/plans/hooks/usePlans';
import { TaskDrawer } from '../features/tasks/components/TaskDrawer';
import { bi, vi } from '../i18n/vi';
import { createQueryClient } from './queryClient';
import { useUrlParam } from './useUrlParam';
import { VIEWS, useOpenTask, useView, type View } from './views';

// The heavier screens load when first opened, keeping the board's first load small.
const PlanAppendix = lazy(() => import('../features/plans/components/PlanAppendix').then((m) => ({ default: m.PlanAppendix })));
const DashboardView = lazy(() => import('../features/dashboard/components/DashboardView').then((m) => ({ default: m.DashboardView })));
const AdminView = lazy(() => import('../features/admin/AdminView').then((m) => ({ default: m.AdminView })));

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

  return isAuthenticated ? <Shell /> : <LoginPage />;
}

function Shell() {
  const { username, logout } = useSession();
  const permissions = usePermissions();
  const [agencyId, setAgencyId] = useUrlParam('agency');
  const [planId, setPlanId] = useUrlParam('plan');
  const [view, setView] = useView();
  const [taskId, setTaskId] = useOpenTask();
  usePlanEvents(planId);

  const views = VIEWS.filter((v) => !v.needs || permissions?.can(v.needs));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <Bi text={vi.app.skipToContent} />
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="topbar__name">{vi.app.name.vi}</span>
        </div>
        <nav className="topbar__pickers" aria-label={bi(vi.plans.label)}>
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
          <span className="topbar__username" data-testid="current-user">
            {permissions ? permissions.user.fullName || permissions.user.username : username}
            {permissions && <span className="topbar__role">{bi(ROLE_LABELS[permissions.user.role])}</span>}
          </span>
          <button type="button" className="button button--quiet" onClick={logout} data-testid="logout">
            <Bi text={vi.app.logout} />
          </button>
        </div>
      </header>
      <nav className="tabs" aria-label={bi(vi.nav.label)}>
        {views.map((v) => (
          <AppLink
            key={v.view}
            href={viewHref(v.view)}
            className="tabs__tab"
            aria-current={view === v.view ? 'page' : undefined}
            onNavigate={() => setView(v.view)}
            data-testid={`nav-${v.view}`}
          >
            <Bi text={v.text} />
            {v.view === 'inbox' && <InboxBadge />}
          </AppLink>
        ))}
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<Loading className="loading--block" />}>
          {view === 'inbox' ? (
            <InboxView onOpenTask={setTaskId} />
          ) : view === 'admin' ? (
            <AdminView />
          ) : (
            <PlanArea agencyId={agencyId} planId={planId} view={view} />
          )}
        </Suspense>
      </main>
      {taskId && <TaskDrawer key={taskId} taskId={taskId} onClose={() => setTaskId(null)} />}
    </div>
  );
}

/** The address of a screen, keeping the agency and plan chosen (for opening it in a new tab). */
function viewHref(view: View): string {
  const params = new URLSearchParams(window.location.search);
  params.set('view', view);
  params.delete('task');
  return `?${params}`;
}

function PlanArea({ agencyId, planId, view }: { agencyId: string | null; planId: string | null; view: View }) {
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
  if (view === 'plan') return <PlanAppendix key={planId} planId={planId} />;
  if (view === 'dashboard') return <DashboardView key={planId} planId={planId} />;
  return <BoardView key={planId} planId={planId} />;
}
