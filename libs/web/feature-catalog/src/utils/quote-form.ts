import type { Dayjs } from 'dayjs';
import type { PaymentTerm, QuoteRequestPayload } from '../data/types';
import {
  normalizeQuantity,
  type OrderRules,
  type QuantityProblem,
  quantityPayload,
  quantityProblem,
} from './quantity';
import { type ConvertibleSku, toSkuUnit } from './unit-conversion';
import type { Unit } from './units';

/** The quote builder's fields (the date is the day the price applies; empty means today). */
export interface QuoteFormValues {
  quantity: string;
  /** the unit the quantity is in; the SKU's own when absent */
  unit?: Unit | undefined;
  paymentTerm: PaymentTerm;
  deliveryMode: 'pickup' | 'delivery' | undefined;
  warehouseId: string | undefined;
  region: string | undefined;
  date: Dayjs | null | undefined;
}

export const PAYMENT_TERM_OPTIONS: readonly PaymentTerm[] = ['prepayment', 'cash', 'net30', 'net60', 'net90'];

export type QuoteSkuRules = OrderRules & ConvertibleSku & { id: string };

export interface AskedQuantity {
  /** what is wrong with it, the order rules checked in the SKU's unit; null when nothing */
  problem: QuantityProblem | null;
  /** the quantity in the SKU's unit once it is a quantity that converts exactly (even when the order rules refuse it) */
  inSkuUnit: string | null;
}

/**
 * A quantity as the buyer asks it (in `unit`, the SKU's own when absent), converted exactly
 * into the SKU's unit where its minimum and increment apply, as the quote engine does.
 */
export function askedQuantity(
  text: string | null | undefined,
  unit: string | undefined,
  sku: OrderRules & ConvertibleSku,
): AskedQuantity {
  const plain = normalizeQuantity(text);
  const format = quantityProblem(plain);
  if (format) return { problem: format, inSkuUnit: null };
  const quantity = quantityPayload(plain);
  if (!unit || unit === sku.unit) return { problem: quantityProblem(quantity, sku), inSkuUnit: quantity };
  const converted = toSkuUnit(quantity, unit, sku);
  if (converted.ok)
    return { problem: quantityProblem(converted.quantity, sku), inSkuUnit: converted.quantity };
  const problem: QuantityProblem =
    converted.code === 'notConvertible'
      ? {
          code: 'notConvertible',
          quantity,
          unit,
          toUnit: sku.unit,
          lower: converted.lower,
          upper: converted.upper,
        }
      : converted.code === 'unitNotConvertible'
        ? { code: 'unitNotConvertible', unit, toUnit: sku.unit }
        : { code: 'invalid' };
  return { problem, inSkuUnit: null };
}

/**
 * The request the form describes, or null while it cannot be priced yet (a quantity the
 * order rules refuse, no delivery place): the preview asks nothing for a half-filled form.
 * The quantity goes as asked, with its unit when it is not the SKU's.
 */
export function toQuoteRequest(
  values: Partial<QuoteFormValues> | undefined,
  sku: QuoteSkuRules,
): QuoteRequestPayload | null {
  if (!values) return null;
  const quantity = values.quantity ?? '';
  const unit = values.unit && values.unit !== sku.unit ? values.unit : undefined;
  if (askedQuantity(quantity, unit, sku).problem !== null) return null;
  let delivery: QuoteRequestPayload['delivery'];
  if (values.deliveryMode === 'pickup' && values.warehouseId) {
    delivery = { mode: 'pickup', warehouseId: values.warehouseId };
  } else if (values.deliveryMode === 'delivery' && values.region) {
    delivery = { mode: 'delivery', region: values.region };
  } else return null;
  return {
    skuId: sku.id,
    quantity: quantityPayload(quantity),
    ...(unit ? { unit } : {}),
    paymentTerm: values.paymentTerm ?? 'cash',
    delivery,
    ...(values.date ? { date: values.date.format('YYYY-MM-DD') } : {}),
  };
}

/** The API's field path → the quote builder's field (`delivery.region` → `region`); null: no such field. */
export function quoteFieldName(path: string): Array<string | number> | null {
  switch (path) {
    case 'quantity':
    case 'unit':
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
