import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserView } from '@khung/contracts';
import { api } from '../../../api/client';

export const meKeys = {
  me: ['me'] as const,
};

/** GET /api/me: who is signed in, their role and units. */
export function useMe() {
  return useQuery({
    queryKey: meKeys.me,
    queryFn: ({ signal }) => api<UserView>('/me', { signal }),
    staleTime: 5 * 60_000,
  });
}

export type MeChange = Partial<Pick<UserView, 'fullName' | 'email' | 'emailNotifications'>>;

/** PATCH /api/me: the person's own name, e-mail and whether reminders come by e-mail. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MeChange) => api<UserView>('/me', { method: 'PATCH', body: change }),
    onSuccess: (me) => queryClient.setQueryData(meKeys.me, me),
  });
}
