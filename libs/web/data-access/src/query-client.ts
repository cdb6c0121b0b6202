import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { ORPCError } from '@orpc/client';
import { isMeQuery, ME_QUERY_KEY } from './auth.queries';
import { isUnauthorized } from './errors';

/** A client error (4xx) will not change by asking again; a network error or 5xx may. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ORPCError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * A 401 from any request while someone is signed in means the session ended (expired,
 * signed out elsewhere, password changed): ask who is signed in again, so the portal's
 * auth gate sends the user to the sign-in page.
 */
function onSessionEnded(queryClient: QueryClient, error: unknown, queryKey?: QueryKey): void {
  if (!isUnauthorized(error) || (queryKey && isMeQuery(queryKey))) return;
  if (!queryClient.getQueryData(ME_QUERY_KEY)) return; // nobody was signed in
  void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY, exact: true });
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => onSessionEnded(queryClient, error, query.queryKey),
    }),
    mutationCache: new MutationCache({ onError: (error) => onSessionEnded(queryClient, error) }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
