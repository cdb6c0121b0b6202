import { describe, expect, it } from 'vitest';
import { checkAward, type AwardedQuoteFacts, type AwardInput } from './award-rules';
import { RFQ_STATES } from './rfq-states';
import { at, DAY, failure, T0 } from './testing/fixtures';

const RFQ = {
  state: 'closed' as const,
  items: [
    { itemNo: 1, quantity: '100' },
    { itemNo: 2, quantity: '50' },
  ],
};

const QUOTES: AwardedQuoteFacts[] = [
  {
    quoteId: 'A',
    status: 'active',
    validUntil: at(10 * DAY),
    lines: [
      { itemNo: 1, quantity: '100' },
      { itemNo: 2, quantity: '50' },
    ],
  },
  { quoteId: 'B', status: 'active', validUntil: at(10 * DAY), lines: [{ itemNo: 1, quantity: '60' }] },
  { quoteId: 'W', status: 'withdrawn', validUntil: at(10 * DAY), lines: [{ itemNo: 1, quantity: '100' }] },
  { quoteId: 'X', status: 'active', validUntil: T0, lines: [{ itemNo: 1, quantity: '100' }] },
];

const award = (
  allocations: AwardInput['allocations'],
  justification = '落地成本最低 lowest landed cost',
): AwardInput => ({
  allocations,
  justification,
});

describe('checkAward', () => {
  it('accepts a full award, a split one and a partial one', () => {
    expect(
      checkAward(
        RFQ,
        award([
          { itemNo: 1, quoteId: 'A', quantity: '100' },
          { itemNo: 2, quoteId: 'A', quantity: '50' },
        ]),
        QUOTES,
        T0,
      ).ok,
    ).toBe(true);
    expect(
      checkAward(
        RFQ,
        award([
          { itemNo: 1, quoteId: 'B', quantity: '60' },
          { itemNo: 1, quoteId: 'A', quantity: '40.000' },
          { itemNo: 2, quoteId: 'A', quantity: '50' },
        ]),
        QUOTES,
        T0,
      ).ok,
    ).toBe(true);
    expect(checkAward(RFQ, award([{ itemNo: 2, quoteId: 'A', quantity: '0.001' }]), QUOTES, T0).ok).toBe(
      true,
    );
  });

  it('is possible only on a closed RFQ with no award pending and an active quote', () => {
    const ok = award([{ itemNo: 1, quoteId: 'A', quantity: '1' }]);
    for (const state of RFQ_STATES.filter((s) => s !== 'closed')) {
      expect(failure(checkAward({ ...RFQ, state }, ok, QUOTES, T0))).toEqual({
        code: 'RFQ_TRANSITION_NOT_ALLOWED',
        params: { state },
      });
    }
    expect(failure(checkAward({ ...RFQ, awardPending: true }, ok, QUOTES, T0))).toEqual({
      code: 'RFQ_AWARD_PENDING',
    });
    expect(failure(checkAward(RFQ, ok, [], T0))).toEqual({ code: 'RFQ_NO_QUOTES' });
    expect(
      failure(
        checkAward(
          RFQ,
          ok,
          QUOTES.filter((q) => q.status === 'withdrawn'),
          T0,
        ),
      ),
    ).toEqual({
      code: 'RFQ_NO_QUOTES',
    });
  });

  it('needs a justification and at least one allocation', () => {
    expect(
      failure(checkAward(RFQ, award([{ itemNo: 1, quoteId: 'A', quantity: '1' }], ' \n '), QUOTES, T0)),
    ).toEqual({
      code: 'RFQ_AWARD_JUSTIFICATION_REQUIRED',
      field: 'justification',
    });
    expect(failure(checkAward(RFQ, award([]), QUOTES, T0))).toEqual({
      code: 'RFQ_AWARD_EMPTY',
      field: 'allocations',
    });
  });

  it.each([
    [
      'an item not in the RFQ',
      { itemNo: 7, quoteId: 'A', quantity: '1' },
      'RFQ_QUOTE_LINE_UNKNOWN',
      'allocations.1.itemNo',
      { itemNo: '7' },
    ],
    [
      'an unknown quote',
      { itemNo: 1, quoteId: 'Z', quantity: '1' },
      'RFQ_QUOTE_NOT_FOUND',
      'allocations.1.quoteId',
      undefined,
    ],
    [
      'a withdrawn quote',
      { itemNo: 1, quoteId: 'W', quantity: '1' },
      'RFQ_QUOTE_WITHDRAWN',
      'allocations.1.quoteId',
      undefined,
    ],
    [
      'an expired quote',
      { itemNo: 1, quoteId: 'X', quantity: '1' },
      'RFQ_AWARD_QUOTE_EXPIRED',
      'allocations.1.quoteId',
      { validUntil: '2025-09-01T02:00:00.000Z' },
    ],
    [
      'an item the quote does not offer',
      { itemNo: 2, quoteId: 'B', quantity: '1' },
      'RFQ_AWARD_LINE_NOT_QUOTED',
      'allocations.1.itemNo',
      { itemNo: '2' },
    ],
    [
      'the same item twice to one quote',
      { itemNo: 2, quoteId: 'A', quantity: '1' },
      'RFQ_AWARD_LINE_DUPLICATE',
      'allocations.1.itemNo',
      { itemNo: '2' },
    ],
    [
      'a zero quantity',
      { itemNo: 1, quoteId: 'A', quantity: '0' },
      'RFQ_AWARD_QUANTITY_INVALID',
      'allocations.1.quantity',
      undefined,
    ],
    [
      'a quantity with 4 places',
      { itemNo: 1, quoteId: 'A', quantity: '1.0001' },
      'RFQ_AWARD_QUANTITY_INVALID',
      'allocations.1.quantity',
      undefined,
    ],
  ] as const)('refuses %s', (_what, allocation, code, field, params) => {
    const allocations = [{ itemNo: 2, quoteId: 'A', quantity: '10' }, allocation];
    expect(failure(checkAward(RFQ, award(allocations), QUOTES, T0))).toEqual({
      code,
      field,
      ...(params === undefined ? {} : { params }),
    });
  });

  it('refuses more than the quote offers', () => {
    expect(
      failure(checkAward(RFQ, award([{ itemNo: 1, quoteId: 'B', quantity: '60.001' }]), QUOTES, T0)),
    ).toEqual({
      code: 'RFQ_AWARD_QUANTITY_TOO_HIGH',
      field: 'allocations.0.quantity',
      params: { itemNo: '1', limit: '60.000' },
    });
  });

  it('refuses more than requested in total across quotes', () => {
    const allocations = [
      { itemNo: 1, quoteId: 'B', quantity: '60' },
      { itemNo: 1, quoteId: 'A', quantity: '40.001' },
    ];
    expect(failure(checkAward(RFQ, award(allocations), QUOTES, T0))).toEqual({
      code: 'RFQ_AWARD_QUANTITY_TOO_HIGH',
      field: 'allocations.1.quantity',
      params: { itemNo: '1', limit: '40.000' },
    });
  });

  it('checks validity at the award time, to the millisecond', () => {
    const allocations = [{ itemNo: 1, quoteId: 'A', quantity: '1' }];
    expect(checkAward(RFQ, award(allocations), QUOTES, at(10 * DAY - 1)).ok).toBe(true);
    expect(failure(checkAward(RFQ, award(allocations), QUOTES, at(10 * DAY))).code).toBe(
      'RFQ_AWARD_QUOTE_EXPIRED',
    );
  });
});
