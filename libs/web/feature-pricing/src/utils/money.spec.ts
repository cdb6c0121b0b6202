import { describe, expect, it } from 'vitest';
import {
  bpsToPercent,
  currencySymbol,
  fenToYuan,
  formatDecimal,
  formatMinor,
  formatUnitPrice,
  percentProblem,
  percentToBps,
  yuanProblem,
  yuanToFen,
} from './money';

describe('yuan → fen', () => {
  it('converts digit by digit, exactly where floating point would not', () => {
    expect(yuanToFen('300')).toBe(30000n);
    expect(yuanToFen('0.1')).toBe(10n);
    expect(yuanToFen('0.29')).toBe(29n); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(yuanToFen('1.15')).toBe(115n); // 1.15 * 100 = 114.99999999999999
    expect(yuanToFen('4.35')).toBe(435n); // 4.35 * 100 = 434.99999999999994
    expect(yuanToFen('1234.5')).toBe(123450n);
    expect(yuanToFen('9007199254740993.01')).toBeNull(); // beyond the API's 10^15 fen
    expect(yuanToFen('9999999999999.99')).toBe(999999999999999n);
    expect(yuanToFen('10000000000000')).toBe(10n ** 15n);
  });

  it('accepts what people type or paste around an amount', () => {
    expect(yuanToFen(' ¥1,234.56 ')).toBe(123456n);
    expect(yuanToFen('￥300')).toBe(30000n);
    expect(yuanToFen('CN¥12.00')).toBe(1200n);
    expect(yuanToFen('5.')).toBe(500n);
  });

  it('says why text is not an amount', () => {
    expect(yuanProblem('')).toBe('required');
    expect(yuanProblem('abc')).toBe('invalid');
    expect(yuanProblem('-1')).toBe('invalid');
    expect(yuanProblem('1e3')).toBe('invalid');
    expect(yuanProblem('0.123')).toBe('decimals');
    expect(yuanProblem('10000000000000.01')).toBe('tooLarge');
    expect(yuanToFen('0.123')).toBeNull();
  });

  it('goes back to yuan text for an input, and round-trips', () => {
    expect(fenToYuan('123450')).toBe('1234.50');
    expect(fenToYuan(5n)).toBe('0.05');
    expect(fenToYuan(0n)).toBe('0.00');
    for (const text of ['0.01', '0.29', '1.15', '300.00', '9999999999999.99'])
      expect(fenToYuan(yuanToFen(text) as bigint)).toBe(text);
  });
});

describe('formatting in the user locale', () => {
  it('formats fen from the exact decimal text, signed for breakdown lines', () => {
    expect(formatMinor('15000000', 'zh-CN')).toBe('¥150,000.00');
    expect(formatMinor('999999999999999', 'en')).toBe('¥9,999,999,999,999.99');
    expect(formatMinor(-6575n, 'en', 'CNY', { signed: true })).toBe('-¥65.75');
    expect(formatMinor(13151n, 'en', 'CNY', { signed: true })).toBe('+¥131.51');
    expect(formatMinor(0n, 'en', 'CNY', { signed: true })).toBe('¥0.00');
    expect(formatMinor('100', 'en', 'USD')).toBe('$1.00');
  });

  it('formats unit prices with up to 4 decimals and quantities without trailing zeros', () => {
    expect(formatUnitPrice('5950.0000', 'zh-CN')).toBe('¥5,950.00');
    expect(formatUnitPrice('5950.1234', 'en')).toBe('¥5,950.1234');
    expect(formatDecimal('1000.000', 'en', 3)).toBe('1,000');
    expect(formatDecimal('2.500', 'zh-CN', 3)).toBe('2.5');
    expect(currencySymbol('CNY', 'zh-CN')).toBe('¥');
    expect(currencySymbol('USD', 'en')).toBe('$');
  });
});

describe('percentages and basis points', () => {
  it('converts from the digits', () => {
    expect(percentToBps('8')).toBe(800);
    expect(percentToBps('6.5')).toBe(650);
    expect(percentToBps('0.01')).toBe(1);
    expect(percentToBps('-0.5')).toBe(-50);
    expect(percentToBps('−1.25')).toBe(-125);
    expect(percentToBps('1.234')).toBeNull();
    expect(bpsToPercent(800)).toBe('8');
    expect(bpsToPercent(1250)).toBe('12.5');
    expect(bpsToPercent(-25)).toBe('-0.25');
    expect(bpsToPercent(0)).toBe('0');
  });

  it('checks range, decimals and sign', () => {
    expect(percentProblem('8')).toBeNull();
    expect(percentProblem('100')).toBeNull();
    expect(percentProblem('100.01')).toBe('range');
    expect(percentProblem('8.123')).toBe('decimals');
    expect(percentProblem('-1')).toBe('invalid');
    expect(percentProblem('-1', { signed: true })).toBeNull();
    expect(percentProblem('-50.01', { signed: true, maxBps: 5000 })).toBe('range');
  });
});
