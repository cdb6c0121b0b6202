import { describe, expect, it } from 'vitest';
import {
  creditProblem,
  disputeAgeDays,
  lineVariance,
  receivedQuantityProblem,
  resolutionFormPath,
  resolutionInput,
  returnQuantityProblem,
  signedPercent,
  signedQuantity,
  toleranceOf,
  yuanToMinor,
} from './receipts';

describe('receipt rules on the screen', () => {
  it('checks a received quantity as typed: required, ≥ 0, at most three decimals', () => {
    expect(['', '  ', undefined, null].map(receivedQuantityProblem)).toEqual([
      'required',
      'required',
      'required',
      'required',
    ]);
    expect(['-1', 'abc', '1e3', '1,000', '.5'].map(receivedQuantityProblem)).toEqual(
      Array(5).fill('invalid'),
    );
    expect(receivedQuantityProblem('9.8001')).toBe('decimals');
    expect(['0', '9.8', '9.875', ' 1000 '].map(receivedQuantityProblem)).toEqual([null, null, null, null]);
  });

  it('computes the variance exactly, the tolerance boundary included, as the server does', () => {
    // 0.005 t short on 1 t at ±0.5 % is within; 0.006 t is not.
    expect(lineVariance('1.000', '0.995', 50)).toEqual({ variance: -5n, bps: -50, within: true });
    expect(lineVariance('1.000', '0.994', 50)).toEqual({ variance: -6n, bps: -60, within: false });
    expect(lineVariance('10.000', '9.8', 50)).toEqual({ variance: -200n, bps: -200, within: false });
    expect(lineVariance('10', '10.05', 50)).toEqual({ variance: 50n, bps: 50, within: true });
    // Rounded half away from zero to whole basis points (display), never decided on it.
    expect(lineVariance('400', '400.001', 50)?.bps).toBe(0);
    expect(lineVariance('4', '4.001', 50)?.bps).toBe(3); // 2.5 bps → 3
    expect(lineVariance('4', '3.999', 50)?.bps).toBe(-3);
    // Counted goods are exact.
    expect(lineVariance('100', '99', toleranceOf('piece', 50))?.within).toBe(false);
    expect(lineVariance('100', '100', toleranceOf('box', 50))?.within).toBe(true);
    expect(toleranceOf('t', 50)).toBe(50);
    // Nothing to compare yet.
    expect(lineVariance('10', '', 50)).toBeNull();
    expect(lineVariance('10', '9.1234', 50)).toBeNull();
  });

  it('writes variances with their sign', () => {
    expect([signedQuantity(-200n), signedQuantity(1500n), signedQuantity(0n), signedQuantity(-5n)]).toEqual([
      '-0.2',
      '+1.5',
      '0',
      '-0.005',
    ]);
    expect([signedPercent(-200), signedPercent(55), signedPercent(0), signedPercent(-3)]).toEqual([
      '-2',
      '+0.55',
      '0',
      '-0.03',
    ]);
  });
});

describe('money typed in yuan', () => {
  it('turns yuan into fen exactly, as text of digits', () => {
    expect(yuanToMinor('1200')).toBe('120000');
    expect(yuanToMinor('1234.56')).toBe('123456');
    expect(yuanToMinor('0.1')).toBe('10');
    expect(yuanToMinor('0.07')).toBe('7');
    expect(yuanToMinor(' 1,234,567.89 ')).toBe('123456789');
    // Beyond a double's exact range: every digit kept.
    expect(yuanToMinor('9999999999999.99')).toBe('999999999999999');
    expect(yuanToMinor('0.29')).toBe('29'); // 0.29 * 100 = 28.999999999999996 as a float
    expect(yuanToMinor('1.005')).toBeNull();
    expect(yuanToMinor('-1')).toBeNull();
    expect(yuanToMinor('')).toBeNull();
  });

  it('checks a credit: required, > 0, two decimals, not above what the order allows', () => {
    const max = '675467561';
    expect(creditProblem('', max)).toBe('required');
    expect(creditProblem('abc', max)).toBe('invalid');
    expect(creditProblem('12.345', max)).toBe('decimals');
    expect(creditProblem('0.00', max)).toBe('zero');
    expect(creditProblem('6754675.61', max)).toBeNull();
    expect(creditProblem('6754675.62', max)).toBe('aboveMax');
  });
});

describe('resolutions', () => {
  const lines = [{ id: 'l1' }, { id: 'l2' }, { id: 'l3' }];

  it('checks return quantities against what the buyer holds', () => {
    expect(returnQuantityProblem('', '9.800')).toBeNull();
    expect(returnQuantityProblem('0', '9.800')).toBe('zero');
    expect(returnQuantityProblem('x', '9.800')).toBe('invalid');
    expect(returnQuantityProblem('0.0001', '9.800')).toBe('decimals');
    expect(returnQuantityProblem('9.8', '9.800')).toBeNull();
    expect(returnQuantityProblem('9.801', '9.800')).toBe('aboveHeld');
  });

  it('builds the API input from the form, and maps the API’s field paths back to the form', () => {
    expect(resolutionInput({ kind: 'accept' }, lines)).toEqual({ resolution: { kind: 'accept' }, rowOf: [] });
    expect(resolutionInput({ kind: 'price_adjustment', creditYuan: '1356' }, lines)?.resolution).toEqual({
      kind: 'price_adjustment',
      creditMinor: '135600',
    });
    const r = resolutionInput(
      { kind: 'return', returnLines: [{ quantity: '' }, { quantity: ' 0.2 ' }, { quantity: '1' }] },
      lines,
    );
    expect(r).toEqual({
      resolution: {
        kind: 'return',
        lines: [
          { lineId: 'l2', quantity: '0.2' },
          { lineId: 'l3', quantity: '1' },
        ],
      },
      rowOf: [1, 2],
    });
    expect(resolutionInput({ kind: 'return', returnLines: [{}, { quantity: '' }] }, lines)).toBeNull();

    expect(resolutionFormPath('resolution.creditMinor', [])).toBe('creditYuan');
    expect(resolutionFormPath('resolution.lines.0.quantity', [1, 2])).toBe('returnLines.1.quantity');
    expect(resolutionFormPath('resolution.lines.1.lineId', [1, 2])).toBe('returnLines.2.quantity');
    expect(resolutionFormPath('note', [])).toBe('note');
    expect(resolutionFormPath('resolution.lines', [])).toBe('');
  });
});

describe('the desk', () => {
  it('counts whole days a dispute has been open', () => {
    const opened = '2026-11-20T10:00:00.000Z';
    expect(disputeAgeDays(opened, new Date('2026-11-20T23:59:00.000Z'))).toBe(0);
    expect(disputeAgeDays(opened, new Date('2026-11-21T10:00:00.000Z'))).toBe(1);
    expect(disputeAgeDays(opened, new Date('2026-12-04T09:59:00.000Z'))).toBe(13);
    expect(disputeAgeDays('nonsense', new Date())).toBe(0);
  });
});
