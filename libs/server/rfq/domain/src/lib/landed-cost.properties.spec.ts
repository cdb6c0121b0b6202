import { formatDecimal, parseDecimal } from '@tradeway/server/pricing/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { landedCost, landedUnitFraction } from './landed-cost';
import { ctxArb, lineArb, quantityArb, termArb } from './testing/arbitraries';

/** Property-based tests of the landed cost on random lines, quantities, terms and buyers. */

const RUNS = { numRuns: 500 };

const thousandths = (q: string): bigint => {
  const v = parseDecimal(q, 3);
  if (v === null) throw new Error(`not a quantity: ${q}`);
  return v;
};

describe('landed cost properties', () => {
  it('the total is the sum of its parts, each within half a fen of the exact amount', () => {
    fc.assert(
      fc.property(lineArb, quantityArb, termArb, ctxArb, (line, quantity, term, ctx) => {
        const c = landedCost(line, quantity, term, ctx);
        expect(c.totalMinor).toBe(c.goodsMinor + c.freightMinor + c.financingMinor + c.taxMinor);
        const q = thousandths(quantity);
        const price = parseDecimal(line.unitPrice, 4) ?? 0n;
        // |goods − P × Q| ≤ ½ fen, in units of 10^-7 ¥ (10^5 per fen)
        const goodsError = c.goodsMinor * 100_000n - price * q;
        expect(goodsError <= 50_000n && goodsError >= -50_000n).toBe(true);
        // the whole total is within 2 fen of the exact landed cost
        const { numerator, denominator } = landedUnitFraction({ ...line, paymentTerm: term }, ctx);
        const exactScaled = numerator * q; // fen × 10 × denominator
        const diff = c.totalMinor * 10n * denominator - exactScaled;
        const bound = 2n * 10n * denominator;
        expect(diff <= bound && diff >= -bound).toBe(true);
        expect(c.goodsMinor >= 0n && c.freightMinor >= 0n && c.taxMinor >= 0n).toBe(true);
      }),
      RUNS,
    );
  });

  it('cash never costs more than prepayment, never less than net60; longer credit never costs more', () => {
    fc.assert(
      fc.property(lineArb, quantityArb, ctxArb, (line, quantity, ctx) => {
        const total = (term: 'prepayment' | 'cash' | 'net30' | 'net60' | 'net90') =>
          landedCost(line, quantity, term, ctx).totalMinor;
        const [prepayment, cash, net30, net60, net90] = [
          total('prepayment'),
          total('cash'),
          total('net30'),
          total('net60'),
          total('net90'),
        ];
        expect(cash <= prepayment).toBe(true);
        expect(cash >= net60).toBe(true);
        expect(net90 <= net60 && net60 <= net30 && net30 <= cash).toBe(true);
      }),
      RUNS,
    );
  });

  it('the total does not fall as the quantity grows, beyond the separate roundings', () => {
    let checkedStrictly = 0;
    fc.assert(
      fc.property(
        lineArb,
        quantityArb,
        fc.integer({ min: 1, max: 1_000_000 }),
        termArb,
        ctxArb,
        (line, quantity, more, term, ctx) => {
          const q1 = thousandths(quantity);
          const q2 = q1 + BigInt(more);
          const q2Text = formatDecimal(q2, 3);
          const t1 = landedCost(line, quantity, term, ctx).totalMinor;
          const t2 = landedCost(line, q2Text, term, ctx).totalMinor;
          // four parts each rounded by at most ½ fen: never more than 3 fen down
          expect(t2 >= t1 - 3n).toBe(true);
          // and never down at all once the exact total grows by 4 fen or more
          const { numerator, denominator } = landedUnitFraction({ ...line, paymentTerm: term }, ctx);
          if (numerator * BigInt(more) >= 40n * denominator) {
            checkedStrictly += 1;
            expect(t2 >= t1).toBe(true);
          }
        },
      ),
      RUNS,
    );
    expect(checkedStrictly).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('a buyer who cannot recover VAT never pays less than one who can', () => {
    fc.assert(
      fc.property(lineArb, quantityArb, termArb, ctxArb, (line, quantity, term, ctx) => {
        const recoverable = landedCost(line, quantity, term, { ...ctx, vatRecoverable: true });
        const not = landedCost(line, quantity, term, { ...ctx, vatRecoverable: false });
        expect(not.totalMinor >= recoverable.totalMinor).toBe(true);
        expect(not.totalMinor - recoverable.totalMinor).toBe(not.taxMinor);
      }),
      RUNS,
    );
  });

  it('the landed unit is the total per unit to 4 places', () => {
    fc.assert(
      fc.property(lineArb, quantityArb, termArb, ctxArb, (line, quantity, term, ctx) => {
        const c = landedCost(line, quantity, term, ctx);
        const unit = parseDecimal(c.landedUnit, 4);
        if (unit === null) throw new Error(`not a price: ${c.landedUnit}`);
        const q = thousandths(quantity);
        // |unit × q − total × 10^5| ≤ q ÷ 2 (units of 10^-7 ¥)
        const error = unit * q - c.totalMinor * 100_000n;
        expect(2n * error <= q && -2n * error <= q).toBe(true);
      }),
      RUNS,
    );
  });
});
