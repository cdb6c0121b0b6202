import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Step } from '../data/types';
import { type BidRule, bidProblem, bidRange, nextValidPrice } from './bid-rules';

/**
 * Properties of the console's bid rule against an oracle written as the server writes it
 * (libs/server/auction/domain bid-rules.ts: prices scaled by 10⁴ as bigints, percent steps
 * compared as `price × 10 000 ≤ reference × (10 000 − bps)`), so the console never refuses a
 * bid the server would take, nor lets pass one it would refuse.
 */
const SCALE = 10_000n;
const scaled = (text: string) => {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(`${whole}${fraction.padEnd(4, '0')}`);
};
const text = (v: bigint) => {
  const s = v.toString().padStart(5, '0');
  return `${s.slice(0, -4)}.${s.slice(-4)}`;
};
type Bound = { num: bigint; den: bigint };
const moved = (reverse: boolean, ref: bigint, step: Step): Bound => {
  const sign = reverse ? -1n : 1n;
  return step.kind === 'absolute'
    ? { num: ref + sign * scaled(step.amount), den: 1n }
    : { num: ref * (SCALE + sign * BigInt(step.bps)), den: SCALE };
};
const atLeast = (reverse: boolean, price: bigint, b: Bound) =>
  reverse ? price * b.den <= b.num : price * b.den >= b.num;

/** The server's acceptance of a price (the step part of `judgeBid`), as a yes or no. */
function serverTakes(rule: BidRule, price: bigint, reference: bigint | null): boolean {
  const reverse = rule.direction === 'reverse';
  const opening = scaled(rule.openingPrice);
  if (price <= 0n) return false;
  if (reverse ? opening < price : opening > price) return false;
  if (reference !== null && !atLeast(reverse, price, moved(reverse, reference, rule.minStep))) return false;
  if (rule.maxStep !== null) {
    const limit = moved(reverse, reference ?? opening, rule.maxStep);
    if (atLeast(reverse, price, limit) && price * limit.den !== limit.num) return false;
  }
  return true;
}

const priceArb = (min: bigint, max: bigint) => fc.bigInt({ min, max });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  priceArb(1n, 5_000_000n).map((v): Step => ({ kind: 'absolute', amount: text(v) })),
  fc.integer({ min: 1, max: 5000 }).map((bps): Step => ({ kind: 'percent', bps })),
);

/** An auction's rule and a reference on the right side of its opening (as accepted bids are). */
const caseArb = fc
  .record({
    direction: fc.constantFrom('reverse' as const, 'forward' as const),
    visibility: fc.constantFrom('rank_only' as const, 'best_price' as const, 'sealed' as const),
    opening: priceArb(1n, 99_999_999_999n),
    minStep: stepArb,
    maxStep: fc.option(stepArb, { nil: null }),
    referenceShare: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
  })
  .map(({ direction, visibility, opening, minStep, maxStep, referenceShare }) => {
    const rule: BidRule = { direction, visibility, openingPrice: text(opening), minStep, maxStep };
    // reverse: a reference at or below the opening; forward: at or above it
    const reference =
      referenceShare === null
        ? null
        : direction === 'reverse'
          ? (opening * BigInt(referenceShare)) / 10_000n || 1n
          : opening + (opening * BigInt(referenceShare)) / 10_000n;
    return { rule, reference };
  });

describe('the next valid price', () => {
  it('is a price the same rule takes, with at most 4 places, and the server takes it too', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, reference }) => {
        const ref = reference === null ? null : text(reference);
        const next = nextValidPrice(rule, ref);
        if (next === null) return;
        expect(next).toMatch(/^\d{1,12}(\.\d{1,4})?$/);
        expect(bidProblem(next, rule, ref)).toBeNull();
        expect(serverTakes(rule, scaled(next), reference)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is the best the bidder may offer: one tick closer to the reference is refused', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, reference }) => {
        const ref = reference === null ? null : text(reference);
        const next = nextValidPrice(rule, ref);
        if (next === null) return;
        const closer = scaled(next) + (rule.direction === 'reverse' ? 1n : -1n);
        expect(serverTakes(rule, closer, reference)).toBe(false);
        if (closer > 0n) expect(bidProblem(text(closer), rule, ref)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('is null only when the server would take no price between zero and the opening or beyond', () => {
    fc.assert(
      fc.property(caseArb, ({ rule, reference }) => {
        const ref = reference === null ? null : text(reference);
        const range = bidRange(rule, ref);
        if (!range.empty) return;
        // the whole candidate range around the bounds is refused
        const probe = [scaled(range.nearest), range.farthest === null ? 0n : scaled(range.farthest)];
        for (const p of probe) expect(serverTakes(rule, p, reference)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the console and the server agree on any price', () => {
  it('refuses exactly what the server refuses, to the last of the 4 places', () => {
    fc.assert(
      fc.property(caseArb, priceArb(1n, 999_999_999_999_9999n), ({ rule, reference }, price) => {
        const ref = reference === null ? null : text(reference);
        expect(bidProblem(text(price), rule, ref) === null).toBe(serverTakes(rule, price, reference));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees near the bounds, where rounding would show', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: -3, max: 3 }), ({ rule, reference }, delta) => {
        const ref = reference === null ? null : text(reference);
        const range = bidRange(rule, ref);
        for (const bound of [range.nearest, range.farthest]) {
          if (bound === null) continue;
          const price = scaled(bound) + BigInt(delta);
          if (price <= 0n || price > 999_999_999_999_9999n) continue;
          expect(bidProblem(text(price), rule, ref) === null).toBe(serverTakes(rule, price, reference));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
