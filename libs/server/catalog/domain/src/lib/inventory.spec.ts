import { describe, expect, it } from 'vitest';
import { checkOnHand, formatStock, parseStock, trimStock, versionMatches } from './inventory';

describe('stock quantities', () => {
  it.each([
    ['0', 0n],
    ['12.5', 12500n],
    ['1200.000', 1200000n],
    ['0.001', 1n],
    ['-0.001', -1n],
    [' 7 ', 7000n],
    ['999999999999.999', 999999999999999n],
  ])('reads %j as %s thousandths', (text, value) => {
    expect(parseStock(text)).toBe(value);
  });

  it.each(['', '-', '1.', '.5', '1.2345', '1e3', '+1', '1,000', 'abc', '1.2.3'])('refuses %j', (text) => {
    expect(parseStock(text)).toBeNull();
  });

  it.each([
    [0n, '0'],
    [12500n, '12.5'],
    [1200000n, '1200'],
    [1n, '0.001'],
    [-1n, '-0.001'],
    [-2500n, '-2.5'],
    [450336n, '450.336'],
  ])('writes %s thousandths as %j', (value, text) => {
    expect(formatStock(value)).toBe(text);
  });

  it('shows stored numeric text without trailing zeros', () => {
    expect(trimStock('1200.000')).toBe('1200');
    expect(trimStock('29.640')).toBe('29.64');
    expect(trimStock('n/a')).toBe('n/a');
  });
});

describe('setting on hand', () => {
  it.each([
    ['50', '50', null],
    ['50.001', '50', null],
    ['0', '0', null],
    ['1200', '50.000', null],
  ])('allows %s on hand with %s reserved', (onHand, reserved, expected) => {
    expect(checkOnHand(onHand, reserved)).toBe(expected);
  });

  it.each([
    ['49.999', '50', '50'],
    ['0', '0.001', '0.001'],
    ['10', '29.640', '29.64'],
  ])('refuses %s on hand with %s reserved, on the onHand field', (onHand, reserved, shown) => {
    expect(checkOnHand(onHand, reserved)).toEqual({
      code: 'ON_HAND_BELOW_RESERVED',
      field: 'onHand',
      params: { reserved: shown },
    });
  });

  it('is never called with a quantity the contract refused', () => {
    expect(() => checkOnHand('-1.5x', '0')).toThrow(RangeError);
  });
});

describe('optimistic concurrency', () => {
  it.each([
    [undefined, null, true],
    [undefined, 4, true],
    [0, null, true],
    [0, 1, false],
    [3, 3, true],
    [3, 4, false],
    [1, null, false],
  ] as const)('expected %s, stored %s → %s', (expected, stored, ok) => {
    expect(versionMatches(expected, stored)).toBe(ok);
  });
});
