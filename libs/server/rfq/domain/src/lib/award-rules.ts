import { formatDecimal, parseDecimal, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';
import { ok, type Result } from '@tradeway/shared/kernel';
import { rfqFailure, type RfqError } from './rfq.errors';
import type { RfqState } from './rfq-states';
import { storedRfqQuantity, type RfqQuoteStatus, type RfqItemFacts } from './quote-rules';
import type { AwardAllocation } from './split-award';

/**
 * The buyer's award (DESIGN.md §5: "full or split"): which quote gets how much of which item,
 * with a justification. `checkAward` validates it before it goes to the buyer's approval
 * policy; `awardCost` (split-award.ts) prices it, `bestSplitAward` shows the cheapest.
 *
 * Decisions where DESIGN.md is silent:
 * - An award may leave items or quantities unawarded (partial offers, a need that changed);
 *   it must award something.
 * - A justification is always required: the decision and its reason are archived for the
 *   procurement record, whether or not the buyer took the cheapest offers.
 * - Each quote may be given each item once per award (RFQ_AWARD_LINE_DUPLICATE); an item may
 *   be split across quotes, up to what each offered and, in total, what was requested.
 * - A quote must be active and still valid at the award (its validity is checked at `now`,
 *   the time of the award decision, not at its later approval).
 * - While an award waits for approval no other award can be made (RFQ_AWARD_PENDING).
 */

export interface AwardedQuoteFacts {
  readonly quoteId: string;
  readonly status: RfqQuoteStatus;
  readonly validUntil: Date;
  readonly lines: readonly { readonly itemNo: number; readonly quantity: string }[];
}

export interface AwardInput {
  readonly allocations: readonly AwardAllocation[];
  readonly justification: string;
}

export type AwardErrorCode =
  | 'RFQ_TRANSITION_NOT_ALLOWED'
  | 'RFQ_AWARD_PENDING'
  | 'RFQ_NO_QUOTES'
  | 'RFQ_AWARD_JUSTIFICATION_REQUIRED'
  | 'RFQ_AWARD_EMPTY'
  | 'RFQ_QUOTE_LINE_UNKNOWN'
  | 'RFQ_QUOTE_NOT_FOUND'
  | 'RFQ_QUOTE_WITHDRAWN'
  | 'RFQ_AWARD_QUOTE_EXPIRED'
  | 'RFQ_AWARD_LINE_NOT_QUOTED'
  | 'RFQ_AWARD_LINE_DUPLICATE'
  | 'RFQ_AWARD_QUANTITY_INVALID'
  | 'RFQ_AWARD_QUANTITY_TOO_HIGH';

/**
 * Checks, in this order: the RFQ is closed (RFQ_TRANSITION_NOT_ALLOWED); no award waits for
 * approval; at least one active quote (RFQ_NO_QUOTES); a justification (`justification`); at
 * least one allocation (`allocations`); then per allocation `allocations.i`: the item is in
 * the RFQ (`itemNo`), the quote is one of the RFQ's (`quoteId`, RFQ_QUOTE_NOT_FOUND), active,
 * still valid at `now`, has a line for the item (`itemNo`), is not given that item twice, and
 * 0 < quantity ≤ offered, with the item's running total ≤ requested (`quantity`).
 */
export function checkAward(
  rfq: { readonly state: RfqState; readonly items: readonly RfqItemFacts[]; readonly awardPending?: boolean },
  award: AwardInput,
  quotes: readonly AwardedQuoteFacts[],
  now: Date,
): Result<void, RfqError<AwardErrorCode>> {
  if (rfq.state !== 'closed')
    return rfqFailure('RFQ_TRANSITION_NOT_ALLOWED', { params: { state: rfq.state } });
  if (rfq.awardPending === true) return rfqFailure('RFQ_AWARD_PENDING');
  if (!quotes.some((q) => q.status === 'active')) return rfqFailure('RFQ_NO_QUOTES');
  if (award.justification.trim() === '') {
    return rfqFailure('RFQ_AWARD_JUSTIFICATION_REQUIRED', { field: 'justification' });
  }
  if (award.allocations.length === 0) return rfqFailure('RFQ_AWARD_EMPTY', { field: 'allocations' });

  const requested = new Map(rfq.items.map((item) => [item.itemNo, item.quantity]));
  const byId = new Map(quotes.map((q) => [q.quoteId, q]));
  const awarded = new Map<number, bigint>();
  const pairs = new Set<string>();
  for (const [i, a] of award.allocations.entries()) {
    const path = `allocations.${i}`;
    const itemNo = String(a.itemNo);
    const wanted = requested.get(a.itemNo);
    if (wanted === undefined) {
      return rfqFailure('RFQ_QUOTE_LINE_UNKNOWN', { field: `${path}.itemNo`, params: { itemNo } });
    }
    const quote = byId.get(a.quoteId);
    if (quote === undefined) return rfqFailure('RFQ_QUOTE_NOT_FOUND', { field: `${path}.quoteId` });
    if (quote.status === 'withdrawn') return rfqFailure('RFQ_QUOTE_WITHDRAWN', { field: `${path}.quoteId` });
    if (quote.validUntil.getTime() <= now.getTime()) {
      return rfqFailure('RFQ_AWARD_QUOTE_EXPIRED', {
        field: `${path}.quoteId`,
        params: { validUntil: quote.validUntil.toISOString() },
      });
    }
    const line = quote.lines.find((l) => l.itemNo === a.itemNo);
    if (line === undefined) {
      return rfqFailure('RFQ_AWARD_LINE_NOT_QUOTED', { field: `${path}.itemNo`, params: { itemNo } });
    }
    const pair = `${a.quoteId}\u0000${a.itemNo}`;
    if (pairs.has(pair)) {
      return rfqFailure('RFQ_AWARD_LINE_DUPLICATE', { field: `${path}.itemNo`, params: { itemNo } });
    }
    pairs.add(pair);
    const quantity = parseDecimal(a.quantity, QUANTITY_PLACES);
    if (quantity === null || quantity <= 0n) {
      return rfqFailure('RFQ_AWARD_QUANTITY_INVALID', { field: `${path}.quantity` });
    }
    const offered = storedRfqQuantity(line.quantity, 'offered quantity');
    const remaining = storedRfqQuantity(wanted, 'requested quantity') - (awarded.get(a.itemNo) ?? 0n);
    const limit = offered < remaining ? offered : remaining;
    if (quantity > limit) {
      return rfqFailure('RFQ_AWARD_QUANTITY_TOO_HIGH', {
        field: `${path}.quantity`,
        params: { itemNo, limit: formatDecimal(limit, QUANTITY_PLACES) },
      });
    }
    awarded.set(a.itemNo, (awarded.get(a.itemNo) ?? 0n) + quantity);
  }
  return ok(undefined);
}
