import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, allocate, CurrencyMismatchError, money, sumMoney, toDecimalString } from './money';

describe('money', () => {
  it('refuses unsafe numbers and bad currency codes', () => {
    expect(() => money(0.1, 'CNY')).toThrow(RangeError);
    expect(() => money(1, 'cny')).toThrow(RangeError);
  });

  it('refuses to add different currencies', () => {
    expect(() => addMoney(money(1, 'CNY'), money(1, 'USD'))).toThrow(CurrencyMismatchError);
  });

  it('sums exactly beyond the range of doubles', () => {
    const big = money(2n ** 60n, 'CNY');
    expect(sumMoney([big, big, money(1, 'CNY')], 'CNY').amountMinor).toBe(2n ** 61n + 1n);
  });

  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [5, [3, 7], [2, 3]], // 1.5 and 3.5: a tie goes to the earlier part
    [7, [1, 2, 4], [1, 2, 4]],
    [100, [1, 2], [33, 67]],
    [1, [0, 1], [0, 1]],
    [0, [2, 5], [0, 0]],
    [10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]],
  ])('allocates %i by %j as %j', (total, weights, expected) => {
    const parts = allocate(money(total, 'CNY'), weights.map(BigInt));
    expect(parts.map((m) => Number(m.amountMinor))).toEqual(expected);
  });

  it('refuses empty, negative or all-zero weights', () => {
    expect(() => allocate(money(1, 'CNY'), [])).toThrow(RangeError);
    expect(() => allocate(money(1, 'CNY'), [-1n, 2n])).toThrow(RangeError);
    expect(() => allocate(money(1, 'CNY'), [0n, 0n])).toThrow(RangeError);
  });

  it('allocation never loses or invents a minor unit, and no part is off by more than one', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc
          .array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 20 })
          .filter((w) => w.some((x) => x > 0n)),
        (total, weights) => {
          const parts = allocate(money(total, 'CNY'), weights);
          const weightSum = weights.reduce((a, b) => a + b, 0n);
          expect(parts.reduce((a, p) => a + p.amountMinor, 0n)).toBe(total);
          parts.forEach((p, i) => {
            const exactTimesSum = total * (weights[i] ?? 0n);
            const diff = p.amountMinor * weightSum - exactTimesSum;
            expect(diff < 0n ? -diff : diff).toBeLessThan(weightSum);
          });
        },
      ),
    );
  });

  it('formats minor units as a decimal string', () => {
    expect(toDecimalString(money(123456, 'CNY'))).toBe('1234.56');
    expect(toDecimalString(money(-5, 'CNY'))).toBe('-0.05');
    expect(toDecimalString(money(7, 'JPY'), 0)).toBe('7');
  });
});
