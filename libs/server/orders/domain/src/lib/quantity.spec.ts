import { describe, expect, it } from 'vitest';
import { formatQuantity, parseQuantity, storedQuantity } from './quantity';

describe('quantities', () => {
  it('parses plain decimals with at most 3 places into thousandths', () => {
    expect(parseQuantity('12.5')).toBe(12_500n);
    expect(parseQuantity('0.001')).toBe(1n);
    expect(parseQuantity('3000')).toBe(3_000_000n);
    expect(parseQuantity('-1')).toBe(-1_000n);
    for (const bad of ['1.0001', '1e3', '', '.5', '5.', '+1', '1 000', '１'])
      expect(parseQuantity(bad)).toBeNull();
  });

  it('formats with exactly 3 places', () => {
    expect(formatQuantity(12_500n)).toBe('12.500');
    expect(formatQuantity(1n)).toBe('0.001');
    expect(formatQuantity(-1n)).toBe('-0.001');
  });

  it('throws on corrupt stored quantities', () => {
    expect(storedQuantity('0', 'q', { positive: false })).toBe(0n);
    expect(() => storedQuantity('0', 'q', { positive: true })).toThrow(/Invalid stored q/);
    expect(() => storedQuantity('-0.001', 'q', { positive: false })).toThrow(RangeError);
    expect(() => storedQuantity('abc', 'q', { positive: false })).toThrow(RangeError);
  });
});
