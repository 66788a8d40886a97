import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A mutation after which the queries under `queryKey` are read again (a list that the write changed). */
export function useInvalidatingMutation<V, R>(queryKey: QueryKey, mutationFn: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey }) });
}
