import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import { PAGE_SIZE } from './pricing.queries';

export interface InventoryFilter {
  q?: string | undefined;
  warehouseId?: string | undefined;
  onlyLow?: boolean | undefined;
}

/** One page of my stock, filtered and paged on the server. */
export function useInventory(filter: InventoryFilter, page: number, pageSize = PAGE_SIZE) {
  return useQuery(
    api.catalog.listInventory.queryOptions({
      input: { ...filter, page, pageSize },
      placeholderData: keepPreviousData,
    }),
  );
}

/** The warehouses and their locations where I may record stock. */
export function useStockLocations() {
  return useQuery(api.catalog.listStockLocations.queryOptions({ staleTime: 5 * 60_000 }));
}

/** Reloads my stock and the product pages that show it. */
export function useRefreshInventory() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: api.catalog.listInventory.key() }),
      queryClient.invalidateQueries({ queryKey: api.catalog.getProduct.key() }),
    ]);
}

/** Sets on hand of one SKU at one location, at the version the user saw. */
export function useSetInventory() {
  const refresh = useRefreshInventory();
  return useMutation(api.catalog.setInventory.mutationOptions({ onSuccess: refresh }));
}
