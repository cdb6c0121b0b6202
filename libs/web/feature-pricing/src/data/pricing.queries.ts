import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import type { ExplainPayload, PriceListKind, PriceListStatus, QuoteStatus } from './types';

export const PAGE_SIZE = 20;
/** How many matches a search picker offers. */
export const PICKER_SIZE = 20;

// ---- price lists --------------------------------------------------------------------------

export interface PriceListFilter {
  kind?: PriceListKind | undefined;
  status?: PriceListStatus | undefined;
  q?: string | undefined;
}

/** One page of my price lists, filtered on the server. */
export function usePriceLists(filter: PriceListFilter, page: number, pageSize = PAGE_SIZE, enabled = true) {
  return useQuery(
    api.pricing.listPriceLists.queryOptions({
      input: { ...filter, page, pageSize },
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}

export function usePriceList(listId: string | undefined) {
  return useQuery(
    api.pricing.getPriceList.queryOptions({
      input: { listId: listId ?? '' },
      enabled: !!listId,
      staleTime: 0,
    }),
  );
}

/** A change of a list shows in the list of lists, the list itself and what it prices. */
function useAfterListChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.pricing.listPriceLists.key() }),
      queryClient.invalidateQueries({ queryKey: api.pricing.getPriceList.key() }),
    ]);
}

export function useCreatePriceList() {
  const refresh = useAfterListChange();
  return useMutation(api.pricing.createPriceList.mutationOptions({ onSuccess: refresh }));
}

/** Changes a list at the version the editor loaded; the answer replaces the cached list. */
export function useUpdatePriceList() {
  const queryClient = useQueryClient();
  const refresh = useAfterListChange();
  return useMutation(
    api.pricing.updatePriceList.mutationOptions({
      onSuccess: async (list) => {
        queryClient.setQueryData(api.pricing.getPriceList.queryKey({ input: { listId: list.id } }), list);
        await refresh();
      },
    }),
  );
}

export function usePriceItems(listId: string, q: string | undefined, page: number) {
  return useQuery(
    api.pricing.listPriceItems.queryOptions({
      input: { listId, q, page, pageSize: PAGE_SIZE },
      placeholderData: keepPreviousData,
    }),
  );
}

function useAfterItemChange() {
  const queryClient = useQueryClient();
  const refresh = useAfterListChange();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: api.pricing.listPriceItems.key() }), refresh()]);
}

export function usePutPriceItem() {
  const refresh = useAfterItemChange();
  return useMutation(api.pricing.putPriceItem.mutationOptions({ onSuccess: refresh }));
}

export function useDeletePriceItem() {
  const refresh = useAfterItemChange();
  return useMutation(api.pricing.deletePriceItem.mutationOptions({ onSuccess: refresh }));
}

// ---- grades, customers, rebates -------------------------------------------------------------

export function useGrades() {
  return useQuery(api.pricing.listGrades.queryOptions());
}

function useAfterGradeChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.pricing.listGrades.key() }),
      queryClient.invalidateQueries({ queryKey: api.pricing.listCustomers.key() }),
      queryClient.invalidateQueries({ queryKey: api.pricing.listPriceLists.key() }),
    ]);
}

export function useCreateGrade() {
  const refresh = useAfterGradeChange();
  return useMutation(api.pricing.createGrade.mutationOptions({ onSuccess: refresh }));
}

export function useUpdateGrade() {
  const refresh = useAfterGradeChange();
  return useMutation(api.pricing.updateGrade.mutationOptions({ onSuccess: refresh }));
}

export function useDeleteGrade() {
  const refresh = useAfterGradeChange();
  return useMutation(api.pricing.deleteGrade.mutationOptions({ onSuccess: refresh }));
}

export interface CustomerFilter {
  q?: string | undefined;
  gradeId?: string | undefined;
  ungraded?: boolean | undefined;
}

export function useCustomers(filter: CustomerFilter, page: number, pageSize = PAGE_SIZE) {
  return useQuery(
    api.pricing.listCustomers.queryOptions({
      input: { ...filter, page, pageSize },
      placeholderData: keepPreviousData,
    }),
  );
}

/** Moves a customer to a grade; customer counts of the grades change with it. */
export function useAssignGrade() {
  const queryClient = useQueryClient();
  return useMutation(
    api.pricing.assignGrade.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: api.pricing.listCustomers.key() }),
          queryClient.invalidateQueries({ queryKey: api.pricing.listGrades.key() }),
        ]),
    }),
  );
}

export function useGrantRebate() {
  const queryClient = useQueryClient();
  return useMutation(
    api.pricing.grantRebate.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: api.pricing.listCustomers.key() }),
          queryClient.invalidateQueries({ queryKey: api.pricing.listRebates.key() }),
        ]),
    }),
  );
}

// ---- the engine: explanations and offers -----------------------------------------------------

/** The price debugger: computed, never stored, so a POST asked on demand. */
export function useExplain() {
  return useMutation(api.pricing.explain.mutationOptions());
}

/** The live preview of a quote being written: asked again whenever the (settled) question changes. */
export function useExplainPreview(input: ExplainPayload | null) {
  return useQuery(
    api.pricing.explain.queryOptions({
      input: input ?? ({} as ExplainPayload),
      enabled: !!input,
      placeholderData: keepPreviousData,
      staleTime: 10_000,
    }),
  );
}

export interface OfferFilter {
  status?: QuoteStatus | undefined;
  special?: boolean | undefined;
}

export function useOffers(filter: OfferFilter, page: number) {
  return useQuery(
    api.pricing.listOffers.queryOptions({
      input: { ...filter, page, pageSize: PAGE_SIZE },
      placeholderData: keepPreviousData,
    }),
  );
}

export function useOffer(quoteId: string | undefined) {
  return useQuery(
    api.pricing.getOffer.queryOptions({
      input: { quoteId: quoteId ?? '' },
      enabled: !!quoteId,
      staleTime: 0,
    }),
  );
}

export function useCreateOffer() {
  const queryClient = useQueryClient();
  return useMutation(
    api.pricing.createOffer.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: api.pricing.listOffers.key() }),
    }),
  );
}
