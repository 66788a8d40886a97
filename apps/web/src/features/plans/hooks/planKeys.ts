import type { QueryClient } from '@tanstack/react-query';
import { taskKeys } from '../../tasks/hooks/taskKeys';

/** TanStack Query keys of the plans feature, in one place so mutations can invalidate them. */
export const planKeys = {
  all: ['plans'] as const,
  list: (agencyId: string | null) => ['plans', 'list', { agencyId }] as const,
  tree: (planId: string) => ['plans', 'tree', planId] as const,
  /** Every period's figures of a plan: a change of a task moves them all. */
  stats: (planId: string) => ['plans', 'stats', planId] as const,
  statsFor: (planId: string, period: string) => ['plans', 'stats', planId, period] as const,
};

/**
 * After a task of the plan changed (here or, as the live events say, elsewhere): its tree, its
 * figures and every task read are refetched. The lists stay on screen meanwhile.
 */
export function invalidatePlanData(queryClient: QueryClient, planId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: planKeys.tree(planId) }),
    queryClient.invalidateQueries({ queryKey: planKeys.stats(planId) }),
    queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  ]).then(() => undefined);
}
