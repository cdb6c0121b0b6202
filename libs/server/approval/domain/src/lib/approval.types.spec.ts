import { describe, expect, it } from 'vitest';
import { isSubjectType, SUBJECT_TYPES } from './approval.types';

describe('subject types', () => {
  it('lists every subject the engine serves (DESIGN.md §9), once each', () => {
    expect([...SUBJECT_TYPES].sort()).toEqual([
      'auction_award',
      'credit_limit_change',
      'group_buy_commitment',
      'loan_disbursement',
      'purchase_order',
      'purchase_requisition',
      'rfq_award',
      'rfq_publication',
      'special_price',
    ]);
  });

  it.each([
    ['purchase_order', true],
    ['loan_disbursement', true],
    ['invoice', false],
    ['', false],
    ['PURCHASE_ORDER', false],
  ])('isSubjectType(%j) is %s', (value, expected) => {
    expect(isSubjectType(value)).toBe(expected);
  });
});
