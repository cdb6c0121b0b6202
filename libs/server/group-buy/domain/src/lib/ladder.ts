import { ok, type Result } from '@tradeway/shared/kernel';
import { AMOUNT_DIVISOR, BPS_SCALE, mulDivRoundHalfUp } from '@tradeway/server/pricing/domain';
import { groupBuyFailure, type GroupBuyError } from './group-buy.errors';

/**
 * A campaign's price ladder by total pooled quantity (DESIGN.md §7): from `minQuantity` pooled
 * (inclusive), every participant pays `unitPrice` for every unit — the tier the *total* reached,
 * not each buyer's own quantity. Quantities are scaled 10^3, prices 10^4 (pricing/domain's
 * fixed point).
 */
export interface Tier {
  readonly minQuantity: bigint;
  readonly unitPrice: bigint;
}

/** A usable ladder: from 0, ascending starts, positive prices that never rise. */
export function checkLadder(ladder: readonly Tier[]): Result<readonly Tier[], GroupBuyError> {
  const first = ladder[0];
  if (!first || first.minQuantity !== 0n) {
    return groupBuyFailure('CAMPAIGN_LADDER_FIRST_NOT_ZERO', { field: 'ladder.0.minQuantity' });
  }
  for (let i = 0; i < ladder.length; i++) {
    const tier = ladder[i] as Tier;
    if (tier.unitPrice <= 0n)
      return groupBuyFailure('CAMPAIGN_PRICE_ZERO', { field: `ladder.${i}.unitPrice` });
    const before = ladder[i - 1];
    if (!before) continue;
    if (tier.minQuantity <= before.minQuantity) {
      return groupBuyFailure('CAMPAIGN_LADDER_NOT_ASCENDING', { field: `ladder.${i}.minQuantity` });
    }
    if (tier.unitPrice > before.unitPrice) {
      return groupBuyFailure('CAMPAIGN_LADDER_PRICE_RISES', {
        field: `ladder.${i}.unitPrice`,
        params: { tier: String(i + 1) },
      });
    }
  }
  return ok(ladder);
}

/** The index of the tier a total reached (the last whose start it reaches). */
export function tierIndexAt(ladder: readonly Tier[], total: bigint): number {
  let index = 0;
  for (let i = 1; i < ladder.length; i++) if (total >= (ladder[i] as Tier).minQuantity) index = i;
  return index;
}

/** The unit price every participant pays at this total. */
export function priceAt(ladder: readonly Tier[], total: bigint): bigint {
  return (ladder[tierIndexAt(ladder, total)] as Tier).unitPrice;
}

export interface LadderProgress {
  readonly tierIndex: number;
  readonly currentPrice: bigint;
  /** The next tier and how much more pooled quantity reaches it; null at the last tier. */
  readonly nextTier: {
    readonly unitPrice: bigint;
    readonly minQuantity: bigint;
    readonly needed: bigint;
  } | null;
  /** How much more may be committed; null without a maximum. */
  readonly room: bigint | null;
  /** 0–10 000: how much of the minimum for success the total reached. */
  readonly minReachedBps: number;
}

export function ladderProgress(
  ladder: readonly Tier[],
  total: bigint,
  minTotal: bigint,
  maxTotal: bigint | null,
): LadderProgress {
  const tierIndex = tierIndexAt(ladder, total);
  const next = ladder[tierIndex + 1];
  const reached = minTotal <= 0n ? BPS_SCALE : (total * BPS_SCALE) / minTotal;
  return {
    tierIndex,
    currentPrice: (ladder[tierIndex] as Tier).unitPrice,
    nextTier: next
      ? { unitPrice: next.unitPrice, minQuantity: next.minQuantity, needed: next.minQuantity - total }
      : null,
    room: maxTotal === null ? null : maxTotal - total > 0n ? maxTotal - total : 0n,
    minReachedBps: Number(reached > BPS_SCALE ? BPS_SCALE : reached),
  };
}

/**
 * The deposit of a commitment, in minor units: `depositBps` of the quantity at the first tier's
 * price (the most a participant can pay), rounded half-up to the minor unit — so the deposit
 * never depends on how the pool moves and never needs topping up when the tier falls.
 */
export function depositFor(ladder: readonly Tier[], quantity: bigint, depositBps: number): bigint {
  const firstPrice = (ladder[0] as Tier).unitPrice;
  return mulDivRoundHalfUp(quantity * firstPrice, BigInt(depositBps), AMOUNT_DIVISOR * BPS_SCALE);
}
