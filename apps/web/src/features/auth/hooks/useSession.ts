import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { tokenStore, type EndReason } from '../../../api/tokenStore';

export interface Session {
  token: string | null;
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
    queryClient.clear();
  }, [queryClient]);
  return { token, isAuthenticated: token !== null, endedBecause, logout };
}
