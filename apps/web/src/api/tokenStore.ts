/**
 * The access token, kept in sessionStorage (closed with the tab), with a tiny subscription so
 * React can follow log-in and log-out (useSyncExternalStore in features/auth/hooks/useSession).
 */
const KEY = 'khung.accessToken';

export type EndReason = 'logout' | 'expired';

interface Snapshot {
  token: string | null;
  /** Why the last session ended, shown on the login page; null before any. */
  endedBecause: EndReason | null;
}

const listeners = new Set<() => void>();
let snapshot: Snapshot = { token: read(), endedBecause: null };

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage blocked (privacy mode): the session lives in memory only
  }
}

function write(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // ignore: see read()
  }
}

function publish(next: Snapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

export const tokenStore = {
  get: (): string | null => snapshot.token,
  getSnapshot: (): Snapshot => snapshot,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(token: string): void {
    write(token);
    publish({ token, endedBecause: null });
  },
  clear(reason: EndReason): void {
    if (snapshot.token === null && snapshot.endedBecause === reason) return;
    write(null);
    publish({ token: null, endedBecause: reason });
  },
};
