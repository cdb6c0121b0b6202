import { describe, expect, it } from 'vitest';
import {
  compareLandedUnit,
  DEFAULT_PREPAYMENT_DAYS,
  financingDays,
  landedCost,
  landedUnitFraction,
  type LandedContext,
  type LandedLine,
} from './landed-cost';

/**
 * Worked by hand. The reference line: 5 900.0000 ¥/t, freight 80/t, 13 % VAT, 100 t, the
 * buyer's cost of capital 6 %.
 *   goods   = 5 900 × 100 = 590 000.00 ¥ = 59 000 000 fen
 *   freight =    80 × 100 =   8 000.00 ¥ =    800 000 fen
 *   goods + freight = 59 800 000 fen
 *   net60: financing = −59 800 000 × 600 × 60 ÷ (10 000 × 365) = −589 808.22 → −589 808 fen
 *   net90: −884 712.33 → −884 712; net30: −294 904.11 → −294 904
 *   prepayment 30 days: +294 904.11 → +294 904 fen
 *   tax (not recoverable) = 59 800 000 × 13 % = 7 774 000 fen
 */
const LINE: LandedLine = { unitPrice: '5900.0000', freightPerUnit: '80', taxRateBps: 1300 };
const RECOVERABLE: LandedContext = { costOfCapitalBps: 600, vatRecoverable: true };
const NOT_RECOVERABLE: LandedContext = { costOfCapitalBps: 600, vatRecoverable: false };

describe('landedCost: worked examples', () => {
  it('net60 saves the buyer the interest: financing is negative', () => {
    expect(landedCost(LINE, '100', 'net60', RECOVERABLE)).toEqual({
      goodsMinor: 59_000_000n,
      freightMinor: 800_000n,
      financingMinor: -589_808n,
      taxMinor: 0n,
      totalMinor: 59_210_192n,
      landedUnit: '5921.0192',
    });
  });

  it('adds the VAT when the buyer cannot recover it', () => {
    expect(landedCost(LINE, '100.000', 'net60', NOT_RECOVERABLE)).toEqual({
      goodsMinor: 59_000_000n,
      freightMinor: 800_000n,
      financingMinor: -589_808n,
      taxMinor: 7_774_000n,
      totalMinor: 66_984_192n,
      landedUnit: '6698.4192',
    });
  });

  it('prepayment 30 days costs the buyer the interest: financing is positive', () => {
    expect(DEFAULT_PREPAYMENT_DAYS).toBe(30);
    expect(landedCost(LINE, '100', 'prepayment', RECOVERABLE)).toMatchObject({
      financingMinor: 294_904n,
      totalMinor: 60_094_904n,
      landedUnit: '6009.4904',
    });
    expect(landedCost(LINE, '100', 'prepayment', { ...RECOVERABLE, prepaymentDays: 60 }).financingMinor).toBe(
      589_808n,
    );
    expect(landedCost(LINE, '100', 'prepayment', { ...RECOVERABLE, prepaymentDays: 0 }).financingMinor).toBe(
      0n,
    );
  });

  it('cash is the reference; net30 and net90 save in proportion', () => {
    expect(landedCost(LINE, '100', 'cash', RECOVERABLE)).toMatchObject({
      financingMinor: 0n,
      totalMinor: 59_800_000n,
      landedUnit: '5980.0000',
    });
    expect(landedCost(LINE, '100', 'net30', RECOVERABLE).financingMinor).toBe(-294_904n);
    expect(landedCost(LINE, '100', 'net90', RECOVERABLE).financingMinor).toBe(-884_712n);
  });

  it('prices part of the offer for a split award, each part rounded once', () => {
    // 40 t: goods 23 600 000, freight 320 000, financing −23 920 000 × 36 000 ÷ 3 650 000 = −235 923.29
    expect(landedCost(LINE, '40', 'net60', RECOVERABLE)).toEqual({
      goodsMinor: 23_600_000n,
      freightMinor: 320_000n,
      financingMinor: -235_923n,
      taxMinor: 0n,
      totalMinor: 23_684_077n,
      // 236 840.77 ¥ ÷ 40 = 5 921.019 25 → 5 921.0193
      landedUnit: '5921.0193',
    });
  });

  it('rounds small amounts half-up to the fen', () => {
    // 12.3456 × 2.5 = 30.864 ¥ → 3 086 fen; freight 1.5 × 2.5 = 375 fen; base 3 461.4 fen
    // net90 at 8 %: −3 461.4 × 800 × 90 ÷ 3 650 000 = −68.28 → −68; VAT 9 %: 311.526 → 312
    const line = { unitPrice: '12.3456', freightPerUnit: '1.5', taxRateBps: 900 };
    const ctx = { costOfCapitalBps: 800, vatRecoverable: false };
    expect(landedCost(line, '2.5', 'net90', ctx)).toEqual({
      goodsMinor: 3086n,
      freightMinor: 375n,
      financingMinor: -68n,
      taxMinor: 312n,
      totalMinor: 3705n,
      landedUnit: '14.8200',
    });
    // prepayment 45 days: +34.14 → 34
    expect(landedCost(line, '2.5', 'prepayment', { ...ctx, prepaymentDays: 45 }).totalMinor).toBe(3807n);
    // 0.005 ¥ is half a fen: up; 0.0049 ¥ is not
    expect(
      landedCost({ unitPrice: '0.005', freightPerUnit: '0', taxRateBps: 0 }, '1', 'cash', ctx).goodsMinor,
    ).toBe(1n);
    expect(
      landedCost({ unitPrice: '0.0049', freightPerUnit: '0', taxRateBps: 0 }, '1', 'cash', ctx).goodsMinor,
    ).toBe(0n);
    // 1.00 ¥ for 3 units: 0.3333 ¥ each (display only)
    expect(
      landedCost({ unitPrice: '0.3333', freightPerUnit: '0', taxRateBps: 0 }, '3', 'cash', ctx).landedUnit,
    ).toBe('0.3333');
  });

  it('does not grow with the quantity at every step: the parts are rounded one by one', () => {
    // 1 ¥ a unit, net90 at 6 %: at 0.337 the financing (−0.4986 fen) rounds to 0, at 0.338
    // (−0.5000 4 fen) to −1 while the goods stay at 34 fen. The exact total grew, the rounded one dipped.
    const line = { unitPrice: '1', freightPerUnit: '0', taxRateBps: 0 };
    expect(landedCost(line, '0.337', 'net90', RECOVERABLE)).toMatchObject({
      goodsMinor: 34n,
      financingMinor: 0n,
    });
    expect(landedCost(line, '0.338', 'net90', RECOVERABLE)).toMatchObject({
      goodsMinor: 34n,
      financingMinor: -1n,
    });
  });
});

describe('landedCost: bad input is a programming error', () => {
  it.each([
    [{ ...LINE, unitPrice: '1.23456' }, '1', RECOVERABLE],
    [{ ...LINE, unitPrice: '-1' }, '1', RECOVERABLE],
    [{ ...LINE, freightPerUnit: '-0.5' }, '1', RECOVERABLE],
    [{ ...LINE, taxRateBps: 10_001 }, '1', RECOVERABLE],
    [{ ...LINE, taxRateBps: 0.5 }, '1', RECOVERABLE],
    [LINE, '0', RECOVERABLE],
    [LINE, '-1', RECOVERABLE],
    [LINE, '1.0001', RECOVERABLE],
    [LINE, '1', { costOfCapitalBps: -1, vatRecoverable: true }],
    [LINE, '1', { costOfCapitalBps: 10_001, vatRecoverable: true }],
    [LINE, '1', { costOfCapitalBps: 600, vatRecoverable: true, prepaymentDays: 366 }],
    [LINE, '1', { costOfCapitalBps: 600, vatRecoverable: true, prepaymentDays: 1.5 }],
  ] as const)('throws a RangeError for %j × %s with %j', (line, quantity, ctx) => {
    expect(() => landedCost(line, quantity, 'net30', ctx)).toThrow(RangeError);
  });
});

describe('financingDays', () => {
  it('uses the days of the term, and −prepaymentDays for prepayment', () => {
    expect(financingDays('cash', RECOVERABLE)).toBe(0);
    expect(financingDays('net30', RECOVERABLE)).toBe(30);
    expect(financingDays('net60', RECOVERABLE)).toBe(60);
    expect(financingDays('net90', RECOVERABLE)).toBe(90);
    expect(financingDays('prepayment', RECOVERABLE)).toBe(-30);
    expect(financingDays('prepayment', { ...RECOVERABLE, prepaymentDays: 10 })).toBe(-10);
  });
});

describe('compareLandedUnit: exact, before rounding', () => {
  const offer = (
    unitPrice: string,
    freightPerUnit: string,
    taxRateBps: number,
    paymentTerm: 'cash' | 'net60' | 'prepayment',
  ) => ({
    unitPrice,
    freightPerUnit,
    taxRateBps,
    paymentTerm,
  });

  it('counts the freight: a delivered 5 950 beats 5 900 + 80', () => {
    expect(
      compareLandedUnit(offer('5950', '0', 1300, 'cash'), offer('5900', '80', 1300, 'cash'), RECOVERABLE),
    ).toBe(-1);
    expect(
      compareLandedUnit(offer('5900', '80', 1300, 'cash'), offer('5950', '0', 1300, 'cash'), RECOVERABLE),
    ).toBe(1);
  });

  it('counts the payment term: net60 beats cash beats prepayment at the same price', () => {
    const net60 = offer('5900', '80', 1300, 'net60');
    const cash = offer('5900', '80', 1300, 'cash');
    const prepay = offer('5900', '80', 1300, 'prepayment');
    expect(compareLandedUnit(net60, cash, RECOVERABLE)).toBe(-1);
    expect(compareLandedUnit(cash, prepay, RECOVERABLE)).toBe(-1);
    expect(compareLandedUnit(cash, cash, RECOVERABLE)).toBe(0);
    // at 0 % cost of capital the term does not matter
    expect(compareLandedUnit(net60, prepay, { costOfCapitalBps: 0, vatRecoverable: true })).toBe(0);
  });

  it('counts the tax only when the buyer cannot recover it', () => {
    const a = offer('5900', '80', 900, 'cash'); // 5 980 × 1.09 = 6 518.20
    const b = offer('5950', '0', 1300, 'cash'); // 5 950 × 1.13 = 6 723.50
    expect(compareLandedUnit(a, b, NOT_RECOVERABLE)).toBe(-1);
    expect(compareLandedUnit(a, b, RECOVERABLE)).toBe(1);
  });

  it('tells apart what rounding to 4 places would not', () => {
    // 1 ¥ net60 vs 0.9901 ¥ cash at 6 %: 1 − 0.009863… = 0.990137 > 0.9901
    const ctx = RECOVERABLE;
    expect(compareLandedUnit(offer('1', '0', 0, 'net60'), offer('0.9901', '0', 0, 'cash'), ctx)).toBe(1);
    // 1 × (1 − 600 × 60 ÷ 3 650 000) = 3 614 000 ÷ 3 650 000, over the common denominator 10^8 × 365
    expect(landedUnitFraction(offer('1', '0', 0, 'net60'), ctx)).toEqual({
      numerator: 10_000n * 3_614_000n,
      denominator: 36_500_000_000n,
    });
  });
});
