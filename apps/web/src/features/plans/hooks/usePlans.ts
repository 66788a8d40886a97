import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { PlanSummary } from '@khung/contracts';
import { planKeys } from './planKeys';

/** GET /api/plans[?agencyId=]: the agency's plans, newest year first. */
export function usePlans(agencyId: string | null) {
  return useQuery({
    queryKey: planKeys.list(agencyId),
    queryFn: ({ signal }) => api<PlanSummary[]>('/plans', { query: { agencyId }, signal }),
  });
}
