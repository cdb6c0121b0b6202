import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';

export const PAGE_SIZE = 20;
/** Waiting approvals change as others decide: ask again every 30 s while the page is open. */
export const INBOX_REFRESH_MS = 30_000;

/** One page of the approval inbox: what waits for me (or those I stand in for), or what I decided. */
export function useInbox(status: 'pending' | 'decided', page: number) {
  return useQuery(
    api.approval.inbox.queryOptions({
      input: { status, page, pageSize: PAGE_SIZE },
      placeholderData: keepPreviousData,
      refetchInterval: INBOX_REFRESH_MS,
    }),
  );
}

/** One approval with its levels, tasks and decisions. */
export function useApprovalRequest(requestId: string | undefined) {
  return useQuery(
    api.approval.getRequest.queryOptions({
      input: { requestId: requestId ?? '' },
      enabled: !!requestId,
      staleTime: 0,
    }),
  );
}

/**
 * Approve or reject. Afterwards every approval and requisition query is asked again: the
 * decision moves the request on and may approve or reject its subject.
 */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation(
    api.approval.decide.mutationOptions({
      onSuccess: async (request) => {
        queryClient.setQueryData(
          api.approval.getRequest.queryKey({ input: { requestId: request.id } }),
          request,
        );
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: api.approval.inbox.key() }),
          queryClient.invalidateQueries({ queryKey: api.requisitions.key() }),
        ]);
      },
    }),
  );
}

/** Delegations from me and to me. */
export function useDelegations() {
  return useQuery(api.approval.listDelegations.queryOptions());
}

function useAfterDelegationChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.approval.listDelegations.key() }),
      queryClient.invalidateQueries({ queryKey: api.approval.inbox.key() }),
    ]);
}

export function useCreateDelegation() {
  const refresh = useAfterDelegationChange();
  return useMutation(api.approval.createDelegation.mutationOptions({ onSuccess: refresh }));
}

export function useDeleteDelegation() {
  const refresh = useAfterDelegationChange();
  return useMutation(api.approval.deleteDelegation.mutationOptions({ onSuccess: refresh }));
}
