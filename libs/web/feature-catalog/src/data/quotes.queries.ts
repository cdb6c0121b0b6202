import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import { PAGE_SIZE } from './catalog.queries';
import type { ComparisonInput, QuoteRequestPayload, QuoteStatus } from './types';

/**
 * The live price of the quote builder, keyed on its inputs: the same inputs are not asked
 * twice within a minute, and the last answer stays on screen while the next one comes.
 */
export function useQuotePreview(request: QuoteRequestPayload | null) {
  return useQuery(
    api.quotes.preview.queryOptions({
      input: request ?? skipToken,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
      refetchOnWindowFocus: false,
    }),
  );
}

/** One page of my company's quotes, by status. */
export function useQuotes(status: QuoteStatus | undefined, page: number) {
  return useQuery(
    api.quotes.list.queryOptions({
      input: { status, page, pageSize: PAGE_SIZE },
      placeholderData: keepPreviousData,
    }),
  );
}

export function useQuote(quoteId: string | undefined) {
  return useQuery(api.quotes.get.queryOptions({ input: quoteId ? { quoteId } : skipToken, staleTime: 0 }));
}

function useAfterQuoteChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: api.quotes.key() });
}

export function useCreateQuote() {
  const refresh = useAfterQuoteChange();
  return useMutation(api.quotes.create.mutationOptions({ onSuccess: refresh }));
}

export function useAcceptQuote() {
  const refresh = useAfterQuoteChange();
  return useMutation(api.quotes.accept.mutationOptions({ onSuccess: refresh }));
}

/** Landed cost of the same specification across sellers, for the inputs in the address. */
export function useComparison(input: ComparisonInput | null) {
  return useQuery(
    api.quotes.compare.queryOptions({
      input: input ?? skipToken,
      staleTime: 60_000,
      refetchOnWindowFocus: false,
    }),
  );
}
