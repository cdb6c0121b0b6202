import { formatDecimal, parseDecimal } from '@tradeway/server/pricing/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteLineInput } from './quote-rules';
import { awardCost, bestSplitAward, singleAward, type AwardItem, type AwardQuote } from './split-award';
import { ctxArb, freightArb, priceArb, taxArb, termArb } from './testing/arbitraries';

/**
 * The property the issue asks for: on random RFQs (1–6 items, 1–6 quotes, random partial
 * lines, prices, freights, terms, tax rates, VAT position), the best split is never dearer
 * than any single award covering everything, never awards more than offered or requested,
 * and covers every item as far as the quotes allow.
 */

const RUNS = { numRuns: 300 };
const MAX_ITEMS = 6;

const lineSpecArb = fc.record({
  /** most quotes offer most items */
  present: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  /** the whole requested quantity, or a part of it (per mille) */
  full: fc.boolean(),
  perMille: fc.integer({ min: 1, max: 1000 }),
  unitPrice: priceArb,
  freightPerUnit: freightArb,
  taxRateBps: taxArb,
});

const quoteSpecArb = fc.record({
  /** one quote in three offers every item in full */
  complete: fc.integer({ min: 0, max: 2 }).map((n) => n === 0),
  paymentTerm: termArb,
  deliveryDay: fc.integer({ min: 1, max: 5 }),
  lines: fc.array(lineSpecArb, { minLength: MAX_ITEMS, maxLength: MAX_ITEMS }),
});

/** Requested quantities: 0.001 … 10 000 units, often whole. */
const requestedArb = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }).map((n) => BigInt(n) * 1000n),
  fc.bigInt({ min: 1n, max: 10_000_000n }),
);

const rfqArb = fc
  .record({
    requested: fc.array(requestedArb, { minLength: 1, maxLength: MAX_ITEMS }),
    quotes: fc.array(quoteSpecArb, { minLength: 1, maxLength: 6 }),
    /** now and then, quotes copy the first one's prices and term, so that ties and rounding show */
    copyPrices: fc.boolean(),
  })
  .map(({ requested, quotes, copyPrices }) => {
    const items: AwardItem[] = requested.map((q, i) => ({ itemNo: i + 1, quantity: formatDecimal(q, 3) }));
    const first = quotes[0];
    const awardQuotes: AwardQuote[] = quotes.map((spec, qi) => ({
      quoteId: `Q${qi}`,
      paymentTerm: copyPrices ? (first?.paymentTerm ?? spec.paymentTerm) : spec.paymentTerm,
      deliveryDate: `2025-09-0${spec.deliveryDay}`,
      lines: requested.flatMap((r, i): QuoteLineInput[] => {
        const line = spec.lines[i];
        const model = copyPrices ? (first?.lines[i] ?? line) : line;
        if (line === undefined || model === undefined || !(line.present || spec.complete)) return [];
        const offered = line.full || spec.complete ? r : (r * BigInt(line.perMille)) / 1000n;
        if (offered <= 0n) return [];
        return [
          {
            itemNo: i + 1,
            quantity: formatDecimal(offered, 3),
            unitPrice: model.unitPrice,
            freightPerUnit: model.freightPerUnit,
            taxRateBps: model.taxRateBps,
          },
        ];
      }),
    }));
    return { items, quotes: awardQuotes };
  });

const thousandths = (q: string): bigint => {
  const v = parseDecimal(q, 3);
  if (v === null) throw new Error(`not a quantity: ${q}`);
  return v;
};

describe('best split award properties', () => {
  it('is never dearer than a single award of a quote that covers everything', () => {
    let withFull = 0;
    fc.assert(
      fc.property(rfqArb, ctxArb, ({ items, quotes }, ctx) => {
        const best = bestSplitAward(items, quotes, ctx);
        let full = false;
        for (const quote of quotes) {
          const single = singleAward(items, quote, ctx);
          if (single.uncovered.length > 0) continue;
          full = true;
          expect(best.totalMinor <= single.totalMinor).toBe(true);
        }
        if (full) withFull += 1;
        expect(best.totalMinor).toBe(awardCost(best.allocations, quotes, ctx).totalMinor);
      }),
      RUNS,
    );
    expect(withFull).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('never awards more than offered or requested, and covers what the quotes allow', () => {
    fc.assert(
      fc.property(rfqArb, ctxArb, ({ items, quotes }, ctx) => {
        const best = bestSplitAward(items, quotes, ctx);
        const pairs = new Set<string>();
        for (const a of best.allocations) {
          const q = thousandths(a.quantity);
          expect(q > 0n).toBe(true);
          const line = quotes.find((x) => x.quoteId === a.quoteId)?.lines.find((l) => l.itemNo === a.itemNo);
          expect(line).toBeDefined();
          if (line !== undefined) expect(q <= thousandths(line.quantity)).toBe(true);
          const pair = `${a.quoteId}/${a.itemNo}`;
          expect(pairs.has(pair)).toBe(false);
          pairs.add(pair);
        }
        for (const item of items) {
          const requested = thousandths(item.quantity);
          const offered = quotes
            .flatMap((q) => q.lines.filter((l) => l.itemNo === item.itemNo))
            .reduce((sum, l) => sum + thousandths(l.quantity), 0n);
          const awarded = best.allocations
            .filter((a) => a.itemNo === item.itemNo)
            .reduce((sum, a) => sum + thousandths(a.quantity), 0n);
          expect(awarded).toBe(offered < requested ? offered : requested);
          const uncovered = best.uncovered.filter((u) => u.itemNo === item.itemNo);
          if (offered < requested) {
            expect(uncovered.map((u) => thousandths(u.quantity))).toEqual([requested - offered]);
          } else {
            expect(uncovered).toEqual([]);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives a single award only what its quote offers', () => {
    fc.assert(
      fc.property(rfqArb, ctxArb, ({ items, quotes }, ctx) => {
        for (const quote of quotes) {
          for (const a of singleAward(items, quote, ctx).allocations) {
            expect(a.quoteId).toBe(quote.quoteId);
            const line = quote.lines.find((l) => l.itemNo === a.itemNo);
            expect(line).toBeDefined();
            if (line !== undefined) expect(thousandths(line.quantity) >= thousandths(a.quantity)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
