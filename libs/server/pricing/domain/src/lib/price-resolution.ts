import { formatDecimal, parseDecimal, PRICE_PLACES } from './decimal';
import {
  DEFAULT_PREPAYMENT_DAYS,
  type CandidateExplanation,
  type CandidateList,
  type CandidateOutcome,
  type DeliveryRule,
  type ListKind,
  type PaymentTermsRule,
  type PricingContext,
} from './pricing.types';

/**
 * Resolution of the base price (DESIGN.md §4): a contract with this buyer, else the list of
 * the buyer's grade at this seller, else the seller's public list, else no price.
 */

const RANK: Record<ListKind, number> = { contract: 0, grade: 1, list: 2 };

/** Terms when neither the winning list nor the public list sets any: no financing charge. */
export const DEFAULT_TERMS: PaymentTermsRule = Object.freeze({
  annualCostOfCapitalBps: 0,
  prepaymentDays: DEFAULT_PREPAYMENT_DAYS,
  overridesBps: Object.freeze({}),
});

/** Delivery when no list sets any: nothing offered, so every request is refused. */
export const DEFAULT_DELIVERY: DeliveryRule = Object.freeze({
  pickups: Object.freeze([]) as unknown as DeliveryRule['pickups'],
  zones: Object.freeze([]) as unknown as DeliveryRule['zones'],
});

/** Whether a list may price this buyer at all: another buyer's contract or another grade's list may not. */
export function isForBuyer(list: CandidateList, ctx: PricingContext): boolean {
  if (list.kind === 'contract') return ctx.buyerId !== null && list.buyerId === ctx.buyerId;
  if (list.kind === 'grade') return ctx.buyerGradeId !== null && list.gradeId === ctx.buyerGradeId;
  return list.kind === 'list';
}

/** validFrom ≤ time < validTo, a null bound being open. */
export function isValidAt(list: CandidateList, time: number): boolean {
  return (
    (list.validFrom === null || list.validFrom.getTime() <= time) &&
    (list.validTo === null || time < list.validTo.getTime())
  );
}

/**
 * Resolution order: rank (contract, grade, public list), then the latest validFrom (an open
 * start counts as the earliest), then id ascending — so the answer never depends on the order
 * in which the caller loaded the lists.
 */
export function compareCandidates(a: CandidateList, b: CandidateList): number {
  const rank = RANK[a.kind] - RANK[b.kind];
  if (rank !== 0) return rank;
  const fa = a.validFrom === null ? -Infinity : a.validFrom.getTime();
  const fb = b.validFrom === null ? -Infinity : b.validFrom.getTime();
  if (fa !== fb) return fa > fb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function displayPrice(text: string): string {
  const scaled = parseDecimal(text, PRICE_PLACES);
  return scaled === null ? text : formatDecimal(scaled, PRICE_PLACES);
}

export interface Resolution {
  readonly winner: CandidateList | null;
  readonly explanation: CandidateExplanation[];
  /** Some published list for this buyer prices the SKU, but none is valid on the date. */
  readonly pricedOnOtherDates: boolean;
}

/**
 * Ranks the candidates and gives each its outcome. `audience: 'buyer'` drops every list that
 * is not for this buyer (so another buyer's contract never leaks) and hides the price of
 * unpublished lists; `'seller'` keeps them all, for the seller's price debugger.
 */
export function resolveCandidates(ctx: PricingContext, date: Date, audience: 'buyer' | 'seller'): Resolution {
  const time = date.getTime();
  const lists: CandidateList[] = [];
  for (const c of ctx.candidates) if (audience === 'seller' || isForBuyer(c, ctx)) lists.push(c);
  if (lists.length > 1) lists.sort(compareCandidates);

  let winner: CandidateList | null = null;
  let pricedOnOtherDates = false;
  const explanation: CandidateExplanation[] = new Array(lists.length);
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as CandidateList;
    let outcome: CandidateOutcome;
    if (!isForBuyer(list, ctx)) outcome = 'not_for_this_buyer';
    else if (!list.published) outcome = 'not_published';
    else if (list.item === null) outcome = 'sku_not_in_list';
    else if (!isValidAt(list, time)) {
      outcome = 'not_valid_on_date';
      pricedOnOtherDates = true;
    } else if (winner === null) {
      outcome = 'won';
      winner = list;
    } else outcome = 'outranked';
    const showPrice = list.item !== null && (audience === 'seller' || outcome !== 'not_published');
    explanation[i] = {
      listId: list.id,
      listName: list.name,
      kind: list.kind,
      outcome,
      unitPrice: showPrice && list.item ? displayPrice(list.item.unitPrice) : null,
    };
  }
  return { winner, explanation, pricedOnOtherDates };
}

/**
 * The list that prices the SKU for this buyer on the date, and why every other candidate of
 * the buyer lost. Lists of other buyers and of other grades are left out entirely.
 */
export function resolveBasePrice(
  ctx: PricingContext,
  date: Date,
): { winner: CandidateList | null; explanation: CandidateExplanation[] } {
  const { winner, explanation } = resolveCandidates(ctx, date, 'buyer');
  return { winner, explanation };
}

/**
 * The seller's public list that rules are inherited from: kind `list`, published, valid on the
 * date and in the winner's currency (a per-shipment fee in another currency would be wrong);
 * the latest validFrom, then the smallest id. It need not price the SKU.
 */
export function publicListFor(ctx: PricingContext, time: number, currency: string): CandidateList | null {
  let best: CandidateList | null = null;
  for (const c of ctx.candidates) {
    if (c.kind !== 'list' || !c.published || c.currency !== currency || !isValidAt(c, time)) continue;
    if (best === null || compareCandidates(c, best) < 0) best = c;
  }
  return best;
}

export interface EffectiveRules {
  readonly terms: PaymentTermsRule;
  /** id of the list whose terms apply, or 'defaults' */
  readonly termsFrom: string;
  readonly delivery: DeliveryRule;
  /** id of the list whose delivery rules apply, or 'defaults' */
  readonly deliveryFrom: string;
}

/** Terms and delivery of the winning list, else of the public list valid on the date, else the defaults. */
export function effectiveRules(ctx: PricingContext, winner: CandidateList, time: number): EffectiveRules {
  let terms = winner.terms;
  let termsFrom = winner.id;
  let delivery = winner.delivery;
  let deliveryFrom = winner.id;
  if (terms === null || delivery === null) {
    const pub = winner.kind === 'list' ? null : publicListFor(ctx, time, winner.currency);
    if (terms === null) {
      terms = pub?.terms ?? null;
      termsFrom = terms === null ? 'defaults' : (pub as CandidateList).id;
    }
    if (delivery === null) {
      delivery = pub?.delivery ?? null;
      deliveryFrom = delivery === null ? 'defaults' : (pub as CandidateList).id;
    }
  }
  return {
    terms: terms ?? DEFAULT_TERMS,
    termsFrom,
    delivery: delivery ?? DEFAULT_DELIVERY,
    deliveryFrom,
  };
}
