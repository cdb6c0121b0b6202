import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, idempotentApi } from '@tradeway/web/data-access';

/**
 * Places an order from one of my stored quotes (`POST /api/orders`) with the form's
 * `Idempotency-Key`: a resubmitted form (a retry after a lost answer, a double click) makes
 * one order. The quote becomes accepted, so quotes and orders are asked again.
 */
export function usePlaceOrder(idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useMutation(
    idempotentApi.orders.place.mutationOptions({
      context: { idempotencyKey },
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: api.quotes.key() }),
          queryClient.invalidateQueries({ queryKey: api.orders.key() }),
        ]),
    }),
  );
}
