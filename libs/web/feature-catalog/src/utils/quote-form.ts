import type { Dayjs } from 'dayjs';
import type { PaymentTerm, QuoteRequestPayload } from '../data/types';
import { type OrderRules, quantityPayload, quantityProblem } from './quantity';

/** The quote builder's fields (the date is the day the price applies; empty means today). */
export interface QuoteFormValues {
  quantity: string;
  paymentTerm: PaymentTerm;
  deliveryMode: 'pickup' | 'delivery' | undefined;
  warehouseId: string | undefined;
  region: string | undefined;
  date: Dayjs | null | undefined;
}

export const PAYMENT_TERM_OPTIONS: readonly PaymentTerm[] = ['prepayment', 'cash', 'net30', 'net60', 'net90'];

/**
 * The request the form describes, or null while it cannot be priced yet (a quantity the
 * order rules refuse, no delivery place): the preview asks nothing for a half-filled form.
 */
export function toQuoteRequest(
  values: Partial<QuoteFormValues> | undefined,
  sku: OrderRules & { id: string },
): QuoteRequestPayload | null {
  if (!values) return null;
  const quantity = values.quantity ?? '';
  if (quantityProblem(quantity, sku) !== null) return null;
  let delivery: QuoteRequestPayload['delivery'];
  if (values.deliveryMode === 'pickup' && values.warehouseId) {
    delivery = { mode: 'pickup', warehouseId: values.warehouseId };
  } else if (values.deliveryMode === 'delivery' && values.region) {
    delivery = { mode: 'delivery', region: values.region };
  } else return null;
  return {
    skuId: sku.id,
    quantity: quantityPayload(quantity),
    paymentTerm: values.paymentTerm ?? 'cash',
    delivery,
    ...(values.date ? { date: values.date.format('YYYY-MM-DD') } : {}),
  };
}

/** The API's field path → the quote builder's field (`delivery.region` → `region`); null: no such field. */
export function quoteFieldName(path: string): Array<string | number> | null {
  switch (path) {
    case 'quantity':
    case 'paymentTerm':
    case 'date':
      return [path];
    case 'delivery.region':
      return ['region'];
    case 'delivery.warehouseId':
      return ['warehouseId'];
    case 'delivery':
    case 'delivery.mode':
      return ['deliveryMode'];
    default:
      return null;
  }
}

/** A stable text of a request, to tell whether an answer belongs to what the form shows now. */
export const requestKey = (r: QuoteRequestPayload | null) => (r ? JSON.stringify(r) : '');
