import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentView } from '@khung/contracts';
import { api } from '../../../api/client';
import { taskKeys } from './taskKeys';

const path = (taskId: string) => `/tasks/${encodeURIComponent(taskId)}/comments`;

/** GET /api/tasks/:id/comments */
export function useComments(taskId: string) {
  return useQuery({
    queryKey: taskKeys.comments(taskId),
    queryFn: ({ signal }) => api<CommentView[]>(path(taskId), { signal }),
  });
}

/** POST /api/tasks/:id/comments */
export function useAddComment(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api<CommentView>(path(taskId), { method: 'POST', body: { body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.comments(taskId) }),
  });
}
