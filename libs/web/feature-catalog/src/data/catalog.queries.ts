import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { api } from '@tradeway/web/data-access';
import type { ProductsQuery } from './types';

export const PAGE_SIZE = 20;
/** Categories, attributes and warehouses change rarely: kept for five minutes. */
const REFERENCE_STALE_MS = 5 * 60_000;

export function useCategories() {
  return useQuery(api.catalog.listCategories.queryOptions({ staleTime: REFERENCE_STALE_MS }));
}

/** One page of products for the search, filters and page in the address. */
export function useProducts(query: ProductsQuery) {
  return useQuery(api.catalog.listProducts.queryOptions({ input: query, placeholderData: keepPreviousData }));
}

/** Products whose name holds `q`, for picking a SKU to compare (nothing until a word is typed). */
export function useProductSearch(q: string) {
  const word = q.trim();
  return useQuery(
    api.catalog.listProducts.queryOptions({
      input: word ? { q: word, page: 1, pageSize: 10 } : skipToken,
      placeholderData: keepPreviousData,
    }),
  );
}

export function useProduct(productId: string | undefined) {
  return useQuery(api.catalog.getProduct.queryOptions({ input: productId ? { productId } : skipToken }));
}

/** The specification attributes (and their values) of a category, or of all products. */
export function useAttributes(categoryId: string | undefined) {
  return useQuery(
    api.catalog.listAttributes.queryOptions({
      input: categoryId ? { categoryId } : {},
      staleTime: REFERENCE_STALE_MS,
    }),
  );
}

export function useWarehouses() {
  return useQuery(api.catalog.listWarehouses.queryOptions({ staleTime: REFERENCE_STALE_MS }));
}
