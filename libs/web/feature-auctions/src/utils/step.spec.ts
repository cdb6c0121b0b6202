import { describe, expect, it } from 'vitest';
import { maxBelowMin, stepOf, stepProblem, stepValue } from './step';

describe('steps as typed', () => {
  it('sends a percentage in basis points: 0.5 % → 50, 2 % → 200, 0.01 % → 1, 50 % → 5 000', () => {
    expect(stepOf('percent', '0.5')).toEqual({ kind: 'percent', bps: 50 });
    expect(stepOf('percent', ' 2 ')).toEqual({ kind: 'percent', bps: 200 });
    expect(stepOf('percent', '0.01')).toEqual({ kind: 'percent', bps: 1 });
    expect(stepOf('percent', '50')).toEqual({ kind: 'percent', bps: 5000 });
  });

  it('sends an amount as typed', () => {
    expect(stepOf('absolute', '10')).toEqual({ kind: 'absolute', amount: '10' });
    expect(stepOf('absolute', '0.0001')).toEqual({ kind: 'absolute', amount: '0.0001' });
  });

  it.each([
    ['absolute', '', 'required'],
    ['absolute', '0', 'zero'],
    ['absolute', '0.00000', 'format'],
    ['absolute', '-5', 'format'],
    ['absolute', '1.23456', 'format'],
    ['percent', '0', 'percentRange'],
    ['percent', '50.01', 'percentRange'],
    ['percent', '0.005', 'percentFormat'],
    ['percent', 'abc', 'percentFormat'],
    ['percent', '101', 'percentFormat'],
  ] as const)('refuses %s %j: %s', (kind, text, problem) => {
    expect(stepProblem(kind, text)).toBe(problem);
    expect(stepOf(kind, text)).toBeNull();
  });

  it('shows a step back as typed', () => {
    expect(stepValue({ kind: 'absolute', amount: '10.5000' })).toEqual({ kind: 'absolute', value: '10.5' });
    expect(stepValue({ kind: 'percent', bps: 50 })).toEqual({ kind: 'percent', value: '0.5' });
  });

  it('compares a maximum with the minimum only when both are of one kind', () => {
    const amount = (a: string) => ({ kind: 'absolute' as const, amount: a });
    const pct = (bps: number) => ({ kind: 'percent' as const, bps });
    expect(maxBelowMin(amount('10'), amount('5'))).toBe(true);
    expect(maxBelowMin(amount('10'), amount('10'))).toBe(false);
    expect(maxBelowMin(pct(100), pct(50))).toBe(true);
    expect(maxBelowMin(pct(100), amount('1'))).toBe(false);
    expect(maxBelowMin(amount('10'), null)).toBe(false);
  });
});
