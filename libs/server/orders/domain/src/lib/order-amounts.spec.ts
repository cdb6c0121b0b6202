import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderAmounts } from './order-amounts';

describe('orderAmounts', () => {
  it('rounds each line half-up to the fen, tax on the rounded net', () => {
    // 20 t at 5 880.5 yuan = 117 610.00; 13 % VAT = 15 289.30
    // 0.333 t at 1.0005 = 0.3331665 → 0.33; tax 9 % of 0.33 = 0.0297 → 0.03
    const a = orderAmounts([
      { unitPrice: '5880.5', quantity: '20', taxRateBps: 1300 },
      { unitPrice: '1.0005', quantity: '0.333', taxRateBps: 900 },
    ]);
    expect(a.lines).toEqual([
      {
        unitPrice: '5880.5',
        quantity: '20',
        taxRateBps: 1300,
        netMinor: 11_761_000n,
        taxMinor: 1_528_930n,
        totalMinor: 13_289_930n,
      },
      {
        unitPrice: '1.0005',
        quantity: '0.333',
        taxRateBps: 900,
        netMinor: 33n,
        taxMinor: 3n,
        totalMinor: 36n,
      },
    ]);
    expect(a).toMatchObject({ netMinor: 11_761_033n, taxMinor: 1_528_933n, totalMinor: 13_289_966n });
  });

  it('refuses malformed lines', () => {
    expect(() => orderAmounts([{ unitPrice: '0', quantity: '1', taxRateBps: 0 }])).toThrow(RangeError);
    expect(() => orderAmounts([{ unitPrice: '1', quantity: '1.0001', taxRateBps: 0 }])).toThrow(RangeError);
    expect(() => orderAmounts([{ unitPrice: '1', quantity: '1', taxRateBps: 10_001 }])).toThrow(RangeError);
  });

  it('totals are the sums of the lines, each line net + tax, tax within half a fen of net × rate', () => {
    const line = fc.record({
      price: fc.bigInt({ min: 1n, max: 10n ** 10n }),
      quantity: fc.bigInt({ min: 1n, max: 10n ** 9n }),
      taxRateBps: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (ls) => {
        const text = (v: bigint, places: number) =>
          `${v / 10n ** BigInt(places)}.${(v % 10n ** BigInt(places)).toString().padStart(places, '0')}`;
        const a = orderAmounts(
          ls.map((l) => ({
            unitPrice: text(l.price, 4),
            quantity: text(l.quantity, 3),
            taxRateBps: l.taxRateBps,
          })),
        );
        expect(a.netMinor).toBe(a.lines.reduce((s, l) => s + l.netMinor, 0n));
        expect(a.taxMinor).toBe(a.lines.reduce((s, l) => s + l.taxMinor, 0n));
        expect(a.totalMinor).toBe(a.netMinor + a.taxMinor);
        a.lines.forEach((l, i) => {
          const { price, quantity, taxRateBps } = ls[i] as (typeof ls)[number];
          expect(l.totalMinor).toBe(l.netMinor + l.taxMinor);
          // |net × 10^5 − price × quantity| ≤ half of 10^5
          expect(2n * (l.netMinor * 100_000n - price * quantity)).toBeLessThanOrEqual(100_000n);
          expect(2n * (price * quantity - l.netMinor * 100_000n)).toBeLessThan(100_000n);
          expect(2n * (l.taxMinor * 10_000n - l.netMinor * BigInt(taxRateBps))).toBeLessThanOrEqual(10_000n);
          expect(l.taxMinor).toBeGreaterThanOrEqual(0n);
        });
      }),
    );
  });
});
