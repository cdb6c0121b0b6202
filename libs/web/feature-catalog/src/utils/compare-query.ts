import type { ComparisonInput, PaymentTerm } from '../data/types';
import { isRegionCode } from './regions';
import { quantityPayload, quantityProblem } from './quantity';
import { PAYMENT_TERM_OPTIONS } from './quote-form';

/** The comparison's inputs in the address: `?product=&sku=&quantity=&term=&region=`. */
export interface CompareParams {
  productId: string | undefined;
  skuId: string | undefined;
  quantity: string;
  paymentTerm: PaymentTerm;
  region: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = (v: string | null) => (v && UUID.test(v) ? v : undefined);
const isTerm = (v: string | null): v is PaymentTerm => PAYMENT_TERM_OPTIONS.includes(v as PaymentTerm);

export function readCompareParams(params: URLSearchParams, defaultRegion?: string): CompareParams {
  const term = params.get('term');
  const region = params.get('region');
  return {
    productId: uuid(params.get('product')),
    skuId: uuid(params.get('sku')),
    quantity: (params.get('quantity') ?? '').trim(),
    paymentTerm: isTerm(term) ? term : 'cash',
    region: isRegionCode(region) ? region : defaultRegion,
  };
}

export function writeCompareParams(p: CompareParams): URLSearchParams {
  const q = new URLSearchParams();
  if (p.productId) q.set('product', p.productId);
  if (p.skuId) q.set('sku', p.skuId);
  if (p.quantity) q.set('quantity', p.quantity);
  if (p.paymentTerm !== 'cash') q.set('term', p.paymentTerm);
  if (p.region) q.set('region', p.region);
  return q;
}

/** The API's input when the address holds a complete comparison, else null (nothing is asked). */
export function toComparisonInput(p: CompareParams): ComparisonInput | null {
  if (!p.skuId || !p.region || quantityProblem(p.quantity) !== null) return null;
  return {
    skuId: p.skuId,
    quantity: quantityPayload(p.quantity),
    paymentTerm: p.paymentTerm,
    region: p.region,
  };
}
