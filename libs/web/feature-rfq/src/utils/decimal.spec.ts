import { describe, expect, it } from 'vitest';
import { compareDecimal, plainDecimal, priceTimesQuantityMinor, toScaled } from './decimal';

describe('exact decimals', () => {
  it('scales, compares and strips decimal text without floats', () => {
    expect(toScaled('12.5', 3)).toBe(12500n);
    expect(toScaled('12.5555', 3)).toBeNull();
    expect(toScaled('-1', 3)).toBeNull();
    expect(compareDecimal('300', '300.000')).toBe(0);
    expect(compareDecimal('300.001', '300')).toBe(1);
    expect(compareDecimal('99.9', '100')).toBe(-1);
    expect(plainDecimal('1000.000')).toBe('1000');
    expect(plainDecimal('12.500')).toBe('12.5');
    expect(plainDecimal('0.000')).toBe('0');
  });

  it('multiplies a unit price by a quantity into fen, rounded half up', () => {
    expect(priceTimesQuantityMinor('5891.5000', '300.000')).toBe(176745000n);
    expect(priceTimesQuantityMinor('5980.1234', '12.5')).toBe(7475154n);
    expect(priceTimesQuantityMinor('0.0001', '0.05')).toBe(0n);
    expect(priceTimesQuantityMinor('0.0001', '50')).toBe(1n);
    // 10^12 yuan a unit × 10^12 units keeps every digit
    expect(priceTimesQuantityMinor('999999999999.9999', '999999999999.999')).toBe(
      99999999999999890000000000n,
    );
    expect(priceTimesQuantityMinor('abc', '1')).toBeNull();
  });
});
