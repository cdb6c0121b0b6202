import { describe, expect, it } from 'vitest';
import { inventoryRowKey, noneAvailable, onHandProblem } from './inventory';

describe('on hand as typed', () => {
  it.each([
    ['0', '0'],
    ['120', '0'],
    [' 2.5 ', '0'],
    ['0.001', '0'],
    ['50', '50'],
    ['50.001', '50'],
    ['999999999999.999', '0'],
  ])('accepts %j with %s reserved', (text, reserved) => {
    expect(onHandProblem(text, reserved)).toBeNull();
  });

  it.each([
    ['', '0', 'required'],
    ['  ', '0', 'required'],
    ['-5', '0', 'negative'],
    ['-0.5', '0', 'negative'],
    ['abc', '0', 'invalid'],
    ['1e3', '0', 'invalid'],
    ['1,000', '0', 'invalid'],
    ['2.5.1', '0', 'invalid'],
    ['1.2345', '0', 'decimals'],
    ['1000000000000', '0', 'tooLarge'],
    ['49.999', '50', 'belowReserved'],
    ['0', '0.001', 'belowReserved'],
    ['29', '29.64', 'belowReserved'],
  ])('refuses %j with %s reserved: %s', (text, reserved, problem) => {
    expect(onHandProblem(text, reserved)).toBe(problem);
  });

  it('keys a row by SKU and location, or the SKU alone', () => {
    expect(inventoryRowKey({ skuId: 's', locationId: 'l' })).toBe('s:l');
    expect(inventoryRowKey({ skuId: 's', locationId: null })).toBe('s:none');
  });

  it('tells when nothing is available', () => {
    expect(['0', '0.000', '-2.5'].map(noneAvailable)).toEqual([true, true, true]);
    expect(['0.001', '10', '1200.5'].map(noneAvailable)).toEqual([false, false, false]);
  });
});
