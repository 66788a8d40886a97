import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationView } from '@khung/contracts';
import { api } from '../../../api/client';

export const inboxKeys = {
  all: ['me', 'notifications'] as const,
};

/** GET /api/me/notifications: the person's reminders, newest first. Looked at again every few minutes. */
export function useNotifications() {
  return useQuery({
    queryKey: inboxKeys.all,
    queryFn: ({ signal }) => api<NotificationView[]>('/me/notifications', { signal }),
    refetchInterval: 5 * 60_000,
  });
}

/** PATCH /api/me/notifications/:id {read: true} */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<unknown>(`/me/notifications/${encodeURIComponent(id)}`, { method: 'PATCH', body: { read: true } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inboxKeys.all }),
  });
}
