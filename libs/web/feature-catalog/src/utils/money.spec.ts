import { describe, expect, it } from 'vitest';
import { formatScaled, parseScaled, shiftLeft } from './decimal';
import {
  bpsToPercentText,
  formatMinor,
  formatMoneyText,
  formatPercent,
  formatQuantity,
  formatUnitPrice,
  minorToDecimal,
} from './money';

describe('exact decimals', () => {
  it('parses and prints scaled integers without floating point', () => {
    expect(parseScaled('12.5', 3)).toBe(12500n);
    expect(parseScaled('-0.66', 4)).toBe(-6600n);
    expect(parseScaled('1.23456', 4)).toBeNull();
    expect(parseScaled('1e3', 4)).toBeNull();
    expect(parseScaled('9007199254740993.01', 2)).toBe(900719925474099301n);
    expect(formatScaled(25000n, 3)).toBe('25');
    expect(formatScaled(5n, 3)).toBe('0.005');
    expect(formatScaled(59500000n, 4, 2)).toBe('5950.00');
    expect(formatScaled(-5n, 2, 2)).toBe('-0.05');
    expect(shiftLeft('131.5068', 2)).toBe('1.315068');
    expect(shiftLeft('-65.7534', 2)).toBe('-0.657534');
  });
});

describe('money in the user locale', () => {
  it('formats fen exactly, even beyond 2^53, and negative amounts', () => {
    expect(minorToDecimal('595000000')).toBe('5950000.00');
    expect(formatMinor('595000000', 'zh-CN')).toBe('¥5,950,000.00');
    expect(formatMinor(900719925474099301n, 'en')).toBe('¥9,007,199,254,740,993.01');
    expect(formatMinor(-30000n, 'en')).toBe('-¥300.00');
    expect(formatMoneyText('800.00', 'en')).toBe('¥800.00');
  });

  it('formats unit prices with 2 to 4 decimals and quantities with up to 3', () => {
    expect(formatUnitPrice('5950.0000', 'en')).toBe('¥5,950.00');
    expect(formatUnitPrice('12.3456', 'zh-CN')).toBe('¥12.3456');
    expect(formatUnitPrice('5831.1', 'en')).toBe('¥5,831.10');
    expect(formatQuantity('1000.000', 'en')).toBe('1,000');
    expect(formatQuantity('2.5', 'zh-CN')).toBe('2.5');
  });

  it('turns basis points into percentages, rounded for reading, signed for a change', () => {
    expect(bpsToPercentText(1300)).toBe('13');
    expect(formatPercent(bpsToPercentText('131.5068'), 'en', { signed: true })).toBe('+1.32');
    expect(formatPercent(bpsToPercentText('-65.7534'), 'en', { signed: true })).toBe('-0.66');
    expect(formatPercent('2.5', 'zh-CN')).toBe('2.5');
  });
});
