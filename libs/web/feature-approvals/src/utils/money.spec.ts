import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bpsToPercent,
  formatMinor,
  MAX_MINOR,
  minorToYuanText,
  parseYuan,
  percentProblem,
  percentToBps,
  toMinor,
  usedPercent,
  yuanProblem,
} from './money';
import { lineTotalMinor, quantityProblem, quantityThousandths, totalMinor } from './quantity';

const fen = fc.bigInt({ min: 0n, max: MAX_MINOR });

describe('yuan ↔ fen', () => {
  it('parses yuan text digit by digit', () => {
    expect(parseYuan('6000')).toBe(600_000n);
    expect(parseYuan('6000.5')).toBe(600_050n);
    expect(parseYuan('0.01')).toBe(1n);
    expect(parseYuan('0.1')).toBe(10n);
    expect(parseYuan('9999.99')).toBe(999_999n);
    expect(parseYuan('  1,234.56 ')).toBe(123_456n);
    expect(parseYuan('¥1,234.56')).toBe(123_456n);
    expect(parseYuan('CN¥100')).toBe(10_000n);
    expect(parseYuan('12.')).toBe(1_200n);
    expect(parseYuan('10000000000000')).toBe(MAX_MINOR);
  });

  it('says why a text is not an amount', () => {
    expect(yuanProblem('')).toBe('required');
    expect(yuanProblem('   ')).toBe('required');
    expect(yuanProblem(undefined)).toBe('required');
    expect(yuanProblem('abc')).toBe('invalid');
    expect(yuanProblem('-5')).toBe('invalid');
    expect(yuanProblem('1e5')).toBe('invalid');
    expect(yuanProblem('.5')).toBe('invalid');
    expect(yuanProblem('1.234')).toBe('decimals');
    expect(yuanProblem('10000000000000.01')).toBe('tooLarge');
    expect(yuanProblem('10000000000000')).toBeNull();
    expect(parseYuan('1.234')).toBeNull();
  });

  it('has no float drift: 0.1 + 0.2 is 0.3, and sums of cents stay exact', () => {
    expect(0.1 + 0.2).not.toBe(0.3); // what we avoid
    expect((parseYuan('0.1') as bigint) + (parseYuan('0.2') as bigint)).toBe(parseYuan('0.3'));
    expect(minorToYuanText((parseYuan('0.1') as bigint) + (parseYuan('0.2') as bigint))).toBe('0.30');
    expect(parseYuan('1.005')).toBeNull(); // never rounded silently
    expect(parseYuan('4.35')).toBe(435n); // 4.35 * 100 = 434.99999999999994 in floats
    expect(parseYuan('1.15')).toBe(115n);
    expect(minorToYuanText(999_999_999_999_999n)).toBe('9999999999999.99'); // beyond 2^53
  });

  it('formats fen in the user’s locale as ¥ with 2 decimals, exactly for every digit', () => {
    expect(formatMinor('15000000', 'zh-CN')).toBe('¥150,000.00');
    expect(formatMinor(15_000_000n, 'en')).toBe('¥150,000.00');
    expect(formatMinor('1', 'en')).toBe('¥0.01');
    expect(formatMinor('0', 'zh-CN')).toBe('¥0.00');
    expect(formatMinor(999_999_999_999_999n, 'en')).toBe('¥9,999,999,999,999.99');
    expect(formatMinor(-150n, 'en')).toBe('-¥1.50');
    expect(minorToYuanText('600000')).toBe('6000.00');
    expect(toMinor('42')).toBe(42n);
  });

  it('parse(format(x)) = x for any amount in fen, in both languages and as input text', () => {
    fc.assert(
      fc.property(fen, (x) => {
        expect(parseYuan(minorToYuanText(x))).toBe(x);
        expect(parseYuan(formatMinor(x, 'zh-CN'))).toBe(x);
        expect(parseYuan(formatMinor(x, 'en'))).toBe(x);
      }),
      { numRuns: 500 },
    );
  });

  it('adds any amounts exactly, whatever their size', () => {
    fc.assert(
      fc.property(fen, fen, (a, b) => {
        const sum = (parseYuan(minorToYuanText(a)) as bigint) + (parseYuan(minorToYuanText(b)) as bigint);
        expect(
          new Decimal(minorToYuanText(sum)).equals(new Decimal(minorToYuanText(a)).plus(minorToYuanText(b))),
        ).toBe(true);
      }),
    );
  });

  it('gives the used share of a limit as a whole percent from 0 to 100', () => {
    expect(usedPercent('0', '100')).toBe(0);
    expect(usedPercent('2099999', '2500000')).toBe(83);
    expect(usedPercent('300', '100')).toBe(100);
    expect(usedPercent('0', '0')).toBe(0);
    expect(usedPercent('1', '0')).toBe(100);
  });

  it('converts discount percent to basis points and back without floats', () => {
    expect(percentToBps('12.5')).toBe(1250);
    expect(percentToBps('0.01')).toBe(1);
    expect(percentToBps('100')).toBe(10_000);
    expect(percentToBps('4.35')).toBe(435);
    expect(bpsToPercent(1250)).toBe('12.5');
    expect(bpsToPercent(1)).toBe('0.01');
    expect(bpsToPercent(10_000)).toBe('100');
    expect(percentProblem('100.01')).toBe('range');
    expect(percentProblem('5.123')).toBe('decimals');
    expect(percentProblem('x')).toBe('invalid');
    expect(percentProblem('99.99')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bps) => {
        expect(percentToBps(bpsToPercent(bps))).toBe(bps);
      }),
    );
  });
});

describe('quantities and line totals', () => {
  it('accepts the quantities the API accepts, up to 3 decimals', () => {
    expect(quantityProblem('25')).toBeNull();
    expect(quantityProblem('12.5')).toBeNull();
    expect(quantityProblem('0.001')).toBeNull();
    expect(quantityProblem('')).toBe('required');
    expect(quantityProblem('1.2345')).toBe('decimals');
    expect(quantityProblem('0')).toBe('zero');
    expect(quantityProblem('0.000')).toBe('zero');
    expect(quantityProblem('-1')).toBe('invalid');
    expect(quantityProblem('01')).toBe('invalid');
    expect(quantityProblem('1,5')).toBe('invalid');
    expect(quantityProblem('12345678901')).toBe('invalid');
    expect(quantityThousandths('12.5')).toBe(12_500n);
  });

  it('computes a line total as the API does: quantity × unit price, half up to a fen', () => {
    expect(lineTotalMinor('25', 600_000n)).toBe(15_000_000n); // 25 t × ¥6 000 = ¥150 000
    expect(lineTotalMinor('0.333', 100n)).toBe(33n); // 33.3 fen
    expect(lineTotalMinor('0.335', 100n)).toBe(34n); // 33.5 fen, half up
    expect(lineTotalMinor('0.001', 1n)).toBe(0n);
    expect(lineTotalMinor('3', 10n)).toBe(30n); // 3 × ¥0.10 = ¥0.30, not 0.30000000000000004
    expect(lineTotalMinor('1.5', parseYuan('0.1') as bigint)).toBe(15n);
    expect(lineTotalMinor('abc', 100n)).toBeNull();
    expect(totalMinor([15_000_000n, 33n])).toBe(15_000_033n);
    expect(totalMinor([1n, null])).toBeNull();
    expect(totalMinor([])).toBe(0n);
  });

  // Up to 10^15 fen per line, the API's bound for an amount (decimal.js keeps 20 digits).
  it('matches decimal arithmetic (the API’s decimal.js) for any quantity and price', () => {
    const quantity = fc
      .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999 }))
      .filter(([w, f]) => w > 0 || f > 0)
      .map(([w, f]) => (f === 0 ? String(w) : `${w}.${String(f).padStart(3, '0')}`));
    fc.assert(
      fc.property(quantity, fc.bigInt({ min: 0n, max: 10n ** 9n }), (q, price) => {
        const expected = BigInt(
          new Decimal(q).times(price.toString()).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0),
        );
        expect(lineTotalMinor(q, price)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
