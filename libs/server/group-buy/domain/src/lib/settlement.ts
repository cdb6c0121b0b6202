import { priceAt, type Tier } from './ladder';

export interface SettlementOutcome {
  /** The total reached the minimum at the deadline. */
  readonly succeeded: boolean;
  /** The unit price every participant pays: the tier the total reached. */
  readonly finalPrice: bigint;
  readonly total: bigint;
}

/**
 * The campaign's outcome at the deadline (DESIGN.md §7): success when the pooled total reached
 * the minimum, and then every participant pays the price of the tier the total reached — the
 * same price for all, whatever each committed.
 */
export function settlementOf(ladder: readonly Tier[], minTotal: bigint, total: bigint): SettlementOutcome {
  return { succeeded: total >= minTotal && total > 0n, finalPrice: priceAt(ladder, total), total };
}
