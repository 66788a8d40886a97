import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TaskView } from '@khung/contracts';
import type { TaskStatus } from '@khung/domain';
import { ApiError, api } from '../../../api/client';
import { invalidatePlanData } from '../../plans/hooks/planKeys';
import { taskKeys } from './taskKeys';

/** GET /api/tasks/:id */
export function useTask(taskId: string) {
  return useQuery({
    queryKey: taskKeys.detail(taskId),
    queryFn: ({ signal }) => api<TaskView>(`/tasks/${encodeURIComponent(taskId)}`, { signal }),
  });
}

/** What PATCH /api/tasks/:id changes: the plan's fields (coordinators) and the progress fields (lead units). */
export interface TaskChange {
  text?: string;
  activities?: { text: string; done: boolean }[];
  output?: string;
  budgetText?: string;
  deadlineText?: string;
  dueOverride?: string | null;
  leadUnitIds?: string[];
  coordinatingUnitIds?: string[];
  status?: TaskStatus;
}

/**
 * On a 409 (someone changed the task meanwhile), the answer carries the task as it now stands:
 * it replaces the stale copy and the plan is re-read, so the person sees the change and their
 * next try uses its version.
 */
export function adoptCurrentTask(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError) || !error.isConflict) return;
  const current = (error.body as { current?: TaskView } | null)?.current;
  if (!current) return;
  queryClient.setQueryData(taskKeys.detail(current.id), current);
  void invalidatePlanData(queryClient, current.planId);
}

/** PATCH /api/tasks/:id with the version read, so a change made meanwhile by someone else is refused (409), not overwritten. */
export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, change }: { task: TaskView; change: TaskChange }) =>
      api<TaskView>(`/tasks/${encodeURIComponent(task.id)}`, { method: 'PATCH', body: { ...change, version: task.version } }),
    onSuccess: (task) => {
      queryClient.setQueryData(taskKeys.detail(task.id), task);
      return invalidatePlanData(queryClient, task.planId);
    },
    onError: (error) => adoptCurrentTask(queryClient, error),
  });
}
