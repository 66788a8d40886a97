import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import type { AgencyView as Agency } from '@khung/contracts';

export const agencyKeys = {
  all: ['agencies'] as const,
};

/** GET /api/agencies: the agencies this user can read, by name. */
export function useAgencies() {
  return useQuery({
    queryKey: agencyKeys.all,
    queryFn: ({ signal }) => api<Agency[]>('/agencies', { signal }),
    staleTime: 5 * 60_000,
  });
}
