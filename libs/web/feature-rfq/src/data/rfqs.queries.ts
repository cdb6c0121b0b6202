import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '@tradeway/web/data-access';
import { listRfqsInput, type RfqFilters } from '../utils/rfq-query';
import type { ComparisonWeights, RfqView } from './types';

/** One page of my company's RFQs, filtered on the server; the last page stays while the next loads. */
export function useRfqs(filters: RfqFilters, page: number) {
  return useQuery(
    api.rfqs.list.queryOptions({ input: listRfqsInput(filters, page), placeholderData: keepPreviousData }),
  );
}

/** One RFQ as my side sees it, asked again whenever the page is opened. */
export function useRfq(rfqId: string | undefined) {
  return useQuery(api.rfqs.get.queryOptions({ input: rfqId ? { rfqId } : skipToken, staleTime: 0 }));
}

/**
 * The comparison (比价) of a readable RFQ, with the weighted score when weights are given;
 * `enabled` is false while the quotes are sealed (the API would answer 403).
 */
export function useComparison(rfqId: string, weights: ComparisonWeights | null, enabled: boolean) {
  return useQuery(
    api.rfqs.comparison.queryOptions({
      input: enabled
        ? {
            rfqId,
            ...(weights
              ? {
                  priceWeight: weights.price,
                  deliveryWeight: weights.delivery,
                  supplierWeight: weights.supplier,
                }
              : {}),
          }
        : skipToken,
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  );
}

/** The catalog's categories, for the RFQ's category. */
export function useCategories() {
  return useQuery(api.catalog.listCategories.queryOptions({ staleTime: 10 * 60_000 }));
}

export interface SellerOption {
  id: string;
  name: string;
  nameEn: string | null;
}

/** How many products the seller search draws its companies from. */
export const SELLER_SAMPLE = 100;

/**
 * Sellers to invite: the companies selling products that match the search (and the category),
 * from the catalog's product search — there is no directory of sellers yet.
 */
export function useSellerOptions(q: string, categoryId: string | null | undefined) {
  const search = q.trim();
  const query = useQuery(
    api.catalog.listProducts.queryOptions({
      input: {
        page: 1,
        pageSize: SELLER_SAMPLE,
        ...(search ? { q: search.slice(0, 100) } : {}),
        ...(categoryId ? { categoryId } : {}),
      },
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
  );
  const items = query.data?.items;
  const sellers = useMemo(() => {
    const seen = new Map<string, SellerOption>();
    for (const p of items ?? []) {
      if (!seen.has(p.sellerId))
        seen.set(p.sellerId, { id: p.sellerId, name: p.sellerName, nameEn: p.sellerNameEn });
    }
    return [...seen.values()];
  }, [items]);
  return { sellers, isFetching: query.isFetching };
}

/** After a command: the answer is the RFQ as it now is; the list and the comparison ask again. */
export function useAfterRfq() {
  const queryClient = useQueryClient();
  return (rfq: RfqView) => {
    queryClient.setQueryData(api.rfqs.get.queryKey({ input: { rfqId: rfq.id } }), rfq);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: api.rfqs.list.key() }),
      queryClient.invalidateQueries({ queryKey: api.rfqs.comparison.key() }),
    ]);
  };
}

export function useCreateRfq() {
  const after = useAfterRfq();
  return useMutation(api.rfqs.create.mutationOptions({ onSuccess: after }));
}

export function useUpdateRfq() {
  const after = useAfterRfq();
  return useMutation(api.rfqs.update.mutationOptions({ onSuccess: after }));
}

export function useSubmitRfq() {
  const after = useAfterRfq();
  return useMutation(api.rfqs.submit.mutationOptions({ onSuccess: after }));
}

export function useCancelRfq() {
  const after = useAfterRfq();
  return useMutation(api.rfqs.cancel.mutationOptions({ onSuccess: after }));
}

export function useCounterOffer() {
  const after = useAfterRfq();
  return useMutation(api.rfqs.counterOffer.mutationOptions({ onSuccess: after }));
}

export function useAward() {
  const after = useAfterRfq();
  return useMutation(api.rfqs.award.mutationOptions({ onSuccess: after }));
}

/** After a file was attached: the RFQ (its attachments, its timeline) is read anew. */
export function useAfterAttachment() {
  const queryClient = useQueryClient();
  return (rfqId: string) =>
    queryClient.invalidateQueries({ queryKey: api.rfqs.get.queryKey({ input: { rfqId } }) });
}
