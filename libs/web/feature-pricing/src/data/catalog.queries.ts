import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import { PAGE_SIZE, PICKER_SIZE } from './pricing.queries';
import { importRefetchInterval } from '../utils/import-job';

/** My company's products matching `q`, for the SKU picker. */
export function useMyProducts(q: string | undefined) {
  return useQuery(
    api.catalog.listProducts.queryOptions({
      input: { mine: true, q, page: 1, pageSize: PICKER_SIZE },
      placeholderData: keepPreviousData,
    }),
  );
}

/** A product with its SKUs. */
export function useProduct(productId: string | undefined) {
  return useQuery(
    api.catalog.getProduct.queryOptions({ input: { productId: productId ?? '' }, enabled: !!productId }),
  );
}

export function useWarehouses() {
  return useQuery(api.catalog.listWarehouses.queryOptions({ staleTime: 5 * 60_000 }));
}

export function useImports(page: number) {
  return useQuery(
    api.catalog.listImports.queryOptions({
      input: { page, pageSize: PAGE_SIZE },
      placeholderData: keepPreviousData,
    }),
  );
}

/** One import, asked every second while it runs. */
export function useImportJob(importId: string | undefined) {
  return useQuery(
    api.catalog.getImport.queryOptions({
      input: { importId: importId ?? '' },
      enabled: !!importId,
      staleTime: 0,
      refetchInterval: (query) => importRefetchInterval(query.state.data),
    }),
  );
}

export function useCreateImport() {
  const queryClient = useQueryClient();
  return useMutation(
    api.catalog.createImport.mutationOptions({
      onSuccess: (job) => {
        queryClient.setQueryData(api.catalog.getImport.queryKey({ input: { importId: job.id } }), job);
        return queryClient.invalidateQueries({ queryKey: api.catalog.listImports.key() });
      },
    }),
  );
}
