import type { PlanStatus, PlanSummary } from '@khung/contracts';
import { api } from '../../../api/client';
import { useInvalidatingMutation } from '../../../api/useInvalidatingMutation';
import { planKeys } from './planKeys';

export interface PlanChange {
  number?: string;
  title?: string;
  status?: PlanStatus;
  issuedOn?: string | null;
}

/** PATCH /api/plans/:id: number, title, status (draft → issued → closed), issue date. */
export function useUpdatePlan(planId: string) {
  return useInvalidatingMutation(planKeys.all, (change: PlanChange) => api<PlanSummary>(`/plans/${encodeURIComponent(planId)}`, { method: 'PATCH', body: change }));
}

/** PATCH /api/sections/:id */
export function useUpdateSection() {
  return useInvalidatingMutation(planKeys.all, ({ id, ...change }: { id: string; code?: string; title?: string }) =>
    api<unknown>(`/sections/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
  );
}

/** PATCH /api/objectives/:id */
export function useUpdateObjective() {
  return useInvalidatingMutation(planKeys.all, ({ id, ...change }: { id: string; text?: string }) =>
    api<unknown>(`/objectives/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
  );
}
