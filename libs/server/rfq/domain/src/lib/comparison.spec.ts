import { describe, expect, it } from 'vitest';
import { compareQuotes, deliveryScore, type ComparisonItem, type ComparisonQuote } from './comparison';
import type { LandedContext } from './landed-cost';

const CTX: LandedContext = { costOfCapitalBps: 600, vatRecoverable: true };

const ITEMS: ComparisonItem[] = [
  { itemNo: 1, quantity: '100', requiredDate: '2025-09-18' },
  { itemNo: 2, quantity: '50', requiredDate: '2025-09-20' },
];

const A: ComparisonQuote = {
  quoteId: 'A',
  sellerId: 'SA',
  version: 2,
  paymentTerm: 'cash',
  deliveryDate: '2025-09-20',
  supplierScore: 80,
  lines: [
    { itemNo: 1, quantity: '100', unitPrice: '5900', freightPerUnit: '80', taxRateBps: 1300 },
    { itemNo: 2, quantity: '50', unitPrice: '3000', freightPerUnit: '0', taxRateBps: 1300 },
  ],
};
const B: ComparisonQuote = {
  quoteId: 'B',
  sellerId: 'SB',
  version: 1,
  paymentTerm: 'net60',
  deliveryDate: '2025-09-18',
  supplierScore: null,
  lines: [
    { itemNo: 1, quantity: '60', unitPrice: '5950', freightPerUnit: '0', taxRateBps: 1300 },
    { itemNo: 2, quantity: '50', unitPrice: '2900', freightPerUnit: '50', taxRateBps: 1300 },
  ],
};
const C: ComparisonQuote = {
  quoteId: 'C',
  sellerId: 'SC',
  version: 3,
  paymentTerm: 'cash',
  deliveryDate: '2025-09-25',
  supplierScore: 90,
  lines: [
    { itemNo: 2, quantity: '30', unitPrice: '2980', freightPerUnit: '0', taxRateBps: 1300 },
    // an item the RFQ does not have: ignored
    { itemNo: 9, quantity: '1', unitPrice: '1', freightPerUnit: '0', taxRateBps: 0 },
  ],
};

describe('compareQuotes: the table', () => {
  const table = compareQuotes(ITEMS, [A, B, C], CTX);

  it('lists, per item, every quote that offers it, with the landed cost of the offered quantity', () => {
    expect(table.items).toEqual([
      {
        itemNo: 1,
        quantity: '100.000',
        requiredDate: '2025-09-18',
        offers: [
          {
            quoteId: 'A',
            sellerId: 'SA',
            quantity: '100.000',
            unitPrice: '5900.0000',
            freightPerUnit: '80.0000',
            taxRateBps: 1300,
            landed: {
              goodsMinor: '59000000',
              freightMinor: '800000',
              financingMinor: '0',
              taxMinor: '0',
              totalMinor: '59800000',
              landedUnit: '5980.0000',
            },
            cheapest: false,
          },
          {
            quoteId: 'B',
            sellerId: 'SB',
            quantity: '60.000',
            unitPrice: '5950.0000',
            freightPerUnit: '0.0000',
            taxRateBps: 1300,
            // 35 700 000 − 35 700 000 × 36 000 ÷ 3 650 000 (352 109.59)
            landed: {
              goodsMinor: '35700000',
              freightMinor: '0',
              financingMinor: '-352110',
              taxMinor: '0',
              totalMinor: '35347890',
              landedUnit: '5891.3150',
            },
            cheapest: true,
          },
        ],
      },
      {
        itemNo: 2,
        quantity: '50.000',
        requiredDate: '2025-09-20',
        offers: [
          expect.objectContaining({ quoteId: 'A', cheapest: false }),
          expect.objectContaining({
            quoteId: 'B',
            landed: expect.objectContaining({ totalMinor: '14604521', landedUnit: '2920.9042' }),
            cheapest: true,
          }),
          expect.objectContaining({
            quoteId: 'C',
            quantity: '30.000',
            landed: expect.objectContaining({ totalMinor: '8940000', landedUnit: '2980.0000' }),
            cheapest: false,
          }),
        ],
      },
    ]);
  });

  it('marks which quotes cover everything, their totals, and the cheapest of those', () => {
    expect(table.quotes).toEqual([
      {
        quoteId: 'A',
        sellerId: 'SA',
        version: 2,
        paymentTerm: 'cash',
        deliveryDate: '2025-09-20',
        coversAll: true,
        totalLandedMinor: '74800000',
        cheapestOverall: true,
        score: null,
        scoreParts: null,
      },
      expect.objectContaining({
        quoteId: 'B',
        coversAll: false,
        totalLandedMinor: '49952411',
        cheapestOverall: false,
      }),
      expect.objectContaining({
        quoteId: 'C',
        coversAll: false,
        totalLandedMinor: '8940000',
        cheapestOverall: false,
      }),
    ]);
  });

  it('marks every tied offer and every tied full quote', () => {
    const twin = { ...A, quoteId: 'A2', sellerId: 'SA2' };
    const t = compareQuotes(ITEMS, [A, twin], CTX);
    expect(t.items.flatMap((i) => i.offers.map((o) => o.cheapest))).toEqual([true, true, true, true]);
    expect(t.quotes.map((q) => q.cheapestOverall)).toEqual([true, true]);
  });

  it('marks no overall cheapest when no quote covers everything', () => {
    const t = compareQuotes(ITEMS, [B, C], CTX);
    expect(t.quotes.map((q) => q.cheapestOverall)).toEqual([false, false]);
  });

  it('counts the VAT when the buyer cannot recover it', () => {
    const t = compareQuotes(ITEMS, [A], { ...CTX, vatRecoverable: false });
    expect(t.items[0]?.offers[0]?.landed).toMatchObject({ taxMinor: '7774000', totalMinor: '67574000' });
  });
});

describe('compareQuotes: the weighted score', () => {
  const weights = { price: 60, delivery: 20, supplier: 20 };

  it('weighs price, delivery and the supplier scorecard', () => {
    const t = compareQuotes(ITEMS, [A, B, C], { ...CTX, weights });
    // A covers all and is the cheapest of those: price 100; on time: 100; scorecard 80
    //   (60 × 100 + 20 × 100 + 20 × 80) ÷ 100 = 96
    // B is partial but has the cheapest units of both items: price 100; on time; no scorecard: 50
    //   (6 000 + 2 000 + 1 000) ÷ 100 = 90
    // C is partial: 2 950 × (1 − 0.0098630) ÷ 2 980 × 100 = 98.0169…; 5 days late: 75; scorecard 90
    //   (60 × 98.0169… + 1 500 + 1 800) ÷ 100 = 91.8101…
    expect(t.quotes.map((q) => [q.quoteId, q.score, q.scoreParts])).toEqual([
      ['A', '96.00', { price: '100.00', delivery: '100.00', supplier: '80.00' }],
      ['B', '90.00', { price: '100.00', delivery: '100.00', supplier: '50.00' }],
      ['C', '91.81', { price: '98.02', delivery: '75.00', supplier: '90.00' }],
    ]);
  });

  it('compares full quotes by their totals', () => {
    // D: item 1 at 6 100 + 80 cash = 61 800 000, item 2 as A: 15 000 000 → 76 800 000
    const D: ComparisonQuote = {
      ...A,
      quoteId: 'D',
      lines: [
        { itemNo: 1, quantity: '100', unitPrice: '6100', freightPerUnit: '80', taxRateBps: 1300 },
        ...A.lines.slice(1),
      ],
    };
    const t = compareQuotes(ITEMS, [A, D], { ...CTX, weights: { price: 100, delivery: 0, supplier: 0 } });
    // 74 800 000 ÷ 76 800 000 × 100 = 97.3958…
    expect(t.quotes.map((q) => q.score)).toEqual(['100.00', '97.40']);
  });

  it('scores delivery 5 less per day late, never below 0, against the latest required date', () => {
    expect(deliveryScore('2025-09-20', '2025-09-01')).toBe(100);
    expect(deliveryScore('2025-09-20', '2025-09-20')).toBe(100);
    expect(deliveryScore('2025-09-20', '2025-09-21')).toBe(95);
    expect(deliveryScore('2025-09-20', '2025-10-09')).toBe(5);
    expect(deliveryScore('2025-09-20', '2025-10-10')).toBe(0);
    expect(deliveryScore('2025-09-20', '2026-01-01')).toBe(0);
    const late = { ...A, deliveryDate: '2025-09-19' }; // late for item 1, on time for the latest date
    const t = compareQuotes(ITEMS, [late], { ...CTX, weights: { price: 0, delivery: 100, supplier: 0 } });
    expect(t.quotes[0]?.score).toBe('100.00');
  });

  it('gives 0 for price to a quote offering nothing the RFQ asks for', () => {
    const none: ComparisonQuote = { ...C, quoteId: 'N', lines: [] };
    const t = compareQuotes(ITEMS, [none], { ...CTX, weights: { price: 100, delivery: 0, supplier: 0 } });
    expect(t.quotes[0]).toMatchObject({ coversAll: false, totalLandedMinor: '0', score: '0.00' });
  });

  it('refuses weights that do not add up to 100, and bad scorecards (programming errors)', () => {
    for (const w of [
      { price: 50, delivery: 20, supplier: 20 },
      { price: 110, delivery: -10, supplier: 0 },
      { price: 33.5, delivery: 33.5, supplier: 33 },
    ]) {
      expect(() => compareQuotes(ITEMS, [A], { ...CTX, weights: w })).toThrow(RangeError);
    }
    expect(() => compareQuotes(ITEMS, [{ ...A, supplierScore: 101 }], { ...CTX, weights })).toThrow(
      RangeError,
    );
    expect(() =>
      compareQuotes(ITEMS, [{ ...A, supplierScore: 80 }], { ...CTX, weights: null }),
    ).not.toThrow();
  });
});
