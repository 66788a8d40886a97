/** TanStack Query keys of the plans feature, in one place so mutations can invalidate them. */
export const planKeys = {
  all: ['plans'] as const,
  list: (agencyId: string | null) => ['plans', 'list', { agencyId }] as const,
  tree: (planId: string) => ['plans', 'tree', planId] as const,
};
