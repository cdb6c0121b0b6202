import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';

/** The company's approval policies (all subject types). */
export function usePolicies() {
  return useQuery(api.approval.listPolicies.queryOptions({ input: {} }));
}

function useAfterPolicyChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: api.approval.listPolicies.key() });
}

export function useCreatePolicy() {
  const refresh = useAfterPolicyChange();
  return useMutation(api.approval.createPolicy.mutationOptions({ onSuccess: refresh }));
}

export function useUpdatePolicy() {
  const refresh = useAfterPolicyChange();
  return useMutation(api.approval.updatePolicy.mutationOptions({ onSuccess: refresh }));
}

export function useDeletePolicy() {
  const refresh = useAfterPolicyChange();
  return useMutation(api.approval.deletePolicy.mutationOptions({ onSuccess: refresh }));
}

/** Spending limits with what is used in their current window. */
export function useSpendingLimits() {
  return useQuery(api.approval.listSpendingLimits.queryOptions({ staleTime: 0 }));
}

function useAfterLimitChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: api.approval.listSpendingLimits.key() });
}

export function useSetSpendingLimit() {
  const refresh = useAfterLimitChange();
  return useMutation(api.approval.setSpendingLimit.mutationOptions({ onSuccess: refresh }));
}

export function useDeleteSpendingLimit() {
  const refresh = useAfterLimitChange();
  return useMutation(api.approval.deleteSpendingLimit.mutationOptions({ onSuccess: refresh }));
}
