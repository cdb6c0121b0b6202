import { describe, expect, it } from 'vitest';
import { bpsToPercent, formatMinor, formatQuantity, formatUnitPrice, minorToDecimal } from './money';

describe('money on the order screens', () => {
  it('turns fen into exact yuan text, never through a float', () => {
    expect(minorToDecimal('675467561')).toBe('6754675.61');
    expect(minorToDecimal('5')).toBe('0.05');
    expect(minorToDecimal(-30000n)).toBe('-300.00');
    expect(minorToDecimal('999999999999999')).toBe('9999999999999.99');
  });

  it('formats amounts, unit prices and quantities in the page language', () => {
    expect(formatMinor('675467561', 'zh-CN')).toBe('¥6,754,675.61');
    expect(formatMinor('675467561', 'en')).toBe('¥6,754,675.61');
    expect(formatMinor('1000000000000000', 'en')).toBe('¥10,000,000,000,000.00');
    expect(formatUnitPrice('5977.5890', 'en')).toBe('¥5,977.589');
    expect(formatUnitPrice('5950.0000', 'zh-CN')).toBe('¥5,950.00');
    expect(formatQuantity('1000.000', 'zh-CN')).toBe('1,000');
    expect(formatQuantity('12.500', 'en')).toBe('12.5');
  });

  it('writes basis points as a percentage', () => {
    expect(bpsToPercent(1300)).toBe('13');
    expect(bpsToPercent(950)).toBe('9.5');
    expect(bpsToPercent(5)).toBe('0.05');
    expect(bpsToPercent(0)).toBe('0');
  });
});
