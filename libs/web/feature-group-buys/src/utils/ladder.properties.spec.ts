import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depositMinor, ladderProblems, nextTierAt, priceAt, type Tier, tierIndexAt } from './ladder';

/**
 * Properties of the portal's ladder and deposit against an oracle written as the server writes
 * them (libs/server/group-buy/domain ladder.ts, pricing/domain decimal.ts): quantities scaled by
 * 10³ and prices by 10⁴ as bigints, the deposit `mulDivRoundHalfUp(q × p, bps, 10⁵ × 10⁴)` — so the
 * join panel shows exactly the deposit the server will hold and the tier it will price at.
 */
const Q = 1_000n;
const P = 10_000n;
const BPS = 10_000n;
const AMOUNT_DIVISOR = 100_000n;

const scaled = (text: string, scale: bigint) => {
  const places = scale.toString().length - 1;
  const [whole, fraction = ''] = text.split('.');
  return BigInt(`${whole}${fraction.padEnd(places, '0')}`);
};
const text = (v: bigint, scale: bigint) => {
  const places = scale.toString().length - 1;
  const s = v.toString().padStart(places + 1, '0');
  return `${s.slice(0, -places)}.${s.slice(-places)}`;
};

/** The server's rounding: a × b / divisor, half away from zero. */
function mulDivRoundHalfUp(a: bigint, b: bigint, divisor: bigint): bigint {
  const n = a * b;
  const q = n / divisor;
  const r = n - q * divisor;
  if (r === 0n) return q;
  return r * 2n >= divisor ? q + 1n : q;
}
type ServerTier = { minQuantity: bigint; unitPrice: bigint };
const serverTierIndex = (ladder: ServerTier[], total: bigint) => {
  let index = 0;
  for (let i = 1; i < ladder.length; i++) if (total >= (ladder[i] as ServerTier).minQuantity) index = i;
  return index;
};
const serverDeposit = (ladder: ServerTier[], quantity: bigint, bps: number) =>
  mulDivRoundHalfUp(quantity * (ladder[0] as ServerTier).unitPrice, BigInt(bps), AMOUNT_DIVISOR * BPS);

/** A usable ladder as the server takes it: from 0, ascending starts, prices that never rise. */
const ladderArb = fc
  .record({
    first: fc.bigInt({ min: 1n, max: 99_999_999_999_9999n }),
    steps: fc.array(
      fc.record({ gap: fc.bigInt({ min: 1n, max: 10_000_000n }), cut: fc.integer({ min: 0, max: 3000 }) }),
      { maxLength: 9 },
    ),
  })
  .map(({ first, steps }) => {
    const ladder: ServerTier[] = [{ minQuantity: 0n, unitPrice: first }];
    for (const s of steps) {
      const before = ladder.at(-1) as ServerTier;
      const price = before.unitPrice - (before.unitPrice * BigInt(s.cut)) / BPS;
      ladder.push({ minQuantity: before.minQuantity + s.gap, unitPrice: price > 0n ? price : 1n });
    }
    return ladder;
  });
const asText = (ladder: ServerTier[]): Tier[] =>
  ladder.map((t) => ({ minQuantity: text(t.minQuantity, Q), unitPrice: text(t.unitPrice, P) }));
const quantityArb = fc.bigInt({ min: 0n, max: 999_999_999_999_999n });

describe('the portal’s ladder and the server’s', () => {
  it('is a ladder the portal’s editor takes', () => {
    fc.assert(
      fc.property(ladderArb, (ladder) => {
        expect(ladderProblems(asText(ladder))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('prices any total at the same tier', () => {
    fc.assert(
      fc.property(ladderArb, quantityArb, (ladder, total) => {
        const tiers = asText(ladder);
        const index = serverTierIndex(ladder, total);
        expect(tierIndexAt(tiers, text(total, Q))).toBe(index);
        expect(scaled(priceAt(tiers, text(total, Q)), P)).toBe((ladder[index] as ServerTier).unitPrice);
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees at every tier boundary, one thousandth either side', () => {
    fc.assert(
      fc.property(ladderArb, fc.integer({ min: -1, max: 1 }), (ladder, delta) => {
        const tiers = asText(ladder);
        for (const t of ladder) {
          const total = t.minQuantity + BigInt(delta);
          if (total < 0n) continue;
          expect(tierIndexAt(tiers, text(total, Q))).toBe(serverTierIndex(ladder, total));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never raises the price when the total grows', () => {
    fc.assert(
      fc.property(ladderArb, quantityArb, quantityArb, (ladder, a, b) => {
        const tiers = asText(ladder);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(scaled(priceAt(tiers, text(high, Q)), P) <= scaled(priceAt(tiers, text(low, Q)), P)).toBe(
          true,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('names what the next tier needs so that adding it lands exactly on it', () => {
    fc.assert(
      fc.property(ladderArb, quantityArb, (ladder, total) => {
        const tiers = asText(ladder);
        const next = nextTierAt(tiers, text(total, Q));
        const index = serverTierIndex(ladder, total);
        if (index === ladder.length - 1) {
          expect(next).toBeNull();
          return;
        }
        const reached = total + scaled(next?.needed ?? '0', Q);
        expect(reached).toBe((ladder[index + 1] as ServerTier).minQuantity);
        expect(serverTierIndex(ladder, reached)).toBe(index + 1);
        expect(serverTierIndex(ladder, reached - 1n)).toBe(index);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the deposit the join panel shows', () => {
  it('is the deposit the server holds, to the fen', () => {
    fc.assert(
      fc.property(ladderArb, quantityArb, fc.integer({ min: 0, max: 10_000 }), (ladder, quantity, bps) => {
        const shown = depositMinor(asText(ladder), text(quantity, Q), bps);
        expect(shown).toBe(serverDeposit(ladder, quantity, bps).toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees where the rounding shows: half a fen either way', () => {
    // prices of a few ten-thousandths and quantities of a few thousandths land on every remainder
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 99_999n }),
        fc.bigInt({ min: 1n, max: 99_999n }),
        fc.integer({ min: 1, max: 10_000 }),
        (price, quantity, bps) => {
          const ladder = [{ minQuantity: 0n, unitPrice: price }];
          expect(depositMinor(asText(ladder), text(quantity, Q), bps)).toBe(
            serverDeposit(ladder, quantity, bps).toString(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never falls when the commitment grows', () => {
    fc.assert(
      fc.property(
        ladderArb,
        quantityArb,
        quantityArb,
        fc.integer({ min: 0, max: 10_000 }),
        (ladder, a, b, bps) => {
          const tiers = asText(ladder);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const d = (q: bigint) => BigInt(depositMinor(tiers, text(q, Q), bps) ?? '0');
          expect(d(high) >= d(low)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
