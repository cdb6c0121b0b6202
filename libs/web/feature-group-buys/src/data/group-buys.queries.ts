import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import { type CampaignFilters, listCampaignsInput } from '../utils/campaign-query';
import type { CampaignView, CommitmentResultView } from './types';

/** One page of the campaigns to discover or of mine, filtered on the server. */
export function useCampaigns(filters: CampaignFilters, page: number) {
  return useQuery(
    api.groupBuys.list.queryOptions({
      input: listCampaignsInput(filters, page),
      placeholderData: keepPreviousData,
    }),
  );
}

/** The key of a campaign in the query cache (the live view writes its progress there). */
export const campaignKey = (campaignId: string) => api.groupBuys.get.queryKey({ input: { campaignId } });

/** One campaign as my side may see it (with my commitment), asked again whenever the page is opened. */
export function useCampaign(campaignId: string | undefined) {
  return useQuery(
    api.groupBuys.get.queryOptions({ input: campaignId ? { campaignId } : skipToken, staleTime: 0 }),
  );
}

/** The organiser's and seller's monitor: participants, months, the total over time. */
export function useCampaignMonitor(campaignId: string, enabled: boolean) {
  return useQuery(
    api.groupBuys.monitor.queryOptions({
      input: enabled ? { campaignId } : skipToken,
      staleTime: 0,
      placeholderData: keepPreviousData,
    }),
  );
}

/** After a command: the answer is the campaign as it now is; the list and the monitor ask again. */
function useAfterCampaign() {
  const queryClient = useQueryClient();
  return (campaign: CampaignView) => {
    queryClient.setQueryData(campaignKey(campaign.id), campaign);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: api.groupBuys.list.key() }),
      queryClient.invalidateQueries({ queryKey: api.groupBuys.monitor.key() }),
    ]);
  };
}

export function useCreateCampaign() {
  const after = useAfterCampaign();
  return useMutation(api.groupBuys.create.mutationOptions({ onSuccess: after }));
}

export function usePublishCampaign() {
  const after = useAfterCampaign();
  return useMutation(api.groupBuys.publish.mutationOptions({ onSuccess: after }));
}

export function useConfirmCampaign() {
  const after = useAfterCampaign();
  return useMutation(api.groupBuys.confirm.mutationOptions({ onSuccess: after }));
}

export function useCancelCampaign() {
  const after = useAfterCampaign();
  return useMutation(api.groupBuys.cancel.mutationOptions({ onSuccess: after }));
}

/**
 * After a join, change or withdrawal: my commitment, my waiting request and the pool's progress
 * go into the campaign as cached; the lists and the monitor ask again.
 */
function useAfterCommitment() {
  const queryClient = useQueryClient();
  return (result: CommitmentResultView) => {
    queryClient.setQueryData<CampaignView>(campaignKey(result.campaignId), (campaign) =>
      campaign
        ? { ...campaign, mine: result.mine, pendingRequest: result.pendingRequest, progress: result.progress }
        : campaign,
    );
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: api.groupBuys.list.key() }),
      queryClient.invalidateQueries({ queryKey: api.groupBuys.monitor.key() }),
    ]);
  };
}

/** Join, or change my commitment (the whole quantity after it). */
export function useJoinCampaign() {
  const after = useAfterCommitment();
  return useMutation(api.groupBuys.join.mutationOptions({ onSuccess: after }));
}

export function useWithdrawCommitment() {
  const after = useAfterCommitment();
  return useMutation(api.groupBuys.withdraw.mutationOptions({ onSuccess: after }));
}

/** How many products the SKU picker shows for a search. */
export const PICKER_SIZE = 30;

/**
 * Products to pick a SKU from: the catalog's search — a buyer gathering peers picks any
 * seller's product; a seller only its own (`mine`).
 */
export function useProductOptions(q: string, mine: boolean) {
  const search = q.trim();
  return useQuery(
    api.catalog.listProducts.queryOptions({
      input: {
        page: 1,
        pageSize: PICKER_SIZE,
        ...(mine ? { mine: true } : {}),
        ...(search ? { q: search.slice(0, 100) } : {}),
      },
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  );
}

/** A product with its SKUs. */
export function useProductSkus(productId: string | undefined) {
  return useQuery(
    api.catalog.getProduct.queryOptions({
      input: productId ? { productId } : skipToken,
      staleTime: 60_000,
    }),
  );
}
