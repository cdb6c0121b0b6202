import type {
  BestSplit,
  ComparisonOffer,
  ComparisonWeights,
  RfqComparisonView,
  RfqView,
} from '../data/types';
import { compareDecimal, plainDecimal, priceTimesQuantityMinor, toScaled } from './decimal';
import { quantityProblem } from './rfq-form';

export const MAX_JUSTIFICATION = 2000;

/** One row of the award form: how much of which item goes to which quote. */
export interface AwardRowValues {
  itemNo?: number;
  quoteId?: string;
  quantity?: string;
}

export interface AwardFormValues {
  allocations: AwardRowValues[];
  justification?: string;
}

export const AWARD_FORM_FIELDS = ['allocations', 'justification'] as const;

/** The best split as rows of the award form. */
export const splitToRows = (split: BestSplit): AwardRowValues[] =>
  split.allocations.map((a) => ({
    itemNo: a.itemNo,
    quoteId: a.quoteId,
    quantity: plainDecimal(a.quantity),
  }));

/** The offer of a quote for an item in the comparison. */
export function offerOf(
  comparison: RfqComparisonView,
  itemNo: number | undefined,
  quoteId: string | undefined,
): ComparisonOffer | undefined {
  return comparison.items.find((i) => i.itemNo === itemNo)?.offers.find((o) => o.quoteId === quoteId);
}

/**
 * What the award costs, landed, in fen: each row's quantity at its offer's landed unit cost
 * (an estimate: the API prices the award again). Rows not complete yet count nothing.
 */
export function awardTotalMinor(comparison: RfqComparisonView, rows: readonly AwardRowValues[]): bigint {
  let total = 0n;
  for (const row of rows) {
    const offer = offerOf(comparison, row.itemNo, row.quoteId);
    const quantity = (row.quantity ?? '').trim();
    if (!offer || quantityProblem(quantity)) continue;
    total += priceTimesQuantityMinor(offer.landed.landedUnit, quantity) ?? 0n;
  }
  return total;
}

export type AwardQuantityProblem = 'required' | 'format' | 'zero' | 'moreThanOffered' | 'moreThanRequested';

/**
 * A row's quantity: a quantity, at most what the quote offered for the item and, with the other
 * rows of the same item, at most what was requested.
 */
export function awardQuantityProblem(
  comparison: RfqComparisonView,
  rows: readonly AwardRowValues[],
  index: number,
): AwardQuantityProblem | null {
  const row = rows[index];
  const text = (row?.quantity ?? '').trim();
  const p = quantityProblem(text);
  if (p) return p;
  const offer = offerOf(comparison, row?.itemNo, row?.quoteId);
  if (offer && compareDecimal(text, offer.quantity) > 0) return 'moreThanOffered';
  const item = comparison.items.find((i) => i.itemNo === row?.itemNo);
  if (item) {
    let sum = 0n;
    for (const r of rows) {
      if (r.itemNo !== row?.itemNo) continue;
      sum += toScaled((r.quantity ?? '').trim(), 3) ?? 0n;
    }
    if (sum > (toScaled(item.quantity, 3) ?? 0n)) return 'moreThanRequested';
  }
  return null;
}

/** A quote given the same item twice in one award (the API refuses it: RFQ_AWARD_LINE_DUPLICATE). */
export function isDuplicateRow(rows: readonly AwardRowValues[], index: number): boolean {
  const row = rows[index];
  if (!row?.itemNo || !row.quoteId) return false;
  return rows.some((r, i) => i < index && r.itemNo === row.itemNo && r.quoteId === row.quoteId);
}

/** What `POST /api/rfqs/{id}/award` is sent. */
export function awardInput(rfqId: string, values: AwardFormValues) {
  return {
    rfqId,
    allocations: values.allocations.map((r) => ({
      itemNo: r.itemNo ?? 0,
      quoteId: r.quoteId ?? '',
      quantity: (r.quantity ?? '').trim(),
    })),
    justification: (values.justification ?? '').trim(),
  };
}

// ---- comparison --------------------------------------------------------------------------------

export const DEFAULT_WEIGHTS: ComparisonWeights = { price: 70, delivery: 20, supplier: 10 };

/** The weights must be whole numbers 0–100 adding up to 100. */
export function weightsProblem(w: Partial<ComparisonWeights>): 'whole' | 'sum' | null {
  const values = [w.price, w.delivery, w.supplier];
  if (values.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)) return 'whole';
  return (values as number[]).reduce((a, b) => a + b, 0) === 100 ? null : 'sum';
}

/** Whether the buyer may read the quotes now: published, and not sealed before the deadline. */
export function quotesReadable(rfq: Pick<RfqView, 'status' | 'sealed' | 'deadline'>, now: number): boolean {
  if (rfq.status === 'draft' || rfq.status === 'pending_approval') return false;
  return !rfq.sealed || now >= new Date(rfq.deadline).getTime();
}

/** Whether the quotes are sealed at `now`: a sealed RFQ before its deadline. */
export const sealedNow = (rfq: Pick<RfqView, 'sealed' | 'deadline'>, now: number) =>
  rfq.sealed && now < new Date(rfq.deadline).getTime();

export interface CostBar {
  quoteId: string;
  totalMinor: string;
  /** Of the dearest quote, 0–100. */
  percent: number;
  cheapest: boolean;
}

/** The bars of the total landed cost per quote, cheapest first, as a share of the dearest. */
export function costBars(comparison: RfqComparisonView): CostBar[] {
  const quotes = [...comparison.quotes].sort((a, b) => {
    const x = BigInt(a.totalLandedMinor);
    const y = BigInt(b.totalLandedMinor);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const max = quotes.reduce((m, q) => (BigInt(q.totalLandedMinor) > m ? BigInt(q.totalLandedMinor) : m), 0n);
  return quotes.map((q) => ({
    quoteId: q.quoteId,
    totalMinor: q.totalLandedMinor,
    percent: max > 0n ? Number((BigInt(q.totalLandedMinor) * 10_000n) / max) / 100 : 0,
    cheapest: q.cheapestOverall,
  }));
}
