/** TanStack Query keys of one task and what hangs off it. */
export const taskKeys = {
  all: ['tasks'] as const,
  detail: (taskId: string) => ['tasks', taskId] as const,
  progress: (taskId: string) => ['tasks', taskId, 'progress'] as const,
  comments: (taskId: string) => ['tasks', taskId, 'comments'] as const,
  history: (taskId: string) => ['tasks', taskId, 'history'] as const,
};
