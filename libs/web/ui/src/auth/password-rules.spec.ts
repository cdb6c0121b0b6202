import { NewPasswordSchema } from '@tradeway/shared/contracts';
import { describe, expect, it } from 'vitest';
import { isValidEmail, passwordProblems } from './password-rules';

describe('password and email rules (the API’s own schemas)', () => {
  it.each([
    ['Tradeway-demo-2026', []],
    ['abcdefghi1', []],
    ['short1', ['min']],
    ['abcdefghijk', ['digit']],
    ['12345678901', ['letter']],
    ['-----', ['min', 'letter', 'digit']],
    ['', ['min', 'letter', 'digit']],
    [`a1${'x'.repeat(127)}`, ['max']],
  ])('%s lacks %j', (password, rules) => {
    expect(passwordProblems(password).map((p) => p.rule)).toEqual(rules);
    expect(NewPasswordSchema.safeParse(password).success).toBe(rules.length === 0);
  });

  it('accepts what the API accepts, after trimming the spaces a paste brings', () => {
    expect(isValidEmail('buyer.owner@huaxin-food.demo')).toBe(true);
    expect(isValidEmail('  Buyer.Owner@huaxin-food.demo ')).toBe(true);
    expect(isValidEmail('buyer.owner')).toBe(false);
    expect(isValidEmail('buyer@owner')).toBe(false);
  });
});
