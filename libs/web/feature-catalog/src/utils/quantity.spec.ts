import { describe, expect, it } from 'vitest';
import { allowedQuantities, normalizeQuantity, quantityPayload, quantityProblem } from './quantity';

const bags = { minOrderQuantity: '25', orderIncrement: '25' };
const tonnes = { minOrderQuantity: '100', orderIncrement: '0.5' };
const loose = { minOrderQuantity: '0', orderIncrement: '0' };

describe('quantity against the order rules', () => {
  it.each([
    ['', null, 'required'],
    ['   ', null, 'required'],
    ['abc', null, 'invalid'],
    ['-5', null, 'invalid'],
    ['1e3', null, 'invalid'],
    ['.5', null, 'invalid'],
    ['5.', null, 'invalid'],
    ['1.2345', null, 'decimals'],
    ['0', null, 'zero'],
    ['0.000', null, 'zero'],
    ['1000000000000', null, 'tooLarge'],
    ['999999999999.999', null, null],
    ['2.5', null, null],
    ['0.001', loose, null],
  ] as const)('%j (no rules or loose rules) → %s', (text, rules, code) => {
    expect(quantityProblem(text, rules ?? undefined)?.code ?? null).toBe(code);
  });

  it('refuses less than the minimum order quantity and says what it is', () => {
    expect(quantityProblem('24.999', bags)).toEqual({ code: 'belowMinimum', min: '25' });
    expect(quantityProblem('99.5', tonnes)).toEqual({ code: 'belowMinimum', min: '100' });
  });

  it('accepts the minimum plus whole increments', () => {
    for (const q of ['25', '50', '75', '1000', '25.000']) expect(quantityProblem(q, bags)).toBeNull();
    for (const q of ['100', '100.5', '101', '2000.0']) expect(quantityProblem(q, tonnes)).toBeNull();
  });

  it('refuses a quantity off the increment and names the nearest allowed ones', () => {
    expect(quantityProblem('60', bags)).toEqual({
      code: 'offIncrement',
      min: '25',
      increment: '25',
      below: '50',
      above: '75',
    });
    expect(quantityProblem('100.25', tonnes)).toEqual({
      code: 'offIncrement',
      min: '100',
      increment: '0.5',
      below: '100',
      above: '100.5',
    });
  });

  it('counts increments from the minimum, not from zero', () => {
    const rules = { minOrderQuantity: '10', orderIncrement: '25' };
    expect(quantityProblem('35', rules)).toBeNull();
    expect(quantityProblem('5', rules)).toMatchObject({ code: 'belowMinimum' });
    expect(quantityProblem('25', rules)).toMatchObject({ code: 'offIncrement', below: '10', above: '35' });
    expect(quantityProblem('50', rules)).toMatchObject({ code: 'offIncrement', below: '35', above: '60' });
  });

  it('with no minimum, counts whole increments and has no allowed quantity below the first', () => {
    const rules = { minOrderQuantity: '0', orderIncrement: '0.5' };
    expect(quantityProblem('1.5', rules)).toBeNull();
    expect(quantityProblem('0.2', rules)).toEqual({
      code: 'offIncrement',
      min: '0',
      increment: '0.5',
      below: null,
      above: '0.5',
    });
  });

  it('reads what people paste: grouping commas and spaces', () => {
    expect(normalizeQuantity(' 1,000 ')).toBe('1000');
    expect(quantityProblem('1,000', bags)).toBeNull();
    expect(quantityPayload('1,000.500')).toBe('1000.5');
    expect(quantityPayload('025')).toBe('25');
  });

  it('lists the first allowed quantities', () => {
    expect(allowedQuantities(bags)).toEqual(['25', '50', '75']);
    expect(allowedQuantities(tonnes)).toEqual(['100', '100.5', '101']);
    expect(allowedQuantities({ minOrderQuantity: '0', orderIncrement: '0.5' })).toEqual(['0.5', '1', '1.5']);
    expect(allowedQuantities({ minOrderQuantity: '10', orderIncrement: '0' })).toEqual(['10']);
    expect(allowedQuantities(loose)).toEqual([]);
  });
});
