import { formatDecimal, type PaymentTerm } from '@tradeway/server/pricing/domain';
import fc from 'fast-check';
import type { LandedContext, LandedLine } from '../landed-cost';

/** fast-check generators shared by the property specs of this library. */

export const TERMS: readonly PaymentTerm[] = ['prepayment', 'cash', 'net30', 'net60', 'net90'];

/** A decimal string with `places` places from a scaled integer in [min, max]. */
const decimalArb = (min: bigint, max: bigint, places: number) =>
  fc.bigInt({ min, max }).map((v) => formatDecimal(v, places));

/** Unit prices 0.0001 … 1 000 000, mostly realistic (1 … 20 000). */
export const priceArb = fc.oneof(
  decimalArb(10_000n, 200_000_000n, 4),
  decimalArb(1n, 10_000_000_000n, 4),
  fc.integer({ min: 1, max: 20_000 }).map(String),
);

/** Freight per unit: often none (a delivered price). */
export const freightArb = fc.oneof(fc.constant('0'), decimalArb(0n, 5_000_000n, 4));

/** Quantities 0.001 … 1 000 000, with 0 to 3 places. */
export const quantityArb = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }).map(String),
  decimalArb(1n, 1_000_000_000n, 3),
);

export const taxArb = fc.oneof(fc.constantFrom(0, 300, 600, 900, 1300), fc.integer({ min: 0, max: 10_000 }));

export const termArb = fc.constantFrom(...TERMS);

export const lineArb: fc.Arbitrary<LandedLine> = fc.record({
  unitPrice: priceArb,
  freightPerUnit: freightArb,
  taxRateBps: taxArb,
});

export const ctxArb: fc.Arbitrary<LandedContext> = fc.record(
  {
    costOfCapitalBps: fc.oneof(fc.constantFrom(0, 300, 600, 800), fc.integer({ min: 0, max: 10_000 })),
    vatRecoverable: fc.boolean(),
    prepaymentDays: fc.integer({ min: 0, max: 365 }),
  },
  { requiredKeys: ['costOfCapitalBps', 'vatRecoverable'] },
);
