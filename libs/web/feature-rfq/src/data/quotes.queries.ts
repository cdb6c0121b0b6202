import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import { inboxInput, type RfqFilters } from '../utils/rfq-query';
import type { PaymentTerm, RfqQuoteView } from './types';

/** One page of the seller's RFQ inbox, filtered on the server; the last page stays while the next loads. */
export function useInbox(filters: RfqFilters, page: number) {
  return useQuery(
    api.rfqs.inbox.queryOptions({ input: inboxInput(filters, page), placeholderData: keepPreviousData }),
  );
}

/** My quote on an RFQ with every version (null when I have not quoted). */
export function useMyQuote(rfqId: string) {
  return useQuery(api.rfqs.myQuote.queryOptions({ input: { rfqId }, staleTime: 0 }));
}

/** After I quoted, revised or withdrew: my quote as it now is; the RFQ (timeline) and the inbox ask again. */
function useAfterQuote() {
  const queryClient = useQueryClient();
  return (quote: RfqQuoteView) => {
    queryClient.setQueryData(api.rfqs.myQuote.queryKey({ input: { rfqId: quote.rfqId } }), { quote });
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: api.rfqs.get.queryKey({ input: { rfqId: quote.rfqId } }) }),
      queryClient.invalidateQueries({ queryKey: api.rfqs.inbox.key() }),
    ]);
  };
}

export function useSubmitQuote() {
  const after = useAfterQuote();
  return useMutation(api.rfqs.submitQuote.mutationOptions({ onSuccess: after }));
}

export function useWithdrawQuote() {
  const after = useAfterQuote();
  return useMutation(api.rfqs.withdrawQuote.mutationOptions({ onSuccess: after }));
}

/** My quote pre-filled from my own price rules for this buyer, quantity, place and payment term, on demand. */
export function useSuggestQuote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { rfqId: string; paymentTerm?: PaymentTerm }) =>
      queryClient.fetchQuery(api.rfqs.suggestQuote.queryOptions({ input, staleTime: 0 })),
  });
}
