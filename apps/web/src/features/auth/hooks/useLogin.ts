import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { tokenStore } from '../../../api/tokenStore';

export interface Credentials {
  username: string;
  password: string;
}

interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: string;
}

/** POST /api/auth/login; on success the token goes to sessionStorage and the app opens. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'login'],
    mutationFn: (credentials: Credentials) =>
      api<LoginResponse>('/auth/login', { method: 'POST', body: credentials, auth: false }),
    onSuccess: ({ accessToken }) => {
      queryClient.removeQueries(); // nothing of a previous user's data survives
      tokenStore.set(accessToken);
    },
  });
}
