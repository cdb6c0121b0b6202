import { describe, expect, it } from 'vitest';
import type { PaymentTermsRule } from '../data/types';
import {
  overrideProblem,
  termAdjustmentMinor,
  termsFieldName,
  termsFormValues,
  termsPreview,
  toTermsRule,
} from './terms';

const rule = (over: Partial<PaymentTermsRule> = {}): PaymentTermsRule => ({
  annualCostOfCapitalBps: 800,
  prepaymentDays: 30,
  overridesBps: {},
  ...over,
});
const GOODS = 1_000_000n; // 10 000.00

describe('payment terms preview', () => {
  it('prices each term on 10 000.00 at 8 % a year, exactly', () => {
    const rows = termsPreview(rule());
    expect(rows.map((r) => [r.term, r.days, r.adjustmentMinor])).toEqual([
      ['prepayment', 30, -6575n], // 10 000 × 8 % × 30 / 365 = 65.7534… → −65.75
      ['cash', 0, 0n],
      ['net30', 30, 6575n],
      ['net60', 60, 13151n], // 131.5068… → +131.51
      ['net90', 90, 19726n], // 197.2602… → +197.26
    ]);
  });

  it('rounds half up on the fen, away from zero for a discount', () => {
    // 73 000 bps·days / 365 = 200 bps exactly → 1 000 000 × 2 % = 20 000 fen
    expect(
      termAdjustmentMinor(GOODS, rule({ annualCostOfCapitalBps: 1000, prepaymentDays: 73 }), 'prepayment'),
    ).toBe(-20_000n);
    // 1 fen × 800 bps × 90 days ÷ 3 650 000 = 0.019… → 0; 7 fen × 10 000 bps × 90 ÷ 3 650 000 = 1.726… → 2
    expect(termAdjustmentMinor(1n, rule(), 'net90')).toBe(0n);
    expect(termAdjustmentMinor(7n, rule({ annualCostOfCapitalBps: 10_000 }), 'net90')).toBe(2n);
    // exactly half a fen: an override of 1 bps on 5 000 fen is 0.5 fen → 1 (and −1 for a discount)
    expect(termAdjustmentMinor(5_000n, rule({ overridesBps: { net30: 1 } }), 'net30')).toBe(1n);
    expect(termAdjustmentMinor(5_000n, rule({ overridesBps: { prepayment: -1 } }), 'prepayment')).toBe(-1n);
  });

  it('uses a fixed rate where the list overrides the formula, and the rule’s prepayment days', () => {
    const rows = termsPreview(rule({ prepaymentDays: 45, overridesBps: { net60: 120, prepayment: -50 } }));
    expect(rows.find((r) => r.term === 'net60')).toEqual({
      term: 'net60',
      days: null,
      overrideBps: 120,
      adjustmentMinor: 12_000n,
    });
    expect(rows.find((r) => r.term === 'prepayment')?.adjustmentMinor).toBe(-5_000n);
    expect(termAdjustmentMinor(GOODS, rule({ prepaymentDays: 45 }), 'prepayment')).toBe(-9863n); // 98.630… → −98.63
  });

  it('keeps money exact on large amounts', () => {
    // 10^15 fen at 8 % for 60 days: 13 150 684 931 506.849… → …507
    expect(termAdjustmentMinor(10n ** 15n, rule(), 'net60')).toBe(13_150_684_931_507n);
  });
});

describe('payment terms form', () => {
  it('round-trips a rule and sends overrides in bps', () => {
    const values = termsFormValues(rule({ overridesBps: { net90: 250 } }));
    expect(values.costPercent).toBe('8');
    expect(values.overrides.net90).toEqual({ on: true, percent: '2.5' });
    expect(values.overrides.net30).toEqual({ on: false, percent: '' });
    expect(toTermsRule(values)).toEqual(rule({ overridesBps: { net90: 250 } }));
    expect(toTermsRule({ ...values, inherit: true })).toBeNull();
    expect(termsFormValues(null).inherit).toBe(true);
  });

  it('keeps a prepayment override a discount and credit terms a charge', () => {
    expect(overrideProblem('prepayment', '-0.5')).toBeNull();
    expect(overrideProblem('prepayment', '0.5')).toBe('sign');
    expect(overrideProblem('net30', '-0.5')).toBe('sign');
    expect(overrideProblem('net30', '50.01')).toBe('range');
  });

  it('puts the API’s errors on the field they concern', () => {
    expect(termsFieldName('terms.annualCostOfCapitalBps')).toEqual(['costPercent']);
    expect(termsFieldName('terms.prepaymentDays')).toEqual(['prepaymentDays']);
    expect(termsFieldName('terms.overridesBps.net60')).toEqual(['overrides', 'net60', 'percent']);
    expect(termsFieldName('terms.overridesBps.cash')).toBeNull();
    expect(termsFieldName('name')).toBeNull();
  });
});
