import {
  formatDecimal,
  parseDecimal,
  PAYMENT_TERMS,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from '@tradeway/server/pricing/domain';
import { ok, type Result } from '@tradeway/shared/kernel';
import { rfqFailure, type RfqError } from './rfq.errors';
import { awardWindowEnd, type RfqState } from './rfq-states';

/**
 * Seller quotes (DESIGN.md §5): who may quote, what a quote must contain, until when it can be
 * revised or withdrawn, who sees it (sealed RFQs), and the negotiation rounds.
 *
 * - `checkQuote`: a new quote or a revision (a new version), while the RFQ is open and before
 *   the deadline; `checkQuoteContent` checks the content alone (also for a version answering a
 *   negotiation round, after the deadline).
 * - `checkQuoteChange`: revising or withdrawing, while open and before the deadline.
 * - `quotesVisibleTo`: sealing.
 * - `checkCounterOffer` / `checkRoundAnswer`: negotiation rounds (议价), only while `closed`.
 *
 * Refusals carry the field at fault as the dotted path of the API's field errors
 * (`lines.2.quantity`); the first refusal found is returned, lines in order.
 *
 * Decisions where DESIGN.md is silent:
 * - A line offers at most the requested quantity (partial offers are allowed, more is not:
 *   the buyer asked for that much).
 * - The unit price must be more than 0 (a free line is a data-entry error); freight may be 0
 *   (delivered price).
 * - A quote must stay valid beyond the deadline (and, for a round answer, beyond now): a
 *   quote that lapses before the buyer may even open it is worthless. Whether it is still
 *   valid at the award is checked then (award-rules.ts).
 * - Withdrawing a withdrawn quote is refused (RFQ_QUOTE_WITHDRAWN); a seller who withdrew
 *   may quote again before the deadline with a new version, which makes the quote active
 *   again (every version and the withdrawal stay on record).
 * - A round closes at a time the buyer chooses, after now and no later than the end of the
 *   award window (the RFQ expires then). Each invited seller answers a round once, with one
 *   new version; a second answer is refused (RFQ_ROUND_ALREADY_ANSWERED).
 * - A counter-offer goes only to sellers holding an active quote, and not while an award
 *   waits for approval.
 */

export interface RfqItemFacts {
  readonly itemNo: number;
  /** The requested quantity, ≤ 3 places. */
  readonly quantity: string;
}

export interface QuoteLineInput {
  readonly itemNo: number;
  /** Offered quantity, ≤ 3 places, 0 < quantity ≤ requested. */
  readonly quantity: string;
  /** ≤ 4 places, > 0 */
  readonly unitPrice: string;
  /** ≤ 4 places, ≥ 0 ('0' when the price is delivered) */
  readonly freightPerUnit: string;
  /** 0 … 10 000 (1300 = 13 %) */
  readonly taxRateBps: number;
}

export interface QuoteInput {
  readonly lines: readonly QuoteLineInput[];
  readonly paymentTerm: string;
  readonly validUntil: Date;
}

export interface QuotedRfq {
  readonly state: RfqState;
  readonly deadline: Date;
  readonly items: readonly RfqItemFacts[];
  readonly acceptedPaymentTerms: readonly string[];
}

export type RfqQuoteStatus = 'active' | 'withdrawn';

/** A stored quantity of the RFQ: corrupt data throws. */
export function storedRfqQuantity(text: string, what: string): bigint {
  const v = parseDecimal(text, QUANTITY_PLACES);
  if (v === null || v <= 0n) throw new RangeError(`Invalid stored ${what}: ${JSON.stringify(text)}`);
  return v;
}

/**
 * Whether a seller may quote at all: invited, or the RFQ is open to a category the seller
 * sells in. RFQ_NOT_INVITED otherwise.
 */
export function checkSellerEligible(seller: {
  readonly invited: boolean;
  readonly openToCategory: boolean;
  readonly sellsInCategory: boolean;
}): Result<void, RfqError<'RFQ_NOT_INVITED'>> {
  if (seller.invited || (seller.openToCategory && seller.sellsInCategory)) return ok(undefined);
  return rfqFailure('RFQ_NOT_INVITED');
}

/** Open and before the deadline: the window in which sellers quote, revise and withdraw. */
function checkQuotingWindow(
  rfq: { readonly state: RfqState; readonly deadline: Date },
  now: Date,
): Result<void, RfqError<'RFQ_TRANSITION_NOT_ALLOWED' | 'RFQ_DEADLINE_PASSED'>> {
  if (rfq.state !== 'open') return rfqFailure('RFQ_TRANSITION_NOT_ALLOWED', { params: { state: rfq.state } });
  if (now.getTime() >= rfq.deadline.getTime()) {
    return rfqFailure('RFQ_DEADLINE_PASSED', { params: { deadline: rfq.deadline.toISOString() } });
  }
  return ok(undefined);
}

/**
 * Quoting, revising and withdrawing are possible only while the RFQ is open and before its
 * deadline: RFQ_TRANSITION_NOT_ALLOWED when not open, RFQ_DEADLINE_PASSED when open but late
 * (the close job has not run yet). With the quote's current status and the change, also
 * refuses withdrawing a quote already withdrawn (RFQ_QUOTE_WITHDRAWN).
 */
export function checkQuoteChange(
  rfq: { readonly state: RfqState; readonly deadline: Date },
  now: Date,
  quote?: { readonly status: RfqQuoteStatus; readonly change: 'revise' | 'withdraw' },
): Result<void, RfqError<'RFQ_TRANSITION_NOT_ALLOWED' | 'RFQ_DEADLINE_PASSED' | 'RFQ_QUOTE_WITHDRAWN'>> {
  const timing = checkQuotingWindow(rfq, now);
  if (!timing.ok) return timing;
  if (quote?.change === 'withdraw' && quote.status === 'withdrawn') return rfqFailure('RFQ_QUOTE_WITHDRAWN');
  return ok(undefined);
}

export type QuoteContentErrorCode =
  | 'RFQ_QUOTE_EMPTY'
  | 'RFQ_QUOTE_LINE_UNKNOWN'
  | 'RFQ_QUOTE_LINE_DUPLICATE'
  | 'RFQ_QUOTE_QUANTITY_INVALID'
  | 'RFQ_QUOTE_QUANTITY_TOO_HIGH'
  | 'RFQ_QUOTE_PRICE_INVALID'
  | 'RFQ_QUOTE_FREIGHT_INVALID'
  | 'RFQ_QUOTE_TAX_RATE_INVALID'
  | 'RFQ_QUOTE_TERM_NOT_ACCEPTED'
  | 'RFQ_QUOTE_VALIDITY_TOO_SHORT';

/**
 * The content of a quote version, whenever it is given. Checks, in this order: at least one
 * line (`lines`); per line `lines.i`: the item is in the RFQ (`itemNo`), not quoted twice
 * (`itemNo`), 0 < quantity (≤ 3 places) ≤ requested (`quantity`), unit price > 0 (≤ 4 places,
 * `unitPrice`), freight ≥ 0 (≤ 4 places, `freightPerUnit`), tax rate a whole 0 … 10 000
 * (`taxRateBps`); then the payment term is one the RFQ accepts (`paymentTerm`), and the quote
 * is valid after the deadline and after now (`validUntil`).
 */
export function checkQuoteContent(
  rfq: Pick<QuotedRfq, 'deadline' | 'items' | 'acceptedPaymentTerms'>,
  quote: QuoteInput,
  now: Date,
): Result<void, RfqError<QuoteContentErrorCode>> {
  if (quote.lines.length === 0) return rfqFailure('RFQ_QUOTE_EMPTY', { field: 'lines' });
  const requested = new Map(rfq.items.map((item) => [item.itemNo, item.quantity]));
  const seen = new Set<number>();
  for (const [i, line] of quote.lines.entries()) {
    const path = `lines.${i}`;
    const itemNo = String(line.itemNo);
    const wanted = requested.get(line.itemNo);
    if (wanted === undefined) {
      return rfqFailure('RFQ_QUOTE_LINE_UNKNOWN', { field: `${path}.itemNo`, params: { itemNo } });
    }
    if (seen.has(line.itemNo)) {
      return rfqFailure('RFQ_QUOTE_LINE_DUPLICATE', { field: `${path}.itemNo`, params: { itemNo } });
    }
    seen.add(line.itemNo);
    const quantity = parseDecimal(line.quantity, QUANTITY_PLACES);
    if (quantity === null || quantity <= 0n) {
      return rfqFailure('RFQ_QUOTE_QUANTITY_INVALID', { field: `${path}.quantity` });
    }
    const limit = storedRfqQuantity(wanted, `quantity of item ${itemNo}`);
    if (quantity > limit) {
      return rfqFailure('RFQ_QUOTE_QUANTITY_TOO_HIGH', {
        field: `${path}.quantity`,
        params: { itemNo, requested: formatDecimal(limit, QUANTITY_PLACES) },
      });
    }
    const price = parseDecimal(line.unitPrice, PRICE_PLACES);
    if (price === null || price <= 0n) {
      return rfqFailure('RFQ_QUOTE_PRICE_INVALID', { field: `${path}.unitPrice` });
    }
    const freight = parseDecimal(line.freightPerUnit, PRICE_PLACES);
    if (freight === null || freight < 0n) {
      return rfqFailure('RFQ_QUOTE_FREIGHT_INVALID', { field: `${path}.freightPerUnit` });
    }
    if (!Number.isInteger(line.taxRateBps) || line.taxRateBps < 0 || line.taxRateBps > 10_000) {
      return rfqFailure('RFQ_QUOTE_TAX_RATE_INVALID', { field: `${path}.taxRateBps` });
    }
  }
  const term = quote.paymentTerm;
  if (!(PAYMENT_TERMS as readonly string[]).includes(term) || !rfq.acceptedPaymentTerms.includes(term)) {
    return rfqFailure('RFQ_QUOTE_TERM_NOT_ACCEPTED', { field: 'paymentTerm', params: { term } });
  }
  const validAfter = Math.max(rfq.deadline.getTime(), now.getTime());
  if (quote.validUntil.getTime() <= validAfter) {
    return rfqFailure('RFQ_QUOTE_VALIDITY_TOO_SHORT', {
      field: 'validUntil',
      params: { validAfter: new Date(validAfter).toISOString() },
    });
  }
  return ok(undefined);
}

/**
 * A seller's quote or revision: the RFQ is open and the deadline not passed
 * (`checkQuoteChange`), then the content (`checkQuoteContent`).
 */
export function checkQuote(
  rfq: QuotedRfq,
  quote: QuoteInput,
  now: Date,
): Result<void, RfqError<QuoteContentErrorCode | 'RFQ_TRANSITION_NOT_ALLOWED' | 'RFQ_DEADLINE_PASSED'>> {
  const timing = checkQuotingWindow(rfq, now);
  if (!timing.ok) return timing;
  return checkQuoteContent(rfq, quote, now);
}

export type QuoteViewer = 'buyer' | 'own_seller' | 'other_seller';

/** States before publication: no seller has been asked, no quote can exist. */
const UNPUBLISHED: readonly RfqState[] = ['draft', 'pending_approval'];

/**
 * Whether `viewer` may read quotes of the RFQ at `now`. Other sellers never; the quoting
 * seller always its own; the buyer from publication on, and for a sealed RFQ only once the
 * deadline has come (like a tender's bid opening), whatever the state. When this is false for
 * the buyer of a published RFQ, the answer is RFQ_QUOTES_SEALED with the deadline.
 */
export function quotesVisibleTo(
  rfq: { readonly sealed: boolean; readonly deadline: Date; readonly state: RfqState },
  viewer: QuoteViewer,
  now: Date,
): boolean {
  switch (viewer) {
    case 'other_seller':
      return false;
    case 'own_seller':
      return true;
    case 'buyer':
      if (UNPUBLISHED.includes(rfq.state)) return false;
      return !rfq.sealed || now.getTime() >= rfq.deadline.getTime();
  }
}

/**
 * A counter-offer (议价) to `sellerIds`: only while the RFQ is closed (after the deadline,
 * before the award) and no award waits for approval; at least one seller, each holding an
 * active quote; with a round closing after now and no later than the end of the award window
 * (when `round` is given). Returns the distinct seller ids, in the order given.
 */
export function checkCounterOffer(
  rfq: {
    readonly state: RfqState;
    readonly deadline: Date;
    readonly awardPending?: boolean;
    readonly quotes: readonly { readonly sellerId: string; readonly status: RfqQuoteStatus }[];
  },
  sellerIds: readonly string[],
  round?: { readonly closesAt: Date; readonly now: Date },
): Result<
  string[],
  RfqError<
    | 'RFQ_COUNTER_NOT_CLOSED'
    | 'RFQ_AWARD_PENDING'
    | 'RFQ_COUNTER_OFFER_EMPTY'
    | 'RFQ_COUNTER_SELLER_NOT_QUOTED'
    | 'RFQ_QUOTE_WITHDRAWN'
    | 'RFQ_ROUND_CLOSE_INVALID'
  >
> {
  if (rfq.state !== 'closed') return rfqFailure('RFQ_COUNTER_NOT_CLOSED', { params: { state: rfq.state } });
  if (rfq.awardPending === true) return rfqFailure('RFQ_AWARD_PENDING');
  const distinct = [...new Set(sellerIds)];
  if (distinct.length === 0) return rfqFailure('RFQ_COUNTER_OFFER_EMPTY', { field: 'sellerIds' });
  const status = new Map(rfq.quotes.map((q) => [q.sellerId, q.status]));
  for (const [i, sellerId] of sellerIds.entries()) {
    const s = status.get(sellerId);
    if (s === undefined) {
      return rfqFailure('RFQ_COUNTER_SELLER_NOT_QUOTED', { field: `sellerIds.${i}`, params: { sellerId } });
    }
    if (s === 'withdrawn') {
      return rfqFailure('RFQ_QUOTE_WITHDRAWN', { field: `sellerIds.${i}`, params: { sellerId } });
    }
  }
  if (round !== undefined) {
    const latest = awardWindowEnd(rfq.deadline);
    const closesAt = round.closesAt.getTime();
    if (closesAt <= round.now.getTime() || closesAt > latest.getTime()) {
      return rfqFailure('RFQ_ROUND_CLOSE_INVALID', {
        field: 'closesAt',
        params: { latest: latest.toISOString() },
      });
    }
  }
  return ok(distinct);
}

/**
 * A seller answers a counter-offer with a new version while the round is open (now before
 * `closesAt`, RFQ_ROUND_CLOSED otherwise) and only once (RFQ_ROUND_ALREADY_ANSWERED). When the
 * RFQ's state is given it must still be closed (RFQ_COUNTER_NOT_CLOSED: awarded or cancelled
 * meanwhile). The version's content is checked with `checkQuoteContent`.
 */
export function checkRoundAnswer(
  round: { readonly closesAt: Date; readonly answeredAt: Date | null },
  now: Date,
  rfqState?: RfqState,
): Result<void, RfqError<'RFQ_COUNTER_NOT_CLOSED' | 'RFQ_ROUND_CLOSED' | 'RFQ_ROUND_ALREADY_ANSWERED'>> {
  if (rfqState !== undefined && rfqState !== 'closed') {
    return rfqFailure('RFQ_COUNTER_NOT_CLOSED', { params: { state: rfqState } });
  }
  if (now.getTime() >= round.closesAt.getTime()) {
    return rfqFailure('RFQ_ROUND_CLOSED', { params: { closesAt: round.closesAt.toISOString() } });
  }
  if (round.answeredAt !== null) return rfqFailure('RFQ_ROUND_ALREADY_ANSWERED');
  return ok(undefined);
}
