import dayjs, { type Dayjs } from 'dayjs';
import { PAYMENT_TERMS } from '@tradeway/shared/contracts';
import { bpsToPercent, chinaDayOf, isUnit, percentToBps, type Unit } from '@tradeway/web/ui';
import type { PaymentTerm, RfqInputBody, RfqView } from '../data/types';
import { isPositive, plainDecimal, QUANTITY } from './decimal';

export const MAX_TITLE = 200;
export const MAX_DESCRIPTION = 5000;
export const MAX_ITEM_DESCRIPTION = 200;
export const MAX_SPECIFICATION = 2000;
export const MAX_ADDRESS = 500;
export const MAX_ITEMS = 200;
export const MAX_INVITED = 100;
/** The server refuses a deadline less than an hour after publication (RFQ_DEADLINE_TOO_SOON). */
export const MIN_DEADLINE_LEAD_MS = 60 * 60_000;

export interface RfqItemValues {
  /** Kept from a draft whose item named a catalog SKU; new items are free specifications. */
  skuId?: string | null;
  description?: string;
  specification?: string;
  quantity?: string;
  unit?: Unit;
}

/** The RFQ form's values (dates as Ant Design's Dayjs, the cost of capital as a percentage). */
export interface RfqFormValues {
  title?: string;
  description?: string;
  categoryId?: string | null;
  items?: RfqItemValues[];
  deliveryDate?: Dayjs | null;
  deliveryRegion?: string;
  deliveryAddress?: string;
  acceptedPaymentTerms?: PaymentTerm[];
  deadline?: Dayjs | null;
  sealed?: boolean;
  openToCategory?: boolean;
  invitedSellerIds?: string[];
  costOfCapital?: string;
  vatRecoverable?: boolean;
}

/** The form's fields, for placing the API's field errors (`costOfCapitalBps` is renamed). */
export const RFQ_FORM_FIELDS = [
  'title',
  'description',
  'categoryId',
  'items',
  'deliveryDate',
  'deliveryRegion',
  'deliveryAddress',
  'acceptedPaymentTerms',
  'deadline',
  'sealed',
  'openToCategory',
  'invitedSellerIds',
  'costOfCapital',
  'vatRecoverable',
] as const;

/** The API's field path → the form's: `costOfCapitalBps` is typed as a percentage. */
export const rfqFieldPath = (path: string) =>
  path === 'costOfCapitalBps'
    ? 'costOfCapital'
    : path.startsWith('invitedSellerIds.')
      ? 'invitedSellerIds'
      : path;

export const emptyItem = (): RfqItemValues => ({
  description: '',
  specification: '',
  quantity: '',
  unit: 't',
});

/**
 * A new RFQ: one empty item, the usual terms, the company's own region, 6 % cost of capital,
 * quoting until 17:00 a week from `now` and the goods two weeks after that.
 */
export function newRfqValues(region: string | null | undefined, now: Dayjs): RfqFormValues {
  const deadline = now.add(7, 'day').hour(17).minute(0).second(0).millisecond(0);
  return {
    title: '',
    description: '',
    categoryId: null,
    items: [emptyItem()],
    deliveryDate: deadline.add(14, 'day').startOf('day'),
    deliveryRegion: region ?? undefined,
    deliveryAddress: '',
    acceptedPaymentTerms: ['prepayment', 'cash', 'net30'],
    deadline,
    sealed: false,
    openToCategory: false,
    invitedSellerIds: [],
    costOfCapital: '6',
    vatRecoverable: true,
  };
}

/** A draft as the form shows it. */
export function rfqToValues(rfq: RfqView): RfqFormValues {
  return {
    title: rfq.title,
    description: rfq.description,
    categoryId: rfq.categoryId,
    items: rfq.items.map((i) => ({
      skuId: i.skuId,
      description: i.description,
      specification: i.specification,
      quantity: plainDecimal(i.quantity),
      unit: isUnit(i.unit) ? i.unit : 't',
    })),
    deliveryDate: dayjs(rfq.deliveryDate),
    deliveryRegion: rfq.deliveryRegion,
    deliveryAddress: rfq.deliveryAddress,
    acceptedPaymentTerms: PAYMENT_TERMS.filter((p) => rfq.acceptedPaymentTerms.includes(p)),
    deadline: dayjs(rfq.deadline),
    sealed: rfq.sealed,
    openToCategory: rfq.openToCategory,
    invitedSellerIds: rfq.invitations.filter((i) => i.invited).map((i) => i.sellerId),
    costOfCapital: bpsToPercent(rfq.costOfCapitalBps),
    vatRecoverable: rfq.vatRecoverable,
  };
}

/** What `POST /api/rfqs` (or `PUT` of a draft) is sent for validated values. */
export function valuesToInput(values: RfqFormValues): RfqInputBody {
  const terms = values.acceptedPaymentTerms ?? [];
  return {
    title: (values.title ?? '').trim(),
    description: (values.description ?? '').trim(),
    categoryId: values.categoryId ?? null,
    openToCategory: !!values.openToCategory,
    sealed: !!values.sealed,
    items: (values.items ?? []).map((i) => ({
      skuId: i.skuId ?? null,
      description: (i.description ?? '').trim(),
      specification: (i.specification ?? '').trim(),
      quantity: (i.quantity ?? '').trim(),
      unit: i.unit ?? 't',
    })),
    deliveryDate: values.deliveryDate ? values.deliveryDate.format('YYYY-MM-DD') : '',
    deliveryRegion: values.deliveryRegion ?? '',
    deliveryAddress: (values.deliveryAddress ?? '').trim(),
    acceptedPaymentTerms: PAYMENT_TERMS.filter((p) => terms.includes(p)),
    deadline: values.deadline ? values.deadline.toISOString() : '',
    invitedSellerIds: [...new Set(values.invitedSellerIds ?? [])],
    costOfCapitalBps: percentToBps(values.costOfCapital) ?? 600,
    vatRecoverable: values.vatRecoverable ?? true,
  };
}

export type QuantityProblem = 'required' | 'format' | 'zero';

/** A requested or offered quantity: required, at most three decimals, more than zero. */
export function quantityProblem(text: string | undefined | null): QuantityProblem | null {
  const s = (text ?? '').trim();
  if (!s) return 'required';
  if (!QUANTITY.test(s)) return 'format';
  return isPositive(s) ? null : 'zero';
}

export type DeadlineProblem = 'required' | 'tooSoon';

/** When quoting ends: more than an hour from now (the server decides again at publication). */
export function deadlineProblem(deadline: Date | null | undefined, now: number): DeadlineProblem | null {
  if (!deadline) return 'required';
  return deadline.getTime() - now <= MIN_DEADLINE_LEAD_MS ? 'tooSoon' : null;
}

/** The goods must not be due before the deadline's day (China calendar, as the server decides). */
export function deliveryBeforeDeadline(deliveryDay: string, deadline: Date | null | undefined): boolean {
  if (!deadline) return false;
  return deliveryDay < chinaDayOf(deadline.toISOString());
}

/** The cost of capital: a percentage 0–100 with at most two decimals. */
export const costOfCapitalValid = (text: string | undefined | null) => percentToBps(text) !== null;
