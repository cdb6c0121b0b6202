import { describe, expect, it } from 'vitest';
import { lotTotalMinor, plainDecimal } from './decimal';

describe('exact figures', () => {
  it('multiplies a price by the lot’s quantity in fen, half up, with every digit', () => {
    expect(lotTotalMinor('5900', '500')).toBe('295000000');
    expect(lotTotalMinor('5980.1234', '12.5')).toBe('7475154');
    expect(lotTotalMinor('999999999999.9999', '999999999999.999')).toBe('99999999999999890000000000');
    expect(lotTotalMinor('abc', '1')).toBeNull();
  });

  it('trims trailing zeros', () => {
    expect(plainDecimal('5900.0000')).toBe('5900');
    expect(plainDecimal('12.500')).toBe('12.5');
    expect(plainDecimal('0.000')).toBe('0');
  });
});
