import { useQuery } from '@tanstack/react-query';
import type { UnitKind, UnitView } from '@khung/contracts';
import { api } from '../../../api/client';
import { useInvalidatingMutation } from '../../../api/useInvalidatingMutation';

export const unitKeys = {
  all: ['units'] as const,
};

/** GET /api/units: the agency's units and unit groups, in their order. */
export function useUnits() {
  return useQuery({
    queryKey: unitKeys.all,
    queryFn: ({ signal }) => api<UnitView[]>('/units', { signal }),
    staleTime: 5 * 60_000,
  });
}

export interface UnitInput {
  name: string;
  kind: UnitKind;
  aliases: string[];
  memberIds: string[];
}

/** POST /api/units */
export function useCreateUnit() {
  return useInvalidatingMutation(unitKeys.all, (input: UnitInput) => api<UnitView>('/units', { method: 'POST', body: input }));
}

/** PATCH /api/units/:id */
export function useUpdateUnit() {
  return useInvalidatingMutation(unitKeys.all, ({ id, ...input }: UnitInput & { id: string }) =>
    api<UnitView>(`/units/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
  );
}

/** DELETE /api/units/:id (refused while tasks name the unit). */
export function useDeleteUnit() {
  return useInvalidatingMutation(unitKeys.all, (id: string) => api<void>(`/units/${encodeURIComponent(id)}`, { method: 'DELETE' }));
}
