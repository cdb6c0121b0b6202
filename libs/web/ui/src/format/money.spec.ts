import { describe, expect, it } from 'vitest';
import {
  bpsToPercent,
  formatMinor,
  formatQuantity,
  formatUnitPrice,
  minorToDecimal,
  percentToBps,
} from './money';

describe('money on the screens', () => {
  it('turns fen into exact yuan text, never through a float', () => {
    expect(minorToDecimal('675467561')).toBe('6754675.61');
    expect(minorToDecimal('5')).toBe('0.05');
    expect(minorToDecimal(-30000n)).toBe('-300.00');
    expect(minorToDecimal('999999999999999')).toBe('9999999999999.99');
  });

  it('formats amounts, unit prices and quantities in the page language', () => {
    expect(formatMinor('675467561', 'zh-CN')).toBe('¥6,754,675.61');
    expect(formatMinor('675467561', 'en')).toBe('¥6,754,675.61');
    expect(formatMinor('197045000', 'zh-CN')).toBe('¥1,970,450.00');
    expect(formatMinor('-855000', 'en')).toBe('-¥8,550.00');
    expect(formatMinor('1000000000000000', 'en')).toBe('¥10,000,000,000,000.00');
    expect(formatUnitPrice('5977.5890', 'en')).toBe('¥5,977.589');
    expect(formatUnitPrice('5950.0000', 'zh-CN')).toBe('¥5,950.00');
    expect(formatUnitPrice('5891.5000', 'en')).toBe('¥5,891.50');
    expect(formatUnitPrice('5891.1234', 'en')).toBe('¥5,891.1234');
    expect(formatQuantity('1000.000', 'zh-CN')).toBe('1,000');
    expect(formatQuantity('12.500', 'en')).toBe('12.5');
  });

  it('writes basis points as a percentage', () => {
    expect(bpsToPercent(1300)).toBe('13');
    expect(bpsToPercent(950)).toBe('9.5');
    expect(bpsToPercent(725)).toBe('7.25');
    expect(bpsToPercent(5)).toBe('0.05');
    expect(bpsToPercent(0)).toBe('0');
  });

  it('reads a percentage typed by a person (0–100, at most 2 decimals) into basis points', () => {
    expect([percentToBps('13'), percentToBps('7.25'), percentToBps('9.5'), percentToBps('100')]).toEqual([
      1300, 725, 950, 10_000,
    ]);
    expect([percentToBps('100.01'), percentToBps('1.234'), percentToBps(''), percentToBps('-1')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
