import { describe, expect, it } from 'vitest';
import type { LandedContext } from './landed-cost';
import { awardCost, bestSplitAward, singleAward, type AwardItem, type AwardQuote } from './split-award';

const CTX: LandedContext = { costOfCapitalBps: 600, vatRecoverable: true };

const ITEMS: AwardItem[] = [
  { itemNo: 1, quantity: '100' },
  { itemNo: 2, quantity: '50' },
];

/**
 * Exact landed unit costs at 6 %, VAT recovered:
 *   item 1: A 5 900 + 80 cash = 5 980; B 5 950 net60 = 5 950 × (1 − 0.0098630) = 5 891.32 (60 t only)
 *   item 2: A 3 000 cash = 3 000; B (2 900 + 50) net60 = 2 920.90; C 2 980 cash (30 t only)
 */
const A1 = { itemNo: 1, quantity: '100', unitPrice: '5900', freightPerUnit: '80', taxRateBps: 1300 };
const A2 = { itemNo: 2, quantity: '50', unitPrice: '3000', freightPerUnit: '0', taxRateBps: 1300 };
const A: AwardQuote = { quoteId: 'A', paymentTerm: 'cash', deliveryDate: '2025-09-20', lines: [A1, A2] };
const B: AwardQuote = {
  quoteId: 'B',
  paymentTerm: 'net60',
  deliveryDate: '2025-09-18',
  lines: [
    { itemNo: 1, quantity: '60', unitPrice: '5950', freightPerUnit: '0', taxRateBps: 1300 },
    { itemNo: 2, quantity: '50', unitPrice: '2900', freightPerUnit: '50', taxRateBps: 1300 },
  ],
};
const C: AwardQuote = {
  quoteId: 'C',
  paymentTerm: 'cash',
  deliveryDate: '2025-09-25',
  lines: [{ itemNo: 2, quantity: '30', unitPrice: '2980', freightPerUnit: '0', taxRateBps: 1300 }],
};

describe('bestSplitAward', () => {
  it('fills each item from the cheapest landed offers', () => {
    // item 1: B 60 t  = 35 700 000 − 352 110 (net60)           = 35 347 890
    //         A 40 t  = 23 600 000 + 320 000                    = 23 920 000
    // item 2: B 50 t  = 14 500 000 + 250 000 − 145 479 (net60) = 14 604 521
    expect(bestSplitAward(ITEMS, [A, B, C], CTX)).toEqual({
      allocations: [
        { itemNo: 1, quoteId: 'B', quantity: '60.000' },
        { itemNo: 1, quoteId: 'A', quantity: '40.000' },
        { itemNo: 2, quoteId: 'B', quantity: '50.000' },
      ],
      totalMinor: 73_872_411n,
      uncovered: [],
    });
  });

  it('is cheaper than the one quote that covers everything', () => {
    expect(singleAward(ITEMS, A, CTX)).toEqual({
      allocations: [
        { itemNo: 1, quoteId: 'A', quantity: '100.000' },
        { itemNo: 2, quoteId: 'A', quantity: '50.000' },
      ],
      totalMinor: 74_800_000n,
      uncovered: [],
    });
    expect(singleAward(ITEMS, B, CTX).uncovered).toEqual([{ itemNo: 1, quantity: '40.000' }]);
    expect(singleAward(ITEMS, C, CTX).uncovered).toEqual([
      { itemNo: 1, quantity: '100.000' },
      { itemNo: 2, quantity: '20.000' },
    ]);
  });

  it('reports what no quote offers', () => {
    const plan = bestSplitAward(ITEMS, [B, C], CTX);
    expect(plan.allocations).toEqual([
      { itemNo: 1, quoteId: 'B', quantity: '60.000' },
      { itemNo: 2, quoteId: 'B', quantity: '50.000' },
    ]);
    expect(plan.uncovered).toEqual([{ itemNo: 1, quantity: '40.000' }]);
    expect(bestSplitAward(ITEMS, [], CTX)).toEqual({
      allocations: [],
      totalMinor: 0n,
      uncovered: [
        { itemNo: 1, quantity: '100.000' },
        { itemNo: 2, quantity: '50.000' },
      ],
    });
  });

  it('follows the buyer’s own cost of capital and VAT position', () => {
    // at 0 % the payment term is worth nothing: item 2 goes to C (2 980) before A (3 000), B (2 950) first
    const plan = bestSplitAward(ITEMS, [A, B, C], { costOfCapitalBps: 0, vatRecoverable: true });
    expect(plan.allocations.filter((a) => a.itemNo === 2)).toEqual([
      { itemNo: 2, quoteId: 'B', quantity: '50.000' },
    ]);
    const dearB = { ...B, lines: B.lines.map((l) => (l.itemNo === 2 ? { ...l, unitPrice: '2990' } : l)) };
    expect(
      bestSplitAward(ITEMS, [A, dearB, C], { costOfCapitalBps: 0, vatRecoverable: true }).allocations.filter(
        (a) => a.itemNo === 2,
      ),
    ).toEqual([
      // C 2 980, then A 3 000; B is now 2 990 + 50 = 3 040
      { itemNo: 2, quoteId: 'C', quantity: '30.000' },
      { itemNo: 2, quoteId: 'A', quantity: '20.000' },
    ]);
  });

  it('breaks ties by earlier delivery, then quote id', () => {
    const line = { itemNo: 1, quantity: '40', unitPrice: '100', freightPerUnit: '0', taxRateBps: 0 };
    const q = (quoteId: string, deliveryDate: string): AwardQuote => ({
      quoteId,
      paymentTerm: 'cash',
      deliveryDate,
      lines: [line],
    });
    const items = [{ itemNo: 1, quantity: '100' }];
    expect(
      bestSplitAward(items, [q('Z', '2025-09-20'), q('Y', '2025-09-10'), q('X', '2025-09-20')], CTX)
        .allocations,
    ).toEqual([
      { itemNo: 1, quoteId: 'Y', quantity: '40.000' },
      { itemNo: 1, quoteId: 'X', quantity: '40.000' },
      { itemNo: 1, quoteId: 'Z', quantity: '20.000' },
    ]);
  });

  it('prefers one supplier when a single award costs the same as the split', () => {
    const full: AwardQuote = { ...A, quoteId: 'F', deliveryDate: '2025-09-30' };
    const part: AwardQuote = { ...A, quoteId: 'P', deliveryDate: '2025-09-01', lines: [A1] };
    // the split takes item 1 from P (same unit cost, earlier delivery) and item 2 from F: the same money
    expect(bestSplitAward(ITEMS, [full, part], CTX)).toEqual(singleAward(ITEMS, full, CTX));
  });

  it('takes the single award when rounding makes the split a fen dearer', () => {
    // half a fen a unit: 2 units in one allocation are 1 fen, split 1 + 1 they round to 2 fen
    const line = { itemNo: 1, unitPrice: '0.005', freightPerUnit: '0', taxRateBps: 0 };
    const whole: AwardQuote = {
      quoteId: 'W',
      paymentTerm: 'cash',
      deliveryDate: '2025-09-20',
      lines: [{ ...line, quantity: '2' }],
    };
    const half: AwardQuote = {
      quoteId: 'H',
      paymentTerm: 'cash',
      deliveryDate: '2025-09-10',
      lines: [{ ...line, quantity: '1' }],
    };
    const items = [{ itemNo: 1, quantity: '2' }];
    const split = awardCost(
      [
        { itemNo: 1, quoteId: 'H', quantity: '1' },
        { itemNo: 1, quoteId: 'W', quantity: '1' },
      ],
      [whole, half],
      CTX,
    );
    expect(split.totalMinor).toBe(2n);
    expect(bestSplitAward(items, [whole, half], CTX)).toEqual({
      allocations: [{ itemNo: 1, quoteId: 'W', quantity: '2.000' }],
      totalMinor: 1n,
      uncovered: [],
    });
  });

  it('throws on a quote naming an item twice (corrupt data)', () => {
    const bad = { ...A, lines: [A1, A2, A1] };
    expect(() => bestSplitAward(ITEMS, [bad], CTX)).toThrow(RangeError);
  });
});

describe('awardCost', () => {
  it('prices the buyer’s own award line by line and in sum', () => {
    const cost = awardCost(
      [
        { itemNo: 1, quoteId: 'A', quantity: '100' },
        { itemNo: 2, quoteId: 'B', quantity: '50' },
      ],
      [A, B, C],
      { costOfCapitalBps: 600, vatRecoverable: false },
    );
    // A item 1: 59 800 000 + VAT 7 774 000; B item 2: 14 750 000 − 145 479 + VAT 1 917 500
    expect(cost).toMatchObject({
      goodsMinor: 73_500_000n,
      freightMinor: 1_050_000n,
      financingMinor: -145_479n,
      taxMinor: 9_691_500n,
      totalMinor: 84_096_021n,
    });
    expect(cost.lines.map((l) => [l.itemNo, l.quoteId, l.quantity, l.totalMinor])).toEqual([
      [1, 'A', '100', 67_574_000n],
      [2, 'B', '50', 16_522_021n],
    ]);
  });

  it('throws for an unknown quote or a line the quote does not have (check the award first)', () => {
    expect(() => awardCost([{ itemNo: 1, quoteId: 'Q', quantity: '1' }], [A], CTX)).toThrow(RangeError);
    expect(() => awardCost([{ itemNo: 1, quoteId: 'C', quantity: '1' }], [C], CTX)).toThrow(RangeError);
    expect(() => awardCost([{ itemNo: 2, quoteId: 'C', quantity: '0' }], [C], CTX)).toThrow(RangeError);
  });
});
