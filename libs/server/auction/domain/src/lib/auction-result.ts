import { AMOUNT_DIVISOR, BPS_SCALE, mulDivRoundHalfUp } from '@tradeway/server/pricing/domain';
import { bestBid, ranking, type AcceptedBid, type AuctionLiveState, type AuctionRules } from './bid-rules';

/** What the owner gained against a reference price: per unit, over the lot, and in basis points. */
export interface Savings {
  /** Per unit, scaled 10^4; negative when the auction did worse than the reference. */
  readonly perUnit: bigint;
  /** Over the lot's quantity, in minor units (half-up). */
  readonly totalMinor: bigint;
  /** Of the reference price, half-up. */
  readonly bps: bigint;
}

export interface AuctionResult {
  /** Each bidder's best bid, best first (rank = index + 1). */
  readonly ranking: AcceptedBid[];
  readonly best: AcceptedBid | null;
  /** Whether the best bid meets the hidden reserve; null when there is no reserve or no bid. */
  readonly reserveMet: boolean | null;
  /** Against the opening price. */
  readonly vsOpening: Savings | null;
  /** Against the owner's last purchase (or sale) price of the item, when known. */
  readonly vsLastPrice: Savings | null;
}

function savings(rules: AuctionRules, best: bigint, reference: bigint, quantity: bigint): Savings {
  // reverse: paying less is a saving; forward: selling for more is a gain
  const perUnit = rules.direction === 'reverse' ? reference - best : best - reference;
  return {
    perUnit,
    totalMinor: mulDivRoundHalfUp(perUnit, quantity, AMOUNT_DIVISOR),
    bps: reference === 0n ? 0n : mulDivRoundHalfUp(perUnit, BPS_SCALE, reference),
  };
}

/**
 * The result report of a closed auction (DESIGN.md §6): the ranking, whether the reserve was
 * met, and the savings against the opening price and the last price paid. `quantity` is the
 * lot's quantity scaled 10^3; `lastPrice` scaled 10^4.
 */
export function auctionResult(
  rules: AuctionRules,
  state: AuctionLiveState,
  quantity: bigint,
  lastPrice: bigint | null,
): AuctionResult {
  const best = bestBid(rules.direction, state);
  const reserveMet =
    best === null || rules.reservePrice === null
      ? null
      : rules.direction === 'reverse'
        ? best.price <= rules.reservePrice
        : best.price >= rules.reservePrice;
  return {
    ranking: ranking(rules.direction, state),
    best,
    reserveMet,
    vsOpening: best ? savings(rules, best.price, rules.openingPrice, quantity) : null,
    vsLastPrice: best && lastPrice !== null ? savings(rules, best.price, lastPrice, quantity) : null,
  };
}
