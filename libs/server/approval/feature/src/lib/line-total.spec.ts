import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineTotalMinor } from './requisition.service';

/** The exact rule in integers: quantity n/1000 × price, half-up to the fen. */
const exact = (thousandths: bigint, price: bigint) => (thousandths * price * 2n + 1000n) / 2000n;

describe('requisition line totals', () => {
  it('rounds half up to the fen', () => {
    expect(lineTotalMinor('1.5', 3n)).toBe(5n); // 4.5 → 5
    expect(lineTotalMinor('0.001', 499n)).toBe(0n); // 0.499 → 0
    expect(lineTotalMinor('0.001', 500n)).toBe(1n); // 0.5 → 1
    expect(lineTotalMinor('25', 600_000n)).toBe(15_000_000n);
  });

  it('equals the integer computation for every quantity and price the contract accepts', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 9_999_999_999_999n }), // up to 10 integer digits and 3 decimals
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        (thousandths, price) => {
          const text = `${thousandths / 1000n}.${String(thousandths % 1000n).padStart(3, '0')}`;
          expect(lineTotalMinor(text, price)).toBe(exact(thousandths, price));
        },
      ),
    );
  });
});
