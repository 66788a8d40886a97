import { useQuery } from '@tanstack/react-query';
import type { Role, UserView } from '@khung/contracts';
import { api } from '../../../api/client';
import { useInvalidatingMutation } from '../../../api/useInvalidatingMutation';

export const userKeys = {
  all: ['users'] as const,
};

/** GET /api/users: the agency's people (coordinators and administrators only). */
export function useUsers() {
  return useQuery({
    queryKey: userKeys.all,
    queryFn: ({ signal }) => api<UserView[]>('/users', { signal }),
  });
}

export interface UserInput {
  fullName: string;
  email: string | null;
  role: Role;
  unitIds: string[];
  /** Required for a new person; for an existing one, only when it is to change. */
  password?: string;
}

/** POST /api/users */
export function useCreateUser() {
  return useInvalidatingMutation(userKeys.all, (input: UserInput & { username: string }) => api<UserView>('/users', { method: 'POST', body: input }));
}

/** PATCH /api/users/:id (also re-activates: isActive) */
export function useUpdateUser() {
  return useInvalidatingMutation(userKeys.all, ({ id, ...input }: Partial<UserInput> & { id: string; isActive?: boolean }) =>
    api<UserView>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
  );
}

/** DELETE /api/users/:id: deactivates the person; their history stays. */
export function useDeactivateUser() {
  return useInvalidatingMutation(userKeys.all, (id: string) => api<UserView>(`/users/${encodeURIComponent(id)}`, { method: 'DELETE' }));
}
