import type { PaymentTerm } from './data/types';

/** The routes of the catalog, quote and comparison screens inside the buyer portal. */
export const CATALOG_PATH = '/catalog';
export const QUOTES_PATH = '/quotes';
export const COMPARE_PATH = '/compare';

/** A product's page; `skuId` preselects one of its SKUs. */
export const productPath = (productId: string, skuId?: string) =>
  `${CATALOG_PATH}/products/${productId}${skuId ? `?sku=${encodeURIComponent(skuId)}` : ''}`;
export const quotePath = (quoteId: string) => `${QUOTES_PATH}/${quoteId}`;
/** An order's page, in the order screens of the same portal. */
export const orderPath = (orderId: string) => `/orders/${orderId}`;

export interface CompareLink {
  productId?: string;
  skuId?: string;
  quantity?: string;
  paymentTerm?: PaymentTerm;
  region?: string;
}

/** The comparison, pre-filled (from a product page: its SKU, the quantity and terms being quoted). */
export function comparePath(prefill: CompareLink = {}): string {
  const q = new URLSearchParams();
  if (prefill.productId) q.set('product', prefill.productId);
  if (prefill.skuId) q.set('sku', prefill.skuId);
  if (prefill.quantity) q.set('quantity', prefill.quantity);
  if (prefill.paymentTerm) q.set('term', prefill.paymentTerm);
  if (prefill.region) q.set('region', prefill.region);
  const s = q.toString();
  return s ? `${COMPARE_PATH}?${s}` : COMPARE_PATH;
}
