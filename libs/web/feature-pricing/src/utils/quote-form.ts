import type { Dayjs } from 'dayjs';
import type { PaymentTerm } from '@tradeway/shared/contracts';
import { priceProblem, quantityProblem } from './decimal';
import type { ExplainPayload, OfferPayload } from '../data/types';

/** The price debugger's question, and a sales quote's: who, what, how much, how paid, where. */
export interface QuoteFormValues {
  buyerId: string | undefined;
  skuId: string | undefined;
  quantity: string;
  paymentTerm: PaymentTerm;
  deliveryMode: 'pickup' | 'delivery';
  warehouseId: string | undefined;
  region: string | undefined;
  date: Dayjs | null | undefined;
  specialUnitPrice: string;
  note: string;
}

export const emptyQuoteForm = (): QuoteFormValues => ({
  buyerId: undefined,
  skuId: undefined,
  quantity: '',
  paymentTerm: 'cash',
  deliveryMode: 'delivery',
  warehouseId: undefined,
  region: undefined,
  date: null,
  specialUnitPrice: '',
  note: '',
});

/** The question to ask `explain`, or null while it is incomplete or a field is not valid. */
export function toExplainPayload(values: Partial<QuoteFormValues> | undefined): ExplainPayload | null {
  if (!values?.buyerId || !values.skuId || quantityProblem(values.quantity)) return null;
  const special = (values.specialUnitPrice ?? '').trim();
  if (special && priceProblem(special)) return null;
  const delivery =
    values.deliveryMode === 'pickup'
      ? values.warehouseId
        ? ({ mode: 'pickup', warehouseId: values.warehouseId } as const)
        : null
      : values.region
        ? ({ mode: 'delivery', region: values.region } as const)
        : null;
  if (!delivery) return null;
  return {
    buyerId: values.buyerId,
    skuId: values.skuId,
    quantity: (values.quantity ?? '').trim(),
    paymentTerm: values.paymentTerm ?? 'cash',
    delivery,
    ...(values.date ? { date: values.date.format('YYYY-MM-DD') } : {}),
    ...(special ? { specialUnitPrice: special } : {}),
  };
}

export function toOfferPayload(values: QuoteFormValues): OfferPayload | null {
  const explain = toExplainPayload(values);
  return explain && { ...explain, note: values.note.trim() };
}

const QUOTE_FIELDS = ['buyerId', 'skuId', 'quantity', 'paymentTerm', 'date', 'specialUnitPrice', 'note'];

/** `delivery.region` → `['region']`, `quantity` → `['quantity']`; null for fields the form lacks. */
export function quoteFieldName(path: string): Array<string | number> | null {
  const parts = path.split('.');
  if (parts[0] === 'delivery') {
    if (parts[1] === 'warehouseId') return ['warehouseId'];
    if (parts[1] === 'region') return ['region'];
    if (parts[1] === 'mode') return ['deliveryMode'];
    return null;
  }
  return QUOTE_FIELDS.includes(parts[0] as string) && parts.length === 1 ? [parts[0] as string] : null;
}
