import {
  formatDecimal,
  mulDivRoundHalfUp,
  parseDecimal,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from '@tradeway/server/pricing/domain';
import { landedCost, landedUnitNumerator, type LandedContext, type LandedCost } from './landed-cost';
import { storedRfqQuantity, type QuoteLineInput, type RfqItemFacts } from './quote-rules';
import { daysBetween } from './rfq-schedule';
import type { AwardQuote } from './split-award';

/**
 * The comparison table (比价, DESIGN.md §5): quotes side by side per item, normalised to landed
 * cost (landed-cost.ts), the cheapest marked per item and overall, and an optional weighted
 * score. Exact arithmetic on `bigint`; amounts come out as strings of minor units (fen),
 * quantities with 3 places, prices and landed unit costs with 4, scores with 2.
 *
 * - Per item, a row (an "offer") for every quote that has a line for it: the offered
 *   quantity, its prices and the landed cost of the offered quantity. `cheapest` marks the
 *   lowest exact landed unit cost (`landedUnitFraction`, before any rounding), every tied
 *   offer marked.
 * - Per quote: `coversAll` when it offers every item in full; `totalLandedMinor`, the sum of
 *   its offers' landed totals; `cheapestOverall` on the lowest total among the quotes that
 *   cover all (ties: all; none marked when no quote covers all).
 * - With weights `{ price, delivery, supplier }` (whole numbers adding up to 100), a score
 *   0 … 100 per quote = (price × P + delivery × D + supplier × S) ÷ 100, rounded half-up once
 *   to 2 places, where
 *   - P (price part), for a quote covering all: lowest total of the quotes covering all ÷ this
 *     quote's total × 100. For a partial quote (decision: per-unit basis), what its offered
 *     quantities would cost at the lowest exact landed unit cost offered for each item by any
 *     quote ÷ what they cost at its own, × 100: a partial quote is not rewarded for a small
 *     total, only for cheap units. A quote with no line for any item gets 0; a total of 0
 *     gets 100.
 *   - D (delivery part): 100 when the quote's delivery date is on or before the latest
 *     required date of the items, 5 less per day late, never below 0.
 *   - S (supplier part): the supplier's scorecard (§12), a whole number 0 … 100; 50 when it
 *     has none.
 *   `scoreParts` shows P, D and S (2 places).
 *
 * Inputs are stored, validated data; malformed decimals, dates, weights or scores throw a
 * RangeError. Lines naming items that are not in `items` are ignored.
 */

export interface ComparisonItem extends RfqItemFacts {
  /** The required delivery date, `YYYY-MM-DD`. */
  readonly requiredDate: string;
}

export interface ComparisonQuote extends AwardQuote {
  readonly sellerId: string;
  readonly version: number;
  /** The supplier scorecard, a whole number 0 … 100, or null when there is none. */
  readonly supplierScore: number | null;
}

export interface ComparisonWeights {
  readonly price: number;
  readonly delivery: number;
  readonly supplier: number;
}

export interface ComparisonContext extends LandedContext {
  readonly weights?: ComparisonWeights | null;
}

/** A landed cost with its amounts as strings of minor units. */
export interface LandedCostText {
  readonly goodsMinor: string;
  readonly freightMinor: string;
  readonly financingMinor: string;
  readonly taxMinor: string;
  readonly totalMinor: string;
  readonly landedUnit: string;
}

export interface ComparisonOffer {
  readonly quoteId: string;
  readonly sellerId: string;
  /** Offered quantity, 3 places. */
  readonly quantity: string;
  /** 4 places */
  readonly unitPrice: string;
  /** 4 places */
  readonly freightPerUnit: string;
  readonly taxRateBps: number;
  readonly landed: LandedCostText;
  readonly cheapest: boolean;
}

export interface ComparisonItemRow {
  readonly itemNo: number;
  /** Requested quantity, 3 places. */
  readonly quantity: string;
  readonly requiredDate: string;
  readonly offers: ComparisonOffer[];
}

export interface ScoreParts {
  readonly price: string;
  readonly delivery: string;
  readonly supplier: string;
}

export interface ComparisonQuoteRow {
  readonly quoteId: string;
  readonly sellerId: string;
  readonly version: number;
  readonly paymentTerm: ComparisonQuote['paymentTerm'];
  readonly deliveryDate: string;
  readonly coversAll: boolean;
  readonly totalLandedMinor: string;
  readonly cheapestOverall: boolean;
  /** 0 … 100, 2 places, when weights were given. */
  readonly score: string | null;
  readonly scoreParts: ScoreParts | null;
}

export interface QuoteComparison {
  readonly items: ComparisonItemRow[];
  readonly quotes: ComparisonQuoteRow[];
}

const HUNDRED = 100n;

function checkWeights(w: ComparisonWeights): void {
  const parts = [w.price, w.delivery, w.supplier];
  if (parts.some((p) => !Number.isInteger(p) || p < 0) || parts.reduce((a, b) => a + b, 0) !== 100) {
    throw new RangeError(`Weights must be whole numbers ≥ 0 adding up to 100, got ${JSON.stringify(w)}`);
  }
}

function supplierPart(score: number | null): bigint {
  if (score === null) return 50n;
  if (!Number.isInteger(score) || score < 0 || score > 100) {
    throw new RangeError(`A supplier score must be a whole number from 0 to 100, got ${score}`);
  }
  return BigInt(score);
}

/** 100 on or before `requiredDate`, 5 less per day late, never below 0. */
export function deliveryScore(requiredDate: string, deliveryDate: string): number {
  const late = daysBetween(requiredDate, deliveryDate);
  return late <= 0 ? 100 : Math.max(0, 100 - 5 * late);
}

function text(cost: LandedCost): LandedCostText {
  return {
    goodsMinor: cost.goodsMinor.toString(),
    freightMinor: cost.freightMinor.toString(),
    financingMinor: cost.financingMinor.toString(),
    taxMinor: cost.taxMinor.toString(),
    totalMinor: cost.totalMinor.toString(),
    landedUnit: cost.landedUnit,
  };
}

/** A decimal re-formatted with exactly `places` places ('5900' → '5900.0000'). */
function fixed(textValue: string, places: number, what: string): string {
  const v = parseDecimal(textValue, places);
  if (v === null) throw new RangeError(`Invalid ${what}: ${JSON.stringify(textValue)}`);
  return formatDecimal(v, places);
}

interface Offer {
  readonly quote: ComparisonQuote;
  readonly line: QuoteLineInput;
  readonly offered: bigint;
  readonly unit: bigint;
  readonly cost: LandedCost;
}

/** Builds the comparison table of `quotes` for `items`. */
export function compareQuotes(
  items: readonly ComparisonItem[],
  quotes: readonly ComparisonQuote[],
  ctx: ComparisonContext,
): QuoteComparison {
  const weights = ctx.weights ?? null;
  if (weights !== null) checkWeights(weights);

  const itemNos = new Set(items.map((item) => item.itemNo));
  // the offers, per item, in quote order
  const offersByItem = new Map<number, Offer[]>();
  const offersByQuote = new Map<string, Offer[]>();
  for (const quote of quotes) {
    const mine: Offer[] = [];
    const seen = new Set<number>();
    for (const line of quote.lines) {
      if (seen.has(line.itemNo))
        throw new RangeError(`Quote ${quote.quoteId} has two lines for item ${line.itemNo}`);
      seen.add(line.itemNo);
      if (!itemNos.has(line.itemNo)) continue;
      const offer: Offer = {
        quote,
        line,
        offered: storedRfqQuantity(line.quantity, 'offered quantity'),
        unit: landedUnitNumerator(line, quote.paymentTerm, ctx),
        cost: landedCost(line, line.quantity, quote.paymentTerm, ctx),
      };
      mine.push(offer);
      const row = offersByItem.get(line.itemNo) ?? [];
      row.push(offer);
      offersByItem.set(line.itemNo, row);
    }
    offersByQuote.set(quote.quoteId, mine);
  }

  const requested = new Map(
    items.map((item) => [item.itemNo, storedRfqQuantity(item.quantity, 'requested quantity')]),
  );
  const bestUnit = new Map<number, bigint>();
  const itemRows: ComparisonItemRow[] = items.map((item) => {
    const offers = offersByItem.get(item.itemNo) ?? [];
    const lowest = offers.reduce<bigint | null>(
      (min, o) => (min === null || o.unit < min ? o.unit : min),
      null,
    );
    if (lowest !== null) bestUnit.set(item.itemNo, lowest);
    return {
      itemNo: item.itemNo,
      quantity: formatDecimal(requested.get(item.itemNo) ?? 0n, QUANTITY_PLACES),
      requiredDate: item.requiredDate,
      offers: offers.map((o) => ({
        quoteId: o.quote.quoteId,
        sellerId: o.quote.sellerId,
        quantity: formatDecimal(o.offered, QUANTITY_PLACES),
        unitPrice: fixed(o.line.unitPrice, PRICE_PLACES, 'unit price'),
        freightPerUnit: fixed(o.line.freightPerUnit, PRICE_PLACES, 'freight per unit'),
        taxRateBps: o.line.taxRateBps,
        landed: text(o.cost),
        cheapest: o.unit === lowest,
      })),
    };
  });

  const totals = quotes.map((quote) => {
    const mine = offersByQuote.get(quote.quoteId) ?? [];
    const coversAll = items.every((item) => {
      const offer = mine.find((o) => o.line.itemNo === item.itemNo);
      return offer !== undefined && offer.offered >= (requested.get(item.itemNo) ?? 0n);
    });
    const total = mine.reduce((sum, o) => sum + o.cost.totalMinor, 0n);
    return { quote, mine, coversAll, total };
  });
  const fullTotals = totals.filter((t) => t.coversAll).map((t) => t.total);
  const lowestFull = fullTotals.reduce<bigint | null>((min, t) => (min === null || t < min ? t : min), null);

  const latestRequired = items.reduce<string | null>(
    (latest, item) => (latest === null || item.requiredDate > latest ? item.requiredDate : latest),
    null,
  );

  const quoteRows: ComparisonQuoteRow[] = totals.map(({ quote, mine, coversAll, total }) => {
    let score: string | null = null;
    let scoreParts: ScoreParts | null = null;
    if (weights !== null) {
      // the price part as the fraction num ÷ den of 1
      let num: bigint;
      let den: bigint;
      if (coversAll && lowestFull !== null) {
        [num, den] = total === 0n ? [1n, 1n] : [lowestFull, total];
      } else {
        num = mine.reduce((sum, o) => sum + (bestUnit.get(o.line.itemNo) ?? o.unit) * o.offered, 0n);
        den = mine.reduce((sum, o) => sum + o.unit * o.offered, 0n);
        if (den === 0n) [num, den] = [0n, 1n];
      }
      const delivery = BigInt(
        latestRequired === null ? 100 : deliveryScore(latestRequired, quote.deliveryDate),
      );
      const supplier = supplierPart(quote.supplierScore);
      const others = BigInt(weights.delivery) * delivery + BigInt(weights.supplier) * supplier;
      // score × 100 = price weight × 100 × num ÷ den + others
      const hundredths = mulDivRoundHalfUp(BigInt(weights.price) * HUNDRED * num + others * den, 1n, den);
      score = formatDecimal(hundredths, 2);
      scoreParts = {
        price: formatDecimal(mulDivRoundHalfUp(num, HUNDRED * HUNDRED, den), 2),
        delivery: formatDecimal(delivery * HUNDRED, 2),
        supplier: formatDecimal(supplier * HUNDRED, 2),
      };
    }
    return {
      quoteId: quote.quoteId,
      sellerId: quote.sellerId,
      version: quote.version,
      paymentTerm: quote.paymentTerm,
      deliveryDate: quote.deliveryDate,
      coversAll,
      totalLandedMinor: total.toString(),
      cheapestOverall: coversAll && total === lowestFull,
      score,
      scoreParts,
    };
  });

  return { items: itemRows, quotes: quoteRows };
}
