import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { API_BASE } from '../../../api/client';
import { tokenStore } from '../../../api/tokenStore';
import { invalidatePlanData } from './planKeys';

/** How long to wait before listening again when the server closed the stream (or has none yet). */
const REOPEN_AFTER_MS = 30_000;

/**
 * Follows the plan's server-sent events: when the worker has recomputed the figures (`figures`)
 * or a task changed (`task`), the plan's tree, figures and tasks are refetched, so every open
 * board moves without a reload. EventSource cannot send a header, hence the token in the query.
 * A stream that fails is reopened later; after a gap everything is refetched once, as events may
 * have been missed.
 */
export function usePlanEvents(planId: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const token = tokenStore.get();
    if (!planId || !token || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let reopenTimer: number | undefined;
    let opened = false;
    const refresh = () => void invalidatePlanData(queryClient, planId);

    const open = () => {
      source = new EventSource(`${API_BASE}/plans/${encodeURIComponent(planId)}/events?access_token=${encodeURIComponent(token)}`);
      source.addEventListener('figures', refresh);
      source.addEventListener('task', refresh);
      source.addEventListener('open', () => {
        if (opened) refresh();
        opened = true;
      });
      source.addEventListener('error', () => {
        // A network failure is retried by the browser itself; a refusal (404, 401) closes the stream.
        if (source?.readyState === EventSource.CLOSED) reopenTimer = window.setTimeout(open, REOPEN_AFTER_MS);
      });
    };
    open();
    return () => {
      window.clearTimeout(reopenTimer);
      source?.close();
    };
  }, [planId, queryClient]);
}
