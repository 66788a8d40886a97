import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvidenceFileView, ProgressEntryView, TaskView } from '@khung/contracts';
import type { TaskStatus } from '@khung/domain';
import { api, apiBlob } from '../../../api/client';
import { invalidatePlanData } from '../../plans/hooks/planKeys';
import { taskKeys } from './taskKeys';
import { adoptCurrentTask } from './useTask';

const taskPath = (taskId: string) => `/tasks/${encodeURIComponent(taskId)}`;

/** GET /api/tasks/:id/progress: the reports of progress, newest first, with their evidence. */
export function useProgressEntries(taskId: string) {
  return useQuery({
    queryKey: taskKeys.progress(taskId),
    queryFn: ({ signal }) => api<ProgressEntryView[]>(`${taskPath(taskId)}/progress`, { signal }),
  });
}

export interface ProgressInput {
  status: TaskStatus;
  percent?: number;
  note?: string;
  completedOn?: string;
  cancelReason?: string;
  periodCode?: string;
  document?: { number: string; date?: string; issuer?: string; link?: string };
}

/** After a change of a task's progress: the task, its entries and the plan's figures are read again. */
function useAfterProgress() {
  const queryClient = useQueryClient();
  return (task: Pick<TaskView, 'id' | 'planId'>) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: taskKeys.progress(task.id) }),
      queryClient.invalidateQueries({ queryKey: taskKeys.history(task.id) }),
      invalidatePlanData(queryClient, task.planId),
    ]);
}

/** POST /api/tasks/:id/progress with the version read (a stale one gets 409). */
export function useRecordProgress() {
  const queryClient = useQueryClient();
  const after = useAfterProgress();
  return useMutation({
    mutationFn: ({ task, input }: { task: TaskView; input: ProgressInput }) =>
      api<{ entry: ProgressEntryView; task: TaskView }>(`${taskPath(task.id)}/progress`, {
        method: 'POST',
        body: { ...input, version: task.version },
      }),
    onSuccess: async ({ task }) => {
      queryClient.setQueryData(taskKeys.detail(task.id), task);
      await after(task);
    },
    onError: (error) => adoptCurrentTask(queryClient, error),
  });
}

/** POST /api/tasks/:id/evidence: a file (PDF, Word, Excel, image) proving a progress entry. */
export function useUploadEvidence() {
  const after = useAfterProgress();
  return useMutation({
    mutationFn: ({ task, file, progressEntryId }: { task: TaskView; file: File; progressEntryId?: string }) => {
      const form = new FormData();
      form.append('file', file);
      if (progressEntryId) form.append('progressEntryId', progressEntryId);
      return api<EvidenceFileView>(`${taskPath(task.id)}/evidence`, { method: 'POST', body: form });
    },
    onSuccess: (_, { task }) => after(task),
  });
}

/** PATCH /api/tasks/:id/activities/:index: ticks an activity of the checklist. */
export function useTickActivity() {
  const queryClient = useQueryClient();
  const after = useAfterProgress();
  return useMutation({
    mutationFn: ({ task, index, done }: { task: TaskView; index: number; done: boolean }) =>
      api<TaskView>(`${taskPath(task.id)}/activities/${index}`, { method: 'PATCH', body: { done } }),
    onSuccess: async (task) => {
      queryClient.setQueryData(taskKeys.detail(task.id), task);
      await after(task);
    },
  });
}

/** GET /api/evidence/:id needs the bearer token, so the file is fetched and handed to the browser to save. */
export function useDownloadEvidence() {
  return useMutation({
    mutationFn: async (file: EvidenceFileView) => {
      const blob = await apiBlob(`/evidence/${encodeURIComponent(file.id)}`);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      // The click has started the download; the URL is released once the browser has taken it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  });
}
