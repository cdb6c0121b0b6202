import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import { PAGE_SIZE } from './approvals.queries';
import type { RequisitionStatus } from './types';

/** One page of requisitions (mine, or the company's with `requisition:view_all`), by status. */
export function useRequisitions(status: RequisitionStatus | undefined, page: number) {
  return useQuery(
    api.requisitions.list.queryOptions({
      input: { status, page, pageSize: PAGE_SIZE },
      placeholderData: keepPreviousData,
    }),
  );
}

export function useRequisition(requisitionId: string | undefined) {
  return useQuery(
    api.requisitions.get.queryOptions({
      input: { requisitionId: requisitionId ?? '' },
      enabled: !!requisitionId,
      staleTime: 0,
    }),
  );
}

/** A change of a requisition starts, restarts or ends its approval: both lists are asked again. */
function useAfterRequisitionChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.requisitions.key() }),
      queryClient.invalidateQueries({ queryKey: api.approval.key() }),
    ]);
}

export function useCreateRequisition() {
  const refresh = useAfterRequisitionChange();
  return useMutation(api.requisitions.create.mutationOptions({ onSuccess: refresh }));
}

export function useUpdateRequisition() {
  const refresh = useAfterRequisitionChange();
  return useMutation(api.requisitions.update.mutationOptions({ onSuccess: refresh }));
}

export function useWithdrawRequisition() {
  const refresh = useAfterRequisitionChange();
  return useMutation(api.requisitions.withdraw.mutationOptions({ onSuccess: refresh }));
}
