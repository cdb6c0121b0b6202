import { describe, expect, it } from 'vitest';
import {
  PRICING_ERRORS,
  pricingErrorMessage,
  quoteFailure,
  RULE_PROBLEMS,
  ruleProblemMessage,
  type PricingErrorCode,
  type RuleProblemCode,
} from './pricing.errors';

describe('pricing errors', () => {
  it('has a message in both languages and HTTP 422 for every code', () => {
    for (const code of Object.keys(PRICING_ERRORS) as PricingErrorCode[]) {
      expect(pricingErrorMessage(code, 'zh-CN')).not.toBe('');
      expect(pricingErrorMessage(code, 'en')).not.toBe('');
      expect(pricingErrorMessage(code, 'en')).not.toBe(pricingErrorMessage(code, 'zh-CN'));
      expect(PRICING_ERRORS[code].status).toBe(422);
    }
  });

  it('fills in the parameters a message names', () => {
    expect(pricingErrorMessage('BELOW_MINIMUM_QUANTITY', 'en', { min: '10.000' })).toBe(
      'The quantity is below the minimum order quantity of 10.000',
    );
    expect(pricingErrorMessage('OFF_INCREMENT', 'zh-CN', { min: '10.000', increment: '5.000' })).toBe(
      '数量须为起订量 10.000 加整数倍的订货增量 5.000',
    );
    // an unknown parameter stays visible rather than vanishing
    expect(pricingErrorMessage('BELOW_MINIMUM_QUANTITY', 'en')).toContain('{min}');
  });

  it('builds a failed result with the field at fault', () => {
    expect(quoteFailure('NO_PRICE_ON_DATE', 'date')).toEqual({
      ok: false,
      error: { code: 'NO_PRICE_ON_DATE', field: 'date' },
    });
  });

  it('has both languages for every rule problem', () => {
    for (const code of Object.keys(RULE_PROBLEMS) as RuleProblemCode[]) {
      const p = {
        field: 'x',
        code,
        params: {
          places: '4',
          min: '0',
          max: '1',
          base: '1',
          allowed: 'a',
          value: 'v',
          region: 'r',
          zone: 'z',
        },
      };
      expect(ruleProblemMessage(p, 'en')).not.toMatch(/\{\w+\}/);
      expect(ruleProblemMessage(p, 'zh-CN')).not.toMatch(/\{\w+\}/);
      expect(ruleProblemMessage(p, 'en')).not.toBe(ruleProblemMessage(p, 'zh-CN'));
    }
  });
});
