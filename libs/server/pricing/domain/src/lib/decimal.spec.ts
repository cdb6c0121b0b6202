import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMinor, mulDivRoundHalfUp, parseDecimal } from './decimal';

describe('parseDecimal', () => {
  it.each([
    ['0', 4, 0n],
    ['12', 4, 120_000n],
    ['12.5', 4, 125_000n],
    ['12.3456', 4, 123_456n],
    ['0.0001', 4, 1n],
    ['-0.0001', 4, -1n],
    ['-3.5', 3, -3_500n],
    ['007.10', 3, 7_100n],
    ['-0', 3, 0n],
    ['123456789012345678901234567890.123', 3, 123_456_789_012_345_678_901_234_567_890_123n],
    ['42', 0, 42n],
  ] as const)('%j at %i places → %s', (text, places, expected) => {
    expect(parseDecimal(text, places)).toBe(expected);
  });

  it.each([
    ['12.34567', 4],
    ['1.2345', 3],
    ['1.5', 0],
    ['1e3', 4],
    ['1E-2', 4],
    ['+1', 4],
    ['', 4],
    ['-', 4],
    ['.5', 4],
    ['5.', 4],
    ['-.5', 4],
    [' 1', 4],
    ['1 ', 4],
    ['1,000', 4],
    ['1_000', 4],
    ['0x10', 4],
    ['NaN', 4],
    ['Infinity', 4],
    ['1.2.3', 4],
    ['--1', 4],
    ['１２', 4], // full-width digits
  ] as const)('refuses %j at %i places', (text, places) => {
    expect(parseDecimal(text, places)).toBeNull();
  });

  it('round-trips with formatDecimal', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 6 }),
        (v, p) => {
          expect(parseDecimal(formatDecimal(v, p), p)).toBe(v);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formatDecimal', () => {
  it.each([
    [0n, 4, '0.0000'],
    [1n, 4, '0.0001'],
    [-1n, 4, '-0.0001'],
    [125_000n, 4, '12.5000'],
    [-5n, 3, '-0.005'],
    [1_000n, 3, '1.000'],
    [42n, 0, '42'],
    [-42n, 0, '-42'],
  ] as const)('%s at %i places → %j', (value, places, expected) => {
    expect(formatDecimal(value, places)).toBe(expected);
  });

  it('formats minor units as the currency unit', () => {
    expect(formatMinor(123_456n)).toBe('1234.56');
    expect(formatMinor(-5n)).toBe('-0.05');
  });
});

describe('mulDivRoundHalfUp', () => {
  it.each([
    [5n, 1n, 2n, 3n], // 2.5 → 3
    [-5n, 1n, 2n, -3n], // −2.5 → −3 (half away from zero)
    [5n, -1n, 2n, -3n],
    [5n, 1n, -2n, -3n],
    [-5n, 1n, -2n, 3n],
    [4n, 1n, 3n, 1n], // 1.33 → 1
    [-4n, 1n, 3n, -1n],
    [5n, 1n, 3n, 2n], // 1.67 → 2
    [-5n, 1n, 3n, -2n],
    [7n, 1n, 2n, 4n], // 3.5 → 4
    [3n, 1n, 2n, 2n], // 1.5 → 2
    [1n, 1n, 2n, 1n], // 0.5 → 1
    [-1n, 1n, 2n, -1n],
    [1n, 1n, 3n, 0n],
    [0n, 7n, 3n, 0n],
    [6n, 1n, 3n, 2n], // exact
    [-6n, 1n, 3n, -2n],
    // around the fen: 499.995 → 500, 499.9949 → 500, 499.4999 → 499, 499.5 → 500
    [4_999_950n, 1n, 10_000n, 500n],
    [4_999_949n, 1n, 10_000n, 500n],
    [4_994_999n, 1n, 10_000n, 499n],
    [4_995_000n, 1n, 10_000n, 500n],
  ] as const)('%s × %s ÷ %s → %s', (a, b, d, expected) => {
    expect(mulDivRoundHalfUp(a, b, d)).toBe(expected);
  });

  it('refuses a zero divisor', () => {
    expect(() => mulDivRoundHalfUp(1n, 1n, 0n)).toThrow(RangeError);
  });

  const big = fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n });
  const divisor = fc.bigInt({ min: 1n, max: 10n ** 12n });

  it('is within half a unit of the exact quotient, and a tie goes away from zero', () => {
    fc.assert(
      fc.property(big, big, divisor, fc.boolean(), (a, b, d, negDivisor) => {
        const dd = negDivisor ? -d : d;
        const r = mulDivRoundHalfUp(a, b, dd);
        // |r − a·b/dd| ≤ 1/2  ⇔  |r·dd − a·b| · 2 ≤ |dd|
        const diff = r * dd - a * b;
        expect((diff < 0n ? -diff : diff) * 2n <= d).toBe(true);
        // on a tie, |r| is the larger of the two candidates
        if ((diff < 0n ? -diff : diff) * 2n === d) {
          const exactSign = a * b * dd > 0n ? 1n : -1n;
          expect(r * exactSign > 0n).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is odd: rounding −x is −(rounding x)', () => {
    fc.assert(
      fc.property(big, big, divisor, (a, b, d) => {
        expect(mulDivRoundHalfUp(-a, b, d)).toBe(-mulDivRoundHalfUp(a, b, d));
      }),
      { numRuns: 500 },
    );
  });
});
