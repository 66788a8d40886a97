import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PlanFigures } from '@khung/domain';
import { api } from '../../../api/client';
import { planKeys } from './planKeys';

/** GET /api/plans/:id/stats?period=: the report figures, with the tasks behind every count. */
export function usePlanStats(planId: string, period: string) {
  return useQuery({
    queryKey: planKeys.statsFor(planId, period),
    queryFn: ({ signal }) => api<PlanFigures>(`/plans/${encodeURIComponent(planId)}/stats`, { query: { period }, signal }),
    // Another period's figures stay on screen while the new ones load.
    placeholderData: keepPreviousData,
  });
}
