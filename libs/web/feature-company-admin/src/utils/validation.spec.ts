import { describe, expect, it } from 'vitest';
import { DepartmentInputSchema } from '@tradeway/shared/contracts';
import { budgetCodeProblem, emailProblem, nameProblem } from './validation';

describe('form validation, by the API’s rules', () => {
  it.each([
    ['CC-100', null],
    ['cc.finance_2', null],
    ['9', null],
    [`A${'b'.repeat(31)}`, null],
    [`A${'b'.repeat(32)}`, 'max'],
    ['', 'required'],
    ['   ', 'required'],
    ['-CC', 'format'],
    ['.hidden', 'format'],
    ['CC 100', 'format'],
    ['成本中心', 'format'],
    ['CC/100', 'format'],
  ])('budget code %j → %s', (code, problem) => {
    expect(budgetCodeProblem(code)).toBe(problem);
    // the same verdict as the contract's schema
    expect(DepartmentInputSchema.shape.budgetCode.safeParse(code).success).toBe(problem === null);
  });

  it('takes a budget code with spaces around it, as the API trims them', () => {
    expect(budgetCodeProblem('  CC-100 ')).toBeNull();
  });

  it('wants a name, not blank, at most 100 characters', () => {
    expect(nameProblem('王采购')).toBeNull();
    expect(nameProblem(undefined)).toBe('required');
    expect(nameProblem('  ')).toBe('required');
    expect(nameProblem('x'.repeat(100))).toBeNull();
    expect(nameProblem('x'.repeat(101))).toBe('max');
  });

  it('wants an email address the API takes', () => {
    expect(emailProblem('New.Buyer@huaxin-food.demo')).toBeNull();
    expect(emailProblem(' new.buyer@huaxin-food.demo ')).toBeNull();
    expect(emailProblem('')).toBe('required');
    expect(emailProblem('not-an-email')).toBe('invalid');
    expect(emailProblem('a@b')).toBe('invalid');
  });
});
