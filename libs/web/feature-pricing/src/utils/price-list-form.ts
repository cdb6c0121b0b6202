import dayjs, { type Dayjs } from 'dayjs';
import { dayAfter, dayBefore } from './format';
import type { PriceListKind, PriceListPayload, PriceListUpdate, PriceListView } from '../data/types';

/**
 * The form of a price list's header. Validity is picked as the first and the last day the
 * list applies; the API's `validTo` is the day after (exclusive), converted here.
 */
export interface PriceListFormValues {
  kind: PriceListKind;
  gradeId: string | undefined;
  buyerId: string | undefined;
  code: string;
  name: string;
  currency: string;
  validity: [Dayjs | null, Dayjs | null] | null | undefined;
  quoteValidityDays: string;
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'] as const;

export const emptyPriceList = (kind: PriceListKind = 'list'): PriceListFormValues => ({
  kind,
  gradeId: undefined,
  buyerId: undefined,
  code: '',
  name: '',
  currency: 'CNY',
  validity: null,
  quoteValidityDays: '7',
});

export function toPriceListFormValues(list: PriceListView): PriceListFormValues {
  return {
    kind: list.kind,
    gradeId: list.gradeId ?? undefined,
    buyerId: list.buyerId ?? undefined,
    code: list.code,
    name: list.name,
    currency: list.currency,
    validity:
      list.validFrom || list.validTo
        ? [
            list.validFrom ? dayjs(list.validFrom) : null,
            list.validTo ? dayjs(dayBefore(list.validTo)) : null,
          ]
        : null,
    quoteValidityDays: String(list.quoteValidityDays),
  };
}

function validityOf(values: PriceListFormValues): { validFrom: string | null; validTo: string | null } {
  const [from, to] = values.validity ?? [null, null];
  return {
    validFrom: from ? from.format('YYYY-MM-DD') : null,
    validTo: to ? dayAfter(to.format('YYYY-MM-DD')) : null,
  };
}

export function toPriceListPayload(values: PriceListFormValues): PriceListPayload {
  return {
    kind: values.kind,
    gradeId: values.kind === 'grade' ? (values.gradeId ?? null) : null,
    buyerId: values.kind === 'contract' ? (values.buyerId ?? null) : null,
    code: values.code.trim(),
    name: values.name.trim(),
    currency: values.currency,
    ...validityOf(values),
    quoteValidityDays: Number(values.quoteValidityDays.trim()),
  };
}

/** The header fields a list keeps changeable: name, validity, quote validity. */
export function toPriceListUpdate(list: PriceListView, values: PriceListFormValues): PriceListUpdate {
  return {
    listId: list.id,
    version: list.version,
    name: values.name.trim(),
    ...validityOf(values),
    quoteValidityDays: Number(values.quoteValidityDays.trim()),
  };
}

export type DaysValidityProblem = 'required' | 'range';
/** Days a quote from the list stays valid: a whole number 1–90. */
export function quoteValidityProblem(text: string | undefined): DaysValidityProblem | null {
  const s = (text ?? '').trim();
  if (s === '') return 'required';
  return /^\d{1,2}$/.test(s) && Number(s) >= 1 && Number(s) <= 90 ? null : 'range';
}

const LIST_FIELDS = ['kind', 'gradeId', 'buyerId', 'code', 'name', 'currency', 'quoteValidityDays'];

export function priceListFieldName(path: string): Array<string | number> | null {
  const head = path.split('.')[0] as string;
  if (head === 'validFrom' || head === 'validTo') return ['validity'];
  return LIST_FIELDS.includes(head) ? [head] : null;
}
