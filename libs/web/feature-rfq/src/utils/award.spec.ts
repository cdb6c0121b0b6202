import { describe, expect, it } from 'vitest';
import { comparison, inHours, QUOTE2_ID, QUOTE_ID, rfq } from '../testing/rfq-fixtures';
import {
  awardInput,
  awardQuantityProblem,
  awardTotalMinor,
  costBars,
  isDuplicateRow,
  quotesReadable,
  sealedNow,
  splitToRows,
  weightsProblem,
} from './award';

describe('the award and the comparison', () => {
  const c = comparison();

  it('turns the best split into award rows and prices them in landed cost', () => {
    const rows = splitToRows(c.bestSplit);
    expect(rows).toEqual([
      { itemNo: 1, quoteId: QUOTE_ID, quantity: '300' },
      { itemNo: 2, quoteId: QUOTE2_ID, quantity: '40' },
    ]);
    expect(awardTotalMinor(c, rows)).toBe(197045000n);
    expect(awardTotalMinor(c, [{ itemNo: 1, quoteId: QUOTE_ID, quantity: '250' }, { itemNo: 2 }])).toBe(
      147287500n,
    );
    expect(awardInput('r', { allocations: rows, justification: ' 最低价 ' })).toEqual({
      rfqId: 'r',
      allocations: [
        { itemNo: 1, quoteId: QUOTE_ID, quantity: '300' },
        { itemNo: 2, quoteId: QUOTE2_ID, quantity: '40' },
      ],
      justification: '最低价',
    });
  });

  it('refuses more than offered, more than requested across rows, and a quote given an item twice', () => {
    const rows = [
      { itemNo: 1, quoteId: QUOTE_ID, quantity: '200' },
      { itemNo: 1, quoteId: QUOTE2_ID, quantity: '100' },
    ];
    expect(awardQuantityProblem(c, rows, 0)).toBeNull();
    expect(awardQuantityProblem(c, [{ ...rows[0], quantity: '301' }], 0)).toBe('moreThanOffered');
    expect(awardQuantityProblem(c, [rows[0] as never, { ...rows[1], quantity: '100.001' }], 1)).toBe(
      'moreThanRequested',
    );
    expect(awardQuantityProblem(c, [{ ...rows[0], quantity: '' }], 0)).toBe('required');
    expect(isDuplicateRow([rows[0] as never, { ...rows[0] }], 1)).toBe(true);
    expect(isDuplicateRow(rows, 1)).toBe(false);
  });

  it('checks the score weights', () => {
    expect(weightsProblem({ price: 70, delivery: 20, supplier: 10 })).toBeNull();
    expect(weightsProblem({ price: 70, delivery: 20, supplier: 20 })).toBe('sum');
    expect(weightsProblem({ price: 70.5, delivery: 19.5, supplier: 10 })).toBe('whole');
    expect(weightsProblem({ price: 100, delivery: 0 })).toBe('whole');
  });

  it('draws the totals as bars of the dearest, cheapest first', () => {
    expect(costBars(c)).toEqual([
      { quoteId: QUOTE_ID, totalMinor: '198180000', percent: 98.49, cheapest: true },
      { quoteId: QUOTE2_ID, totalMinor: '201200000', percent: 100, cheapest: false },
    ]);
  });

  it('lets the buyer read quotes once published, and a sealed RFQ’s only after its deadline', () => {
    const now = Date.now();
    expect(quotesReadable(rfq({ status: 'draft' }), now)).toBe(false);
    expect(quotesReadable(rfq({ status: 'open', sealed: false, deadline: inHours(5) }), now)).toBe(true);
    const sealed = rfq({ status: 'open', sealed: true, deadline: inHours(5) });
    expect([quotesReadable(sealed, now), sealedNow(sealed, now)]).toEqual([false, true]);
    const opened = rfq({ status: 'closed', sealed: true, deadline: inHours(-1) });
    expect([quotesReadable(opened, now), sealedNow(opened, now)]).toEqual([true, false]);
  });
});
