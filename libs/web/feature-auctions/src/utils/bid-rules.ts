import type { AuctionDirection, AuctionVisibility, Step } from '../data/types';
import { Dec, MAX_PRICE, PRICE, PRICE_TICK, priceText } from './decimal';

/**
 * The bid rule of DESIGN.md §6 as the bidder's console checks it before sending (the server
 * judges again, by its clock and its live state): a price of at most 4 places, more than zero,
 * not worse than the opening price (the ceiling of a reverse auction, the floor of a forward
 * one), better than the reference by at least the minimum step and by at most the maximum step.
 *
 * The reference is the best price when the bidder may see it (`best_price`), else the bidder's
 * own best (`rank_only`, `sealed`: no one is asked to beat a price they cannot see). A first bid
 * (no reference yet) needs only the opening price, and a maximum step then counts from the
 * opening. Percent steps are exact, as the server compares them:
 * reverse `price × 10 000 ≤ reference × (10 000 − bps)`, forward `≥ reference × (10 000 + bps)`.
 */
export interface BidRule {
  direction: AuctionDirection;
  visibility: AuctionVisibility;
  openingPrice: string;
  minStep: Step;
  maxStep: Step | null;
}

/** What the bidder knows of the standings: the best price (when visible) and its own best. */
export interface BidStanding {
  bestPrice: string | null;
  myBestPrice: string | null;
}

export type BidProblem = 'required' | 'format' | 'zero' | 'beyondOpening' | 'stepTooSmall' | 'stepTooLarge';

/** The price the next bid must improve on, or null for a first bid. */
export function bidReference(rule: Pick<BidRule, 'visibility'>, standing: BidStanding): string | null {
  return rule.visibility === 'best_price' ? standing.bestPrice : standing.myBestPrice;
}

const BPS = 10_000;
const sign = (direction: AuctionDirection) => (direction === 'reverse' ? -1 : 1);

/** `reference` moved by `step` in the owner's favour (reverse down, forward up), exactly. */
function moved(direction: AuctionDirection, reference: Dec, step: Step): Dec {
  if (step.kind === 'absolute') return reference.plus(new Dec(step.amount).times(sign(direction)));
  return reference.times(BPS + sign(direction) * step.bps).dividedBy(BPS);
}

/** Rounded to a whole tick towards the inside of a range: `down` for a ceiling, up for a floor. */
const toTick = (d: Dec, down: boolean) => d.toDecimalPlaces(4, down ? Dec.ROUND_FLOOR : Dec.ROUND_CEIL);

/**
 * The range of valid prices for the next bid, as prices of 4 places: `nearest` is the valid
 * price closest to the reference (the highest a reverse bid may be, the lowest a forward bid
 * may be — "at most ¥x" / "at least ¥x"); `farthest` the other end, set by the maximum step
 * and by zero (null: a forward auction without a maximum step has no upper end but the API's
 * largest price). `empty` when no price satisfies both (a percent step on a tiny price).
 */
export interface BidRange {
  reference: string | null;
  nearest: string;
  farthest: string | null;
  empty: boolean;
}

export function bidRange(rule: BidRule, reference: string | null): BidRange {
  const reverse = rule.direction === 'reverse';
  const opening = new Dec(rule.openingPrice);
  const ref = reference === null ? null : new Dec(reference);
  // nearest: the opening for a first bid, else the reference moved by the minimum step
  let nearest = ref === null ? opening : toTick(moved(rule.direction, ref, rule.minStep), reverse);
  nearest = reverse ? Dec.min(nearest, opening) : Dec.max(nearest, opening);
  // farthest: the maximum step from the reference (or the opening), never below one tick
  let farthest: Dec | null = null;
  if (rule.maxStep !== null) {
    farthest = toTick(moved(rule.direction, ref ?? opening, rule.maxStep), !reverse);
  }
  if (reverse) farthest = Dec.max(farthest ?? PRICE_TICK, PRICE_TICK);
  else if (farthest !== null) farthest = Dec.min(farthest, MAX_PRICE);
  const upper = reverse ? nearest : (farthest ?? MAX_PRICE);
  const lower = reverse ? (farthest ?? PRICE_TICK) : nearest;
  return {
    reference,
    nearest: priceText(nearest),
    farthest: farthest === null ? null : priceText(farthest),
    empty: lower.greaterThan(upper) || upper.lessThan(PRICE_TICK),
  };
}

/** Why `price` would be refused against `reference`, or null when the rule takes it. */
export function bidProblem(
  price: string | undefined | null,
  rule: BidRule,
  reference: string | null,
): BidProblem | null {
  const s = (price ?? '').trim();
  if (!s) return 'required';
  if (!PRICE.test(s)) return 'format';
  const p = new Dec(s);
  if (p.isZero()) return 'zero';
  const reverse = rule.direction === 'reverse';
  const worse = (a: Dec, b: Dec) => (reverse ? a.greaterThan(b) : a.lessThan(b));
  const opening = new Dec(rule.openingPrice);
  if (worse(p, opening)) return 'beyondOpening';
  const ref = reference === null ? null : new Dec(reference);
  if (ref !== null && worse(p, moved(rule.direction, ref, rule.minStep))) return 'stepTooSmall';
  if (rule.maxStep !== null) {
    const limit = moved(rule.direction, ref ?? opening, rule.maxStep);
    if (worse(limit, p)) return 'stepTooLarge';
  }
  return null;
}

/** The valid price closest to the reference (what "at most ¥x" shows), or null when there is none. */
export function nextValidPrice(rule: BidRule, reference: string | null): string | null {
  const range = bidRange(rule, reference);
  return range.empty ? null : range.nearest;
}
