import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { PlanTree } from '@khung/contracts';
import { planKeys } from './planKeys';

/** GET /api/plans/:id: the plan as its appendix (sections → objectives → tasks). */
export function usePlanTree(planId: string | null) {
  return useQuery({
    queryKey: planKeys.tree(planId ?? ''),
    queryFn: ({ signal }) => api<PlanTree>(`/plans/${encodeURIComponent(planId ?? '')}`, { signal }),
    enabled: planId !== null,
  });
}
