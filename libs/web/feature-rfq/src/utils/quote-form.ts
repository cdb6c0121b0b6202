import dayjs, { type Dayjs } from 'dayjs';
import { bpsToPercent, percentToBps } from '@tradeway/web/ui';
import type {
  PaymentTerm,
  RfqItemView,
  RfqQuoteBody,
  RfqQuoteVersionView,
  RfqQuoteView,
  RfqRoundView,
  RfqSuggestionView,
  RfqView,
} from '../data/types';
import { compareDecimal, isPositive, plainDecimal, PRICE, priceTimesQuantityMinor } from './decimal';
import { quantityProblem } from './rfq-form';

export const MAX_QUOTE_NOTE = 2000;
export const MAX_LINE_NOTE = 500;

/** One row of the seller's quote form per item of the RFQ, in the RFQ's order. */
export interface QuoteLineValues {
  itemNo: number;
  quantity?: string;
  unitPrice?: string;
  freightPerUnit?: string;
  /** Percent as typed (`13`, `9`), sent as basis points. */
  taxRate?: string;
  note?: string;
}

export interface QuoteFormValues {
  lines: QuoteLineValues[];
  paymentTerm?: PaymentTerm;
  deliveryDate?: Dayjs | null;
  validUntil?: Dayjs | null;
  note?: string;
}

export const QUOTE_FORM_FIELDS = ['lines', 'paymentTerm', 'deliveryDate', 'validUntil', 'note'] as const;

/** A row is part of the quote when it has a price: the others are items I do not offer (a partial quote). */
export const rowOffered = (row: QuoteLineValues | undefined) => !!row?.unitPrice?.trim();

/** The version the seller last sent (versions come newest first). */
export const currentVersion = (quote: RfqQuoteView | null | undefined): RfqQuoteVersionView | undefined =>
  quote?.versions.find((v) => v.version === quote.currentVersion) ?? quote?.versions[0];

/**
 * The form for an RFQ and my quote: my current version's lines on their items, or (no quote
 * yet) each item's requested quantity with no price, the first accepted payment term, delivery
 * on the requested day and a week's validity after the deadline.
 */
export function quoteToValues(rfq: RfqView, quote: RfqQuoteView | null | undefined): QuoteFormValues {
  const version = currentVersion(quote);
  if (version) {
    return {
      lines: rfq.items.map((item) => {
        const line = version.lines.find((l) => l.itemNo === item.itemNo);
        return line
          ? {
              itemNo: item.itemNo,
              quantity: plainDecimal(line.quantity),
              unitPrice: plainDecimal(line.unitPrice),
              freightPerUnit: plainDecimal(line.freightPerUnit),
              taxRate: bpsToPercent(line.taxRateBps),
              note: line.note,
            }
          : emptyRow(item);
      }),
      paymentTerm: version.paymentTerm,
      deliveryDate: dayjs(version.deliveryDate),
      validUntil: dayjs(version.validUntil),
      note: version.note,
    };
  }
  return {
    lines: rfq.items.map(emptyRow),
    paymentTerm: rfq.acceptedPaymentTerms[0],
    deliveryDate: dayjs(rfq.deliveryDate),
    validUntil: dayjs(rfq.deadline).add(7, 'day'),
    note: '',
  };
}

const emptyRow = (item: RfqItemView): QuoteLineValues => ({
  itemNo: item.itemNo,
  quantity: plainDecimal(item.quantity),
  unitPrice: '',
  freightPerUnit: '0',
  taxRate: '',
  note: '',
});

/**
 * What `PUT /api/rfqs/{id}/my-quote` is sent for validated values, and which form row each
 * line sent comes from (the API names a line by its place in what was sent: `lines.1.quantity`).
 */
export function valuesToQuoteInput(
  rfq: Pick<RfqView, 'id' | 'items'>,
  values: QuoteFormValues,
): { body: RfqQuoteBody; rows: number[] } {
  const rows: number[] = [];
  const lines: RfqQuoteBody['lines'] = [];
  // Row i is item i of the RFQ (a form's submitted values carry only its fields).
  (values.lines ?? []).forEach((row, index) => {
    const item = rfq.items[index];
    if (!item || !rowOffered(row)) return;
    rows.push(index);
    lines.push({
      itemNo: item.itemNo,
      quantity: (row.quantity ?? '').trim(),
      unitPrice: (row.unitPrice ?? '').trim(),
      freightPerUnit: (row.freightPerUnit ?? '').trim() || '0',
      taxRateBps: percentToBps(row.taxRate) ?? 0,
      note: (row.note ?? '').trim(),
    });
  });
  return {
    body: {
      rfqId: rfq.id,
      lines,
      paymentTerm: values.paymentTerm ?? 'cash',
      deliveryDate: values.deliveryDate ? values.deliveryDate.format('YYYY-MM-DD') : '',
      validUntil: values.validUntil ? values.validUntil.toISOString() : '',
      note: (values.note ?? '').trim(),
    },
    rows,
  };
}

/**
 * The API's path of a line sent → the form's field: `lines.1.quantity` of the lines sent is
 * the quantity of the form row it came from; the tax rate is typed as a percentage. A line's
 * item (`itemNo`) and the whole list have no field: an alert.
 */
export function quoteFieldPath(rows: readonly number[]) {
  return (path: string): string => {
    const m = /^lines\.(\d+)\.(quantity|unitPrice|freightPerUnit|taxRateBps|note)$/.exec(path);
    if (m) {
      const row = rows[Number(m[1])];
      if (row === undefined) return '';
      return `lines.${row}.${m[2] === 'taxRateBps' ? 'taxRate' : m[2]}`;
    }
    return path.startsWith('lines') ? '' : path;
  };
}

export interface SuggestionReason {
  reason: string | null;
  reasonZh: string | null;
}

/**
 * My price rules' suggestion on the form: each line with a price fills its row (quantity, unit
 * price, freight, tax); a line without one leaves its row as it was and says why.
 */
export function applySuggestion(
  items: readonly Pick<RfqItemView, 'itemNo'>[],
  values: QuoteFormValues,
  suggestion: RfqSuggestionView,
): { values: QuoteFormValues; reasons: Map<number, SuggestionReason>; filled: number } {
  const reasons = new Map<number, SuggestionReason>();
  let filled = 0;
  const lines = items.map((item, index): QuoteLineValues => {
    const row: QuoteLineValues = { ...values.lines?.[index], itemNo: item.itemNo };
    const line = suggestion.lines.find((l) => l.itemNo === item.itemNo);
    if (!line) return row;
    if (line.unitPrice === null) {
      reasons.set(item.itemNo, { reason: line.reason, reasonZh: line.reasonZh });
      return row;
    }
    filled += 1;
    return {
      ...row,
      quantity: plainDecimal(line.quantity),
      unitPrice: plainDecimal(line.unitPrice),
      freightPerUnit: plainDecimal(line.freightPerUnit ?? '0'),
      taxRate: line.taxRateBps === null ? row.taxRate : bpsToPercent(line.taxRateBps),
    };
  });
  return { values: { ...values, lines, paymentTerm: suggestion.paymentTerm }, reasons, filled };
}

export type OfferedQuantityProblem = 'required' | 'format' | 'zero' | 'tooHigh';

/** An offered quantity: a quantity, at most what was requested. */
export function offeredQuantityProblem(
  text: string | undefined | null,
  requested: string,
): OfferedQuantityProblem | null {
  const p = quantityProblem(text);
  if (p) return p;
  return compareDecimal((text ?? '').trim(), requested) > 0 ? 'tooHigh' : null;
}

export type PriceProblem = 'required' | 'format' | 'zero';

/** A unit price (more than zero) or freight (zero allowed): at most four decimals. */
export function priceProblem(
  text: string | undefined | null,
  { positive }: { positive: boolean },
): PriceProblem | null {
  const s = (text ?? '').trim();
  if (!s) return positive ? 'required' : null;
  if (!PRICE.test(s)) return 'format';
  return positive && !isPositive(s) ? 'zero' : null;
}

/** A tax rate in per cent: 0–100 with at most two decimals. */
export const taxRateProblem = (text: string | undefined | null): 'required' | 'format' | null =>
  !(text ?? '').trim() ? 'required' : percentToBps(text) === null ? 'format' : null;

/** The goods value of a version (unit price × quantity per line), in fen. */
export function versionGoodsMinor(version: RfqQuoteVersionView): bigint {
  return version.lines.reduce((sum, l) => sum + (priceTimesQuantityMinor(l.unitPrice, l.quantity) ?? 0n), 0n);
}

/** The rounds still open at `now`, soonest to close first. */
export const openRoundsAt = (quote: RfqQuoteView | null | undefined, now: number): RfqRoundView[] =>
  (quote?.openRounds ?? [])
    .filter((r) => new Date(r.closesAt).getTime() > now)
    .sort((a, b) => a.closesAt.localeCompare(b.closesAt));

/**
 * Whether the seller may send a version now: while the RFQ is open before its deadline
 * (`open`), or after it while a counter-offer of the buyer is open (`round`); else `closed`.
 */
export function quotingWindow(
  rfq: Pick<RfqView, 'status' | 'deadline'>,
  quote: RfqQuoteView | null | undefined,
  now: number,
): 'open' | 'round' | 'closed' {
  if (rfq.status === 'open' && new Date(rfq.deadline).getTime() > now) return 'open';
  if (rfq.status === 'closed' && openRoundsAt(quote, now).length > 0) return 'round';
  return 'closed';
}
