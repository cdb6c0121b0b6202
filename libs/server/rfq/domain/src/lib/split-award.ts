import { formatDecimal, QUANTITY_PLACES, type PaymentTerm } from '@tradeway/server/pricing/domain';
import { landedCost, landedUnitNumerator, type LandedContext, type LandedCost } from './landed-cost';
import { storedRfqQuantity, type QuoteLineInput, type RfqItemFacts } from './quote-rules';

/**
 * The cheapest award in landed cost (DESIGN.md §5: "split awards are computed"), and the
 * cost of any award the buyer chooses.
 *
 * `bestSplitAward`: per item, the requested quantity is filled from the offers ordered by
 * exact landed unit cost (`landedUnitFraction`; ties: earlier delivery date, then quote id),
 * taking each offer's quantity up to what is still needed. Landed cost is linear in the
 * quantity before rounding, so this is the exact optimum; but every allocation is rounded to
 * the fen on its own (`landedCost`), which can make the split a fen or two dearer than one
 * seller taking everything. So the split is then compared with every single award that covers
 * all items fully (`singleAward`), and the cheaper is returned: never more expensive than any
 * single award. On equal totals the single award wins (one supplier, one order); among single
 * awards of equal total, the earlier delivery date, then the smaller quote id.
 *
 * Inputs are stored, validated data (quote-rules.ts): quotes as given (the caller passes the
 * active, still valid versions), lines with 0 < quantity; malformed data throws a RangeError.
 * Quantities out are decimal strings with 3 places; `totalMinor` is the sum of
 * `landedCost(…).totalMinor` of each allocation.
 */

export type AwardItem = RfqItemFacts;

/** A quote version as the award sees it. */
export interface AwardQuote {
  readonly quoteId: string;
  readonly paymentTerm: PaymentTerm;
  /** The promised delivery date, `YYYY-MM-DD` (a tie-break). */
  readonly deliveryDate: string;
  readonly lines: readonly QuoteLineInput[];
}

export interface AwardAllocation {
  readonly itemNo: number;
  readonly quoteId: string;
  /** ≤ 3 places, > 0 */
  readonly quantity: string;
}

export interface UncoveredQuantity {
  readonly itemNo: number;
  readonly quantity: string;
}

export interface AwardPlan {
  readonly allocations: AwardAllocation[];
  readonly totalMinor: bigint;
  /** What no quote offers: only when the quantities offered add up to less than requested. */
  readonly uncovered: UncoveredQuantity[];
}

export interface AwardCostLine extends AwardAllocation, LandedCost {}

export interface AwardCost {
  readonly goodsMinor: bigint;
  readonly freightMinor: bigint;
  readonly financingMinor: bigint;
  readonly taxMinor: bigint;
  readonly totalMinor: bigint;
  readonly lines: AwardCostLine[];
}

const formatQuantity = (thousandths: bigint): string => formatDecimal(thousandths, QUANTITY_PLACES);

/** The quote's lines by item number; a quote naming an item twice is corrupt. */
function linesByItem(quote: AwardQuote): Map<number, QuoteLineInput> {
  const lines = new Map<number, QuoteLineInput>();
  for (const line of quote.lines) {
    if (lines.has(line.itemNo)) {
      throw new RangeError(`Quote ${quote.quoteId} has two lines for item ${line.itemNo}`);
    }
    lines.set(line.itemNo, line);
  }
  return lines;
}

/**
 * The landed cost of each allocation and the sums. Every allocation must name a quote among
 * `quotes` and an item that quote has a line for, with a quantity > 0 (check a buyer's award
 * with `checkAward` first): anything else throws a RangeError.
 */
export function awardCost(
  allocations: readonly AwardAllocation[],
  quotes: readonly AwardQuote[],
  ctx: LandedContext,
): AwardCost {
  const byId = new Map(quotes.map((q) => [q.quoteId, { quote: q, lines: linesByItem(q) }]));
  let goodsMinor = 0n;
  let freightMinor = 0n;
  let financingMinor = 0n;
  let taxMinor = 0n;
  const lines: AwardCostLine[] = [];
  for (const a of allocations) {
    const entry = byId.get(a.quoteId);
    if (entry === undefined) throw new RangeError(`Unknown quote ${a.quoteId}`);
    const line = entry.lines.get(a.itemNo);
    if (line === undefined) throw new RangeError(`Quote ${a.quoteId} has no line for item ${a.itemNo}`);
    const cost = landedCost(line, a.quantity, entry.quote.paymentTerm, ctx);
    goodsMinor += cost.goodsMinor;
    freightMinor += cost.freightMinor;
    financingMinor += cost.financingMinor;
    taxMinor += cost.taxMinor;
    lines.push({ itemNo: a.itemNo, quoteId: a.quoteId, quantity: a.quantity, ...cost });
  }
  const totalMinor = goodsMinor + freightMinor + financingMinor + taxMinor;
  return { goodsMinor, freightMinor, financingMinor, taxMinor, totalMinor, lines };
}

function plan(
  allocations: AwardAllocation[],
  uncovered: UncoveredQuantity[],
  quotes: readonly AwardQuote[],
  ctx: LandedContext,
): AwardPlan {
  return { allocations, totalMinor: awardCost(allocations, quotes, ctx).totalMinor, uncovered };
}

/** Everything to one quote: each item up to what the quote offers, the rest uncovered. */
export function singleAward(items: readonly AwardItem[], quote: AwardQuote, ctx: LandedContext): AwardPlan {
  const { allocations, uncovered } = singleAllocations(items, quote);
  return plan(allocations, uncovered, [quote], ctx);
}

/** What a single award to `quote` would allocate, and what it leaves uncovered (not priced). */
function singleAllocations(
  items: readonly AwardItem[],
  quote: AwardQuote,
): { allocations: AwardAllocation[]; uncovered: UncoveredQuantity[] } {
  const lines = linesByItem(quote);
  const allocations: AwardAllocation[] = [];
  const uncovered: UncoveredQuantity[] = [];
  for (const item of items) {
    const need = storedRfqQuantity(item.quantity, `quantity of item ${item.itemNo}`);
    const line = lines.get(item.itemNo);
    const offered = line === undefined ? 0n : storedRfqQuantity(line.quantity, `offered quantity`);
    const take = offered < need ? offered : need;
    if (take > 0n)
      allocations.push({ itemNo: item.itemNo, quoteId: quote.quoteId, quantity: formatQuantity(take) });
    if (need > take) uncovered.push({ itemNo: item.itemNo, quantity: formatQuantity(need - take) });
  }
  return { allocations, uncovered };
}

/** Earlier delivery date first, then the smaller quote id. */
function byDeliveryThenId(a: AwardQuote, b: AwardQuote): number {
  if (a.deliveryDate !== b.deliveryDate) return a.deliveryDate < b.deliveryDate ? -1 : 1;
  return a.quoteId < b.quoteId ? -1 : a.quoteId > b.quoteId ? 1 : 0;
}

/** Per item, the cheapest offers first in exact landed unit cost. */
function greedySplit(
  items: readonly AwardItem[],
  quotes: readonly AwardQuote[],
  ctx: LandedContext,
): AwardPlan {
  const indexed = quotes.map((quote) => ({ quote, lines: linesByItem(quote) }));
  const allocations: AwardAllocation[] = [];
  const uncovered: UncoveredQuantity[] = [];
  for (const item of items) {
    let need = storedRfqQuantity(item.quantity, `quantity of item ${item.itemNo}`);
    const offers = indexed
      .flatMap(({ quote, lines }) => {
        const line = lines.get(item.itemNo);
        if (line === undefined) return [];
        return [
          {
            quote,
            offered: storedRfqQuantity(line.quantity, 'offered quantity'),
            unit: landedUnitNumerator(line, quote.paymentTerm, ctx),
          },
        ];
      })
      .sort((a, b) => (a.unit !== b.unit ? (a.unit < b.unit ? -1 : 1) : byDeliveryThenId(a.quote, b.quote)));
    for (const offer of offers) {
      if (need === 0n) break;
      const take = offer.offered < need ? offer.offered : need;
      allocations.push({ itemNo: item.itemNo, quoteId: offer.quote.quoteId, quantity: formatQuantity(take) });
      need -= take;
    }
    if (need > 0n) uncovered.push({ itemNo: item.itemNo, quantity: formatQuantity(need) });
  }
  return plan(allocations, uncovered, quotes, ctx);
}

/** The cheapest award in landed cost: the best split, or a single award where that is cheaper or equal. */
export function bestSplitAward(
  items: readonly AwardItem[],
  quotes: readonly AwardQuote[],
  ctx: LandedContext,
): AwardPlan {
  const split = greedySplit(items, quotes, ctx);
  let best: AwardPlan | null = null;
  for (const quote of [...quotes].sort(byDeliveryThenId)) {
    // only a quote that covers everything is a single award to compare with (priced then)
    const { allocations, uncovered } = singleAllocations(items, quote);
    if (uncovered.length > 0) continue;
    const single = plan(allocations, uncovered, [quote], ctx);
    if (best === null || single.totalMinor < best.totalMinor) best = single;
  }
  return best !== null && best.totalMinor <= split.totalMinor ? best : split;
}
