import { useCallback, useSyncExternalStore } from 'react';

/**
 * One query-string parameter as React state (`?plan=…`), so a view can be bookmarked and
 * reloaded. Writes replace the history entry unless `push` is set (a new view or an opened task,
 * which the back button should undo); back/forward are followed.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function useUrlParam(name: string, { push = false } = {}): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name));
  const setValue = useCallback(
    (next: string | null) => {
      const url = new URL(window.location.href);
      if (next === null || next === '') url.searchParams.delete(name);
      else url.searchParams.set(name, next);
      if (url.href === window.location.href) return;
      if (push) window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
      for (const listener of listeners) listener();
    },
    [name, push],
  );
  return [value, setValue];
}
