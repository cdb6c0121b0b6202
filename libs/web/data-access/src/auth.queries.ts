import {
  hashKey,
  type QueryClient,
  type QueryKey,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { Me } from '@tradeway/shared/contracts';
import { api, apiClient } from './api';
import { isUnauthorized } from './errors';

/** The key of "who is signed in": `Me`, or `null` when nobody is. */
export const ME_QUERY_KEY: QueryKey = [...api.auth.me.queryKey()];
const ME_HASH = hashKey(ME_QUERY_KEY);
export const isMeQuery = (queryKey: QueryKey) => hashKey(queryKey) === ME_HASH;

/** A 401 answers "nobody is signed in" (`null`); any other failure stays an error. */
export async function nullWhenUnauthorized<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }): Promise<Me | null> =>
      nullWhenUnauthorized(apiClient.auth.me(undefined, { signal })),
  });

/** The signed-in user, active company and permissions; `null` when nobody is signed in. */
export function useMe() {
  return useQuery(meQueryOptions());
}

const notMe = { predicate: (q: { queryKey: QueryKey }) => !isMeQuery(q.queryKey) };

/**
 * Someone signed in, out, or into another company: the cache must not keep anything the
 * previous session saw. In-flight requests are cancelled, `me` is set, every other query
 * is dropped (signed out) or reset so that the pages on screen ask again (signed in).
 */
export async function startSession(queryClient: QueryClient, me: Me | null): Promise<void> {
  await queryClient.cancelQueries(notMe);
  queryClient.setQueryData(ME_QUERY_KEY, me);
  if (me) void queryClient.resetQueries(notMe);
  else queryClient.removeQueries(notMe);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation(api.auth.signIn.mutationOptions({ onSuccess: (me) => startSession(queryClient, me) }));
}

/** Signs out; an already ended session (401) counts as signed out. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: api.auth.signOut.mutationKey(),
    mutationFn: () => nullWhenUnauthorized(apiClient.auth.signOut()),
    onSuccess: () => startSession(queryClient, null),
  });
}

export function useSwitchCompany() {
  const queryClient = useQueryClient();
  return useMutation(
    api.auth.switchCompany.mutationOptions({ onSuccess: (me) => startSession(queryClient, me) }),
  );
}

/** Changes the password; this session stays, the user's other sessions end. */
export function useChangePassword() {
  return useMutation(api.auth.changePassword.mutationOptions());
}

/** Mails a reset link; the API answers the same whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation(api.auth.requestPasswordReset.mutationOptions());
}

/**
 * Sets a new password with the token of a mailed link. Every session of that user ends,
 * perhaps the one in this browser: ask again who is signed in.
 */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation(
    api.auth.resetPassword.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY, exact: true }),
    }),
  );
}
