import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, idempotentApi } from '@tradeway/web/data-access';
import { listOrdersInput, type OrderFilters } from '../utils/order-query';
import type { OrderSide, OrderSummaryView, OrderView } from './types';

/** One page of my company's orders on my side, filtered on the server; the last page stays while the next loads. */
export function useOrders(side: OrderSide, filters: OrderFilters, page: number) {
  return useQuery(
    api.orders.list.queryOptions({
      input: listOrdersInput(side, filters, page),
      placeholderData: keepPreviousData,
    }),
  );
}

/** How many recent orders the counterparty filter draws its companies from. */
export const COUNTERPARTY_SAMPLE = 100;

export interface Counterparty {
  id: string;
  name: string;
  nameEn: string | null;
}

/**
 * The companies I have orders with, for the counterparty filter: those of my latest 100
 * orders (one indexed read of the list; the contract has no list of counterparties yet).
 */
export function useCounterparties(side: OrderSide) {
  const query = useQuery(
    api.orders.list.queryOptions({
      input: { side, page: 1, pageSize: COUNTERPARTY_SAMPLE },
      staleTime: 5 * 60_000,
    }),
  );
  const items = query.data?.items;
  const counterparties = useMemo(() => {
    const seen = new Map<string, Counterparty>();
    for (const o of (items ?? []) as OrderSummaryView[]) {
      if (!seen.has(o.counterpartyId)) {
        seen.set(o.counterpartyId, {
          id: o.counterpartyId,
          name: o.counterpartyName,
          nameEn: o.counterpartyNameEn ?? null,
        });
      }
    }
    return [...seen.values()];
  }, [items]);
  return { counterparties, isPending: query.isPending };
}

/** One order as my side sees it, asked again whenever the page is opened. */
export function useOrder(orderId: string | undefined) {
  return useQuery(api.orders.get.queryOptions({ input: orderId ? { orderId } : skipToken, staleTime: 0 }));
}

/** After a command: the answer is the order as it now is; the lists ask again. */
function useAfterCommand() {
  const queryClient = useQueryClient();
  return (order: OrderView) => {
    queryClient.setQueryData(api.orders.get.queryKey({ input: { orderId: order.id } }), order);
    return queryClient.invalidateQueries({ queryKey: api.orders.list.key() });
  };
}

export function useConfirmOrder() {
  const after = useAfterCommand();
  return useMutation(api.orders.confirm.mutationOptions({ onSuccess: after }));
}

export function useRejectOrder() {
  const after = useAfterCommand();
  return useMutation(api.orders.reject.mutationOptions({ onSuccess: after }));
}

export function useCancelOrder() {
  const after = useAfterCommand();
  return useMutation(api.orders.cancel.mutationOptions({ onSuccess: after }));
}

/**
 * Orders the lines of a past order again (`POST /api/orders/{id}/reorder`) with the dialog's
 * `Idempotency-Key`: a resubmitted dialog orders once. The lists ask again.
 */
export function useReorder(idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useMutation(
    idempotentApi.integration.reorder.mutationOptions({
      context: { idempotencyKey },
      onSuccess: () => queryClient.invalidateQueries({ queryKey: api.orders.key() }),
    }),
  );
}
