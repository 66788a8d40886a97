import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { tokenStore, type EndReason } from '../../../api/tokenStore';

export interface Session {
  token: string | null;
  /** The name in the token, for display only (the API checks the token itself). */
  username: string | null;
  isAuthenticated: boolean;
  /** Why the last session ended ('expired' when the API refused the token), for the login page. */
  endedBecause: EndReason | null;
  logout: () => void;
}

/** The current log-in, following sessionStorage; logging out also forgets every cached answer. */
export function useSession(): Session {
  const queryClient = useQueryClient();
  const { token, endedBecause } = useSyncExternalStore(tokenStore.subscribe, tokenStore.getSnapshot);
  const logout = useCallback(() => {
    tokenStore.clear('logout');
    queryClient.removeQueries();
  }, [queryClient]);
  return { token, username: token ? usernameOf(token) : null, isAuthenticated: token !== null, endedBecause, logout };
}

/** The `username` claim of a JWT, read without checking it; null if it cannot be read. */
function usernameOf(token: string): string | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const name = typeof claims === 'object' && claims !== null ? (claims as { username?: unknown }).username : null;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}
