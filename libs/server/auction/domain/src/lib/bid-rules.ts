import { formatDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';
import type { AUCTION_STATUSES } from '@tradeway/shared/contracts';
import { auctionError, type AuctionError, type BidRejectionCode } from './auction.errors';

/**
 * Bid acceptance of DESIGN.md §6, one engine for both directions, as a pure function of the
 * auction's rules, its live state and one bid attempt. The service runs it inside one
 * transaction per auction (the auction row locked), so bids are judged one at a time in the
 * order of their sequence numbers; replaying the recorded attempts through `judgeBid` from the
 * opening state gives the same outcomes (bid-replay.ts).
 *
 * Prices are `bigint`s scaled by 10^4 (4 decimal places, the pricing domain's PRICE_PLACES):
 * the price per unit of the lot. Times are server receive times.
 *
 * An attempt is judged in this order, the first failure being its recorded reason:
 * 1. the auction takes bids: its status is `scheduled` or `running` (a start job that has not
 *    run yet does not hold bidders back) and startsAt ≤ receivedAt, else
 *    BID_AUCTION_NOT_RUNNING; receivedAt < the current end, else BID_AUCTION_ENDED (the
 *    server refuses late bids by itself, whether or not the close job has run);
 * 2. the bidder is invited (BID_BIDDER_NOT_INVITED) and not suspended (BID_BIDDER_SUSPENDED);
 * 3. the price is > 0 (BID_PRICE_INVALID) and not worse than the opening price, the ceiling of
 *    a reverse auction and the floor of a forward one (BID_BEYOND_OPENING);
 * 4. the price improves on the reference by at least the minimum step (BID_STEP_TOO_SMALL) and
 *    at most the maximum step when there is one (BID_STEP_TOO_LARGE). The reference is the
 *    best accepted price when bidders can see it (`best_price`), else the bidder's own best
 *    accepted price (`rank_only` and `sealed`: no one can be asked to beat a price they cannot
 *    see); the first bid against a reference-less auction needs no step, only the opening
 *    price, and a maximum step then counts from the opening price. A percentage step is
 *    exact: reverse price × 10 000 ≤ reference × (10 000 − bps), with no rounding.
 *
 * Every attempt gets the next sequence number (accepted or not: the log has no gaps). An
 * accepted bid becomes its bidder's best. Bidders rank by their best price (lowest first in a
 * reverse auction, highest in a forward one), equal prices by the earlier sequence number.
 *
 * Anti-sniping: a bid accepted when less than `windowMs` is left before the current end, whose
 * bidder then ranks at `triggerRank` or better (default 1: a new best bid), moves the end to
 * receivedAt + `extensionMs`, never past the hard stop, at most `maxExtensions` times (null:
 * unlimited); an extension that would not move the end later does not count.
 */

export const AUCTION_DIRECTIONS = ['reverse', 'forward'] as const;
export type AuctionDirection = (typeof AUCTION_DIRECTIONS)[number];

export const AUCTION_VISIBILITIES = ['rank_only', 'best_price', 'sealed'] as const;
export type AuctionVisibility = (typeof AUCTION_VISIBILITIES)[number];

/** A step as an amount of the price (scaled 10^4) or in basis points of the reference price. */
export type StepRule =
  { readonly kind: 'absolute'; readonly amount: bigint } | { readonly kind: 'percent'; readonly bps: number };

export interface AntiSniping {
  /** A bid accepted with less than this left before the end may extend it (default 5 min). */
  readonly windowMs: number;
  /** The new end is the bid's receive time plus this (default 5 min). */
  readonly extensionMs: number;
  /** At most this many extensions; null: unlimited (the hard stop still caps the end). */
  readonly maxExtensions: number | null;
  /** The end never moves past this; null: no hard stop. */
  readonly hardStopAt: Date | null;
  /** The rank a bid must reach to extend (1: a new best bid). */
  readonly triggerRank: number;
}

export const DEFAULT_SNIPING_WINDOW_MS = 5 * 60_000;
export const DEFAULT_EXTENSION_MS = 5 * 60_000;

export interface AuctionRules {
  readonly direction: AuctionDirection;
  readonly visibility: AuctionVisibility;
  /** The ceiling of a reverse auction, the floor of a forward one; > 0. */
  readonly openingPrice: bigint;
  readonly minStep: StepRule;
  readonly maxStep: StepRule | null;
  readonly startsAt: Date;
  /** The end as scheduled; the live end may be later (extensions). */
  readonly endsAt: Date;
  readonly sniping: AntiSniping;
  /** Hidden from bidders; only the result says whether it was met. */
  readonly reservePrice: bigint | null;
}

/** The contract's states (auction-states.ts has the lifecycle). */
export type AuctionStatus = (typeof AUCTION_STATUSES)[number];

export interface AcceptedBid {
  readonly seq: number;
  readonly bidderId: string;
  readonly price: bigint;
  readonly receivedAt: Date;
}

/** What acceptance needs to know of an auction now. Never mutated: judging returns the next state. */
export interface AuctionLiveState {
  readonly status: AuctionStatus;
  readonly currentEnd: Date;
  readonly extensions: number;
  /** The last sequence number given (0 before any attempt). */
  readonly lastSeq: number;
  /** Each bidder's best accepted bid. */
  readonly bestByBidder: ReadonlyMap<string, AcceptedBid>;
}

export type BidderStanding = 'invited' | 'not_invited' | 'suspended';

export interface BidAttempt {
  readonly bidderId: string;
  readonly price: bigint;
  readonly receivedAt: Date;
  readonly standing: BidderStanding;
}

export type BidOutcome =
  | {
      readonly accepted: true;
      readonly seq: number;
      readonly state: AuctionLiveState;
      /** The bidder's rank after the bid (1 = best). */
      readonly rank: number;
      /** Whether this bid moved the end (the new end is `state.currentEnd`). */
      readonly extended: boolean;
    }
  | {
      readonly accepted: false;
      readonly seq: number;
      readonly state: AuctionLiveState;
      readonly error: AuctionError<BidRejectionCode>;
    };

/** The state of an auction before any bid. */
export function openingState(rules: AuctionRules, status: AuctionStatus = 'scheduled'): AuctionLiveState {
  return { status, currentEnd: rules.endsAt, extensions: 0, lastSeq: 0, bestByBidder: new Map() };
}

const BPS = 10_000n;

/** Whether price `a` is better than `b` for the auction's owner. */
export function better(direction: AuctionDirection, a: bigint, b: bigint): boolean {
  return direction === 'reverse' ? a < b : a > b;
}

/** Orders two accepted bids: better price first, then the earlier sequence number. */
export function compareBids(direction: AuctionDirection, a: AcceptedBid, b: AcceptedBid): number {
  if (a.price !== b.price) return better(direction, a.price, b.price) ? -1 : 1;
  return a.seq - b.seq;
}

/** Each bidder's best bid, best first: the ranking (rank = index + 1). */
export function ranking(direction: AuctionDirection, state: AuctionLiveState): AcceptedBid[] {
  return [...state.bestByBidder.values()].sort((a, b) => compareBids(direction, a, b));
}

/** The best accepted bid, or null before any. */
export function bestBid(direction: AuctionDirection, state: AuctionLiveState): AcceptedBid | null {
  let best: AcceptedBid | null = null;
  for (const bid of state.bestByBidder.values()) {
    if (best === null || compareBids(direction, bid, best) < 0) best = bid;
  }
  return best;
}

/** A bidder's rank (1 = best), or null without an accepted bid. */
export function rankOf(
  direction: AuctionDirection,
  state: AuctionLiveState,
  bidderId: string,
): number | null {
  const mine = state.bestByBidder.get(bidderId);
  if (!mine) return null;
  let rank = 1;
  for (const bid of state.bestByBidder.values()) if (compareBids(direction, bid, mine) < 0) rank += 1;
  return rank;
}

/** The price a bid may be no worse than (`minimum`) or no better than (`maximum`), as a fraction. */
interface Bound {
  /** price × den compared with num */
  readonly num: bigint;
  readonly den: bigint;
}

/** reference moved by a step in the owner's favour: reverse down, forward up. */
function moved(direction: AuctionDirection, reference: bigint, step: StepRule): Bound {
  const sign = direction === 'reverse' ? -1n : 1n;
  if (step.kind === 'absolute') return { num: reference + sign * step.amount, den: 1n };
  return { num: reference * (BPS + sign * BigInt(step.bps)), den: BPS };
}

/** Whether `price` is at least as good as the bound for the owner. */
function atLeast(direction: AuctionDirection, price: bigint, bound: Bound): boolean {
  const p = price * bound.den;
  return direction === 'reverse' ? p <= bound.num : p >= bound.num;
}

/** A bound as a price for messages: rounded towards the side a bidder can bid (4 places). */
function boundText(direction: AuctionDirection, bound: Bound): string {
  const q = bound.num / bound.den;
  const exact = q * bound.den === bound.num;
  const value = exact
    ? q
    : direction === 'reverse'
      ? bound.num < 0n
        ? q - 1n
        : q
      : bound.num < 0n
        ? q
        : q + 1n;
  return formatDecimal(value, PRICE_PLACES);
}

const price = (v: bigint) => formatDecimal(v, PRICE_PLACES);

function checkStep(
  rules: AuctionRules,
  state: AuctionLiveState,
  attempt: BidAttempt,
): AuctionError<BidRejectionCode> | null {
  const { direction } = rules;
  if (attempt.price <= 0n) return auctionError('BID_PRICE_INVALID', { field: 'price' });
  if (better(direction, rules.openingPrice, attempt.price)) {
    return auctionError('BID_BEYOND_OPENING', {
      field: 'price',
      params: { openingPrice: price(rules.openingPrice) },
    });
  }
  const reference =
    rules.visibility === 'best_price'
      ? (bestBid(direction, state)?.price ?? null)
      : (state.bestByBidder.get(attempt.bidderId)?.price ?? null);
  if (reference !== null) {
    const limit = moved(direction, reference, rules.minStep);
    if (!atLeast(direction, attempt.price, limit)) {
      return auctionError('BID_STEP_TOO_SMALL', {
        field: 'price',
        params: { limit: boundText(direction, limit), reference: price(reference) },
      });
    }
  }
  if (rules.maxStep !== null) {
    const from = reference ?? rules.openingPrice;
    const limit = moved(direction, from, rules.maxStep);
    // too large: strictly better than the reference moved by the maximum step
    if (atLeast(direction, attempt.price, limit) && attempt.price * limit.den !== limit.num) {
      return auctionError('BID_STEP_TOO_LARGE', {
        field: 'price',
        params: {
          limit: boundText(direction === 'reverse' ? 'forward' : 'reverse', limit),
          reference: price(from),
        },
      });
    }
  }
  return null;
}

/** Judges one bid attempt against the auction's rules and live state. */
export function judgeBid(rules: AuctionRules, state: AuctionLiveState, attempt: BidAttempt): BidOutcome {
  const seq = state.lastSeq + 1;
  const numbered: AuctionLiveState = { ...state, lastSeq: seq };
  const refuse = (error: AuctionError<BidRejectionCode>): BidOutcome => ({
    accepted: false,
    seq,
    state: numbered,
    error,
  });
  const at = attempt.receivedAt.getTime();
  if ((state.status !== 'scheduled' && state.status !== 'running') || at < rules.startsAt.getTime()) {
    return refuse(
      auctionError('BID_AUCTION_NOT_RUNNING', { params: { startsAt: rules.startsAt.toISOString() } }),
    );
  }
  if (at >= state.currentEnd.getTime()) {
    return refuse(auctionError('BID_AUCTION_ENDED', { params: { endsAt: state.currentEnd.toISOString() } }));
  }
  if (attempt.standing === 'not_invited') return refuse(auctionError('BID_BIDDER_NOT_INVITED'));
  if (attempt.standing === 'suspended') return refuse(auctionError('BID_BIDDER_SUSPENDED'));
  const refused = checkStep(rules, state, attempt);
  if (refused) return refuse(refused);

  const bid: AcceptedBid = {
    seq,
    bidderId: attempt.bidderId,
    price: attempt.price,
    receivedAt: attempt.receivedAt,
  };
  const bestByBidder = new Map(state.bestByBidder);
  bestByBidder.set(attempt.bidderId, bid);
  let next: AuctionLiveState = { ...numbered, status: 'running', bestByBidder };
  const rank = rankOf(rules.direction, next, attempt.bidderId) ?? 1;

  const { sniping } = rules;
  let extended = false;
  const inWindow = at >= state.currentEnd.getTime() - sniping.windowMs;
  const allowed = sniping.maxExtensions === null || state.extensions < sniping.maxExtensions;
  if (inWindow && rank <= sniping.triggerRank && allowed) {
    let end = at + sniping.extensionMs;
    if (sniping.hardStopAt !== null) end = Math.min(end, sniping.hardStopAt.getTime());
    if (end > state.currentEnd.getTime()) {
      next = { ...next, currentEnd: new Date(end), extensions: state.extensions + 1 };
      extended = true;
    }
  }
  return { accepted: true, seq, state: next, rank, extended };
}
