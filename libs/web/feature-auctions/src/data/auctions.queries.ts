import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@tradeway/web/data-access';
import { type AuctionFilters, listAuctionsInput } from '../utils/auction-query';
import type { AuctionView } from './types';

/** One page of the auctions my company runs or is invited to, filtered on the server. */
export function useAuctions(filters: AuctionFilters, page: number) {
  return useQuery(
    api.auctions.list.queryOptions({
      input: listAuctionsInput(filters, page),
      placeholderData: keepPreviousData,
    }),
  );
}

/** The key of an auction in the query cache (the live view writes its events there). */
export const auctionKey = (auctionId: string) => api.auctions.get.queryKey({ input: { auctionId } });

/** One auction as my side may see it, asked again whenever the page is opened. */
export function useAuction(auctionId: string | undefined) {
  return useQuery(
    api.auctions.get.queryOptions({ input: auctionId ? { auctionId } : skipToken, staleTime: 0 }),
  );
}

/** The owner's result report (ranking, bids, reserve, savings, curve), once the auction is over. */
export function useAuctionResult(auctionId: string, enabled: boolean) {
  return useQuery(
    api.auctions.result.queryOptions({ input: enabled ? { auctionId } : skipToken, staleTime: 0 }),
  );
}

/** After a command: the answer is the auction as it now is; the list asks again. */
function useAfterAuction() {
  const queryClient = useQueryClient();
  return (auction: AuctionView) => {
    queryClient.setQueryData(auctionKey(auction.id), auction);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: api.auctions.list.key() }),
      queryClient.invalidateQueries({ queryKey: api.auctions.result.key() }),
    ]);
  };
}

export function useCreateAuction() {
  const after = useAfterAuction();
  return useMutation(api.auctions.create.mutationOptions({ onSuccess: after }));
}

export function useScheduleAuction() {
  const after = useAfterAuction();
  return useMutation(api.auctions.schedule.mutationOptions({ onSuccess: after }));
}

export function useCancelAuction() {
  const after = useAfterAuction();
  return useMutation(api.auctions.cancel.mutationOptions({ onSuccess: after }));
}

export function useAwardAuction() {
  const after = useAfterAuction();
  return useMutation(api.auctions.award.mutationOptions({ onSuccess: after }));
}

export function useSetParticipant() {
  const after = useAfterAuction();
  return useMutation(api.auctions.setParticipant.mutationOptions({ onSuccess: after }));
}

/** A bid: the receipt comes back; the auction is read again (the live view may be reconnecting). */
export function useBid(auctionId: string) {
  const queryClient = useQueryClient();
  return useMutation(
    api.auctions.bid.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: auctionKey(auctionId) }),
    }),
  );
}

/** The hash-chained bid log, fetched when asked for (after the end). */
export function useBidLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (auctionId: string) =>
      queryClient.fetchQuery(api.auctions.bidLog.queryOptions({ input: { auctionId }, staleTime: 0 })),
  });
}

/** A company to invite: a seller found through the catalog, or a buyer among my customers. */
export interface ParticipantOption {
  id: string;
  name: string;
  nameEn: string | null;
}

/** How many products the seller search draws its companies from. */
export const SELLER_SAMPLE = 100;

/**
 * Sellers to invite to a reverse auction: the companies selling products that match the search,
 * from the catalog's product search — there is no directory of sellers (as the RFQ form does).
 */
export function useSellerOptions(q: string, enabled: boolean) {
  const search = q.trim();
  const query = useQuery(
    api.catalog.listProducts.queryOptions({
      input: enabled
        ? { page: 1, pageSize: SELLER_SAMPLE, ...(search ? { q: search.slice(0, 100) } : {}) }
        : skipToken,
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
  );
  const items = query.data?.items;
  const options = useMemo(() => {
    const seen = new Map<string, ParticipantOption>();
    for (const p of items ?? []) {
      if (!seen.has(p.sellerId))
        seen.set(p.sellerId, { id: p.sellerId, name: p.sellerName, nameEn: p.sellerNameEn });
    }
    return [...seen.values()];
  }, [items]);
  return { options, isFetching: query.isFetching };
}

/** Buyers to invite to a forward auction: my customers (`GET /api/pricing/customers`), by name. */
export function useCustomerOptions(q: string, enabled: boolean) {
  const search = q.trim();
  const query = useQuery(
    api.pricing.listCustomers.queryOptions({
      input: enabled ? { page: 1, pageSize: 50, ...(search ? { q: search.slice(0, 100) } : {}) } : skipToken,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  );
  const items = query.data?.items;
  const options = useMemo(
    () => (items ?? []).map((c): ParticipantOption => ({ id: c.buyerId, name: c.name, nameEn: c.nameEn })),
    [items],
  );
  return { options, isFetching: query.isFetching };
}
