import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Text } from '../i18n/vi';
import { Bi } from './Bi';
import { ErrorBox } from './ErrorBox';
import { Loading } from './Loading';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Shown instead of `children` when the answer is an empty list. */
  empty?: Text;
  /** A whole screen's data: the spinner takes the screen's room. */
  block?: boolean;
  children: (data: T) => ReactNode;
}

/** What a query shows while it loads, when it failed (with a retry), when it found nothing, and once it has its data. */
export function QueryView<T>({ query, empty, block = false, children }: QueryViewProps<T>) {
  if (query.isPending) return <Loading className={block ? 'loading--block' : undefined} />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  if (empty && Array.isArray(query.data) && query.data.length === 0) return <Bi as="p" className="query-empty" text={empty} />;
  return <>{children(query.data)}</>;
}
