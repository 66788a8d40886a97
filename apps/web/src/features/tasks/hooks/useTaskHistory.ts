import { useQuery } from '@tanstack/react-query';
import type { AuditEntryView } from '@khung/contracts';
import { api } from '../../../api/client';
import { taskKeys } from './taskKeys';

/** GET /api/tasks/:id/history: every change of the task, newest first. */
export function useTaskHistory(taskId: string) {
  return useQuery({
    queryKey: taskKeys.history(taskId),
    queryFn: ({ signal }) => api<AuditEntryView[]>(`/tasks/${encodeURIComponent(taskId)}/history`, { signal }),
  });
}
