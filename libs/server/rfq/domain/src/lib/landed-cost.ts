import {
  DEFAULT_PREPAYMENT_DAYS,
  formatDecimal,
  mulDivRoundHalfUp,
  parseDecimal,
  PAYMENT_TERM_DAYS,
  PRICE_PLACES,
  QUANTITY_PLACES,
  type PaymentTerm,
} from '@tradeway/server/pricing/domain';

/**
 * The landed cost of a quote line (DESIGN.md §5): what a quantity really costs the buyer once
 * delivered and paid, so that quotes with different freight, payment terms and tax can be
 * compared. Exact arithmetic on scaled `bigint`s (the pricing domain's helpers,
 * docs/decisions/0008-quote-engine-arithmetic.md); never binary floating point.
 *
 * For a line (unit price P, freight per unit F, both ≤ 4 places; tax rate in bps) and a
 * quantity Q (≤ 3 places; may be less than offered, for split awards):
 * - goods = P × Q; freight = F × Q;
 * - financing = (goods + freight) × costOfCapitalBps × (−days) ÷ (10 000 × 365), where days
 *   is `PAYMENT_TERM_DAYS[term]` for cash and net terms and −prepaymentDays for prepayment:
 *   paying early costs the buyer the interest on the money (positive), paying late saves it
 *   (negative), cash is the reference (0);
 * - tax = 0 when the buyer recovers input VAT, else (goods + freight) × taxRateBps ÷ 10 000;
 * - each of the four parts is computed from the exact amounts and rounded half-up to minor
 *   units (fen) once; the total is their sum;
 * - landedUnit = total ÷ Q to 4 places, half-up: for display only.
 *
 * Orderings use `landedUnitFraction`, the exact per-unit cost before any rounding: it does not
 * depend on the quantity. Because the four parts are rounded separately, the rounded total is
 * within 2 fen of the exact one; it is non-decreasing in the quantity wherever the exact
 * total grows by at least 4 fen (the spec shows a 1-fen dip below that, with tiny amounts).
 *
 * Inputs here are stored or validated data (quote-rules.ts checks what sellers type): a
 * malformed decimal, a negative price or a quantity ≤ 0 throws a RangeError.
 */

export { DEFAULT_PREPAYMENT_DAYS };

export interface LandedContext {
  /** The buyer's annual cost of capital in basis points (600 = 6 %), 0 … 10 000. */
  readonly costOfCapitalBps: number;
  /** Whether the buyer deducts input VAT (a general taxpayer): tax is then no cost. */
  readonly vatRecoverable: boolean;
  /** Days before delivery that a prepayment is paid, 0 … 365; `DEFAULT_PREPAYMENT_DAYS` (30) when absent. */
  readonly prepaymentDays?: number;
}

/** The prices of a quote line that the landed cost needs. */
export interface LandedLine {
  /** ≤ 4 places, > 0 */
  readonly unitPrice: string;
  /** ≤ 4 places, ≥ 0 ('0' when the price is delivered) */
  readonly freightPerUnit: string;
  /** 0 … 10 000 (1300 = 13 %) */
  readonly taxRateBps: number;
}

/** A quote line with its quote's payment term: enough to rank offers by landed unit cost. */
export interface LandedOffer extends LandedLine {
  readonly paymentTerm: PaymentTerm;
}

export interface LandedCost {
  readonly goodsMinor: bigint;
  readonly freightMinor: bigint;
  /** Negative when the payment term saves the buyer money (net terms). */
  readonly financingMinor: bigint;
  readonly taxMinor: bigint;
  readonly totalMinor: bigint;
  /** total ÷ quantity, 4 places, half-up (display only). */
  readonly landedUnit: string;
}

const BPS = 10_000n;
const DAYS_PER_YEAR = 365n;
/** price (10^4) × quantity (10^3) is scaled 10^7; minor units are 10^2. */
const TO_MINOR = 100_000n;
/** The exact unit cost's denominator: price scale 10^4 × bps 10^4 × 365 days. */
const UNIT_DENOMINATOR = 10_000n * BPS * DAYS_PER_YEAR;

function assertWhole(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${what} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/** Parsed decimals by places and text: the same prices and quantities are read many times over. */
const parsed = new Map<string, bigint | null>();

function parseCached(text: string, places: number): bigint | null {
  const key = `${places}:${text}`;
  let v = parsed.get(key);
  if (v === undefined) {
    v = parseDecimal(text, places);
    if (parsed.size > 100_000) parsed.clear();
    parsed.set(key, v);
  }
  return v;
}

/** A decimal that must be valid and not negative (and positive when asked). */
function amount(text: string, places: number, what: string, positive: boolean): bigint {
  const v = parseCached(text, places);
  if (v === null || v < 0n || (positive && v === 0n)) {
    throw new RangeError(`Invalid ${what}: ${JSON.stringify(text)}`);
  }
  return v;
}

function checkContext(ctx: LandedContext): void {
  assertWhole(ctx.costOfCapitalBps, 0, 10_000, 'costOfCapitalBps');
  if (ctx.prepaymentDays !== undefined) assertWhole(ctx.prepaymentDays, 0, 365, 'prepaymentDays');
}

/**
 * The signed days of financing of `term`: `PAYMENT_TERM_DAYS[term]` (cash 0, net30 30 …), and
 * −prepaymentDays for prepayment. The financing rate is costOfCapital × (−days) ÷ 365.
 */
export function financingDays(term: PaymentTerm, ctx: LandedContext): number {
  if (term === 'prepayment') return -(ctx.prepaymentDays ?? DEFAULT_PREPAYMENT_DAYS);
  const days = PAYMENT_TERM_DAYS[term];
  if (days === undefined) throw new RangeError(`Unknown payment term: ${String(term)}`);
  return days;
}

/** (1 + tax − financing rate) × 365 × 10^8, the factor applied to P + F (exact, > 0). */
function unitFactor(taxRateBps: number, term: PaymentTerm, ctx: LandedContext): bigint {
  checkContext(ctx);
  assertWhole(taxRateBps, 0, 10_000, 'taxRateBps');
  const tax = ctx.vatRecoverable ? 0n : BigInt(taxRateBps);
  const financing = BigInt(ctx.costOfCapitalBps) * BigInt(-financingDays(term, ctx));
  return (BPS + tax) * DAYS_PER_YEAR + financing;
}

/**
 * Results by line (identity), quantity, term and context: the comparison, the best split and
 * every single award price the same offers again and again (50 items × 20 quotes several times
 * over); lines are read-only values, so a line object always costs the same.
 */
const memo = new WeakMap<LandedLine, Map<string, LandedCost>>();

/** The landed cost of `quantity` of `line` paid on `paymentTerm`. */
export function landedCost(
  line: LandedLine,
  quantity: string,
  paymentTerm: PaymentTerm,
  ctx: LandedContext,
): LandedCost {
  const q = amount(quantity, QUANTITY_PLACES, 'quantity', true);
  const key = `${q}|${paymentTerm}|${ctx.costOfCapitalBps}|${ctx.vatRecoverable}|${ctx.prepaymentDays ?? ''}`;
  let byKey = memo.get(line);
  const known = byKey?.get(key);
  if (known !== undefined) return known;
  const cost = computeLandedCost(line, q, paymentTerm, ctx);
  if (byKey === undefined) {
    byKey = new Map();
    memo.set(line, byKey);
  }
  byKey.set(key, cost);
  return cost;
}

function computeLandedCost(
  line: LandedLine,
  q: bigint,
  paymentTerm: PaymentTerm,
  ctx: LandedContext,
): LandedCost {
  checkContext(ctx);
  assertWhole(line.taxRateBps, 0, 10_000, 'taxRateBps');
  const price = amount(line.unitPrice, PRICE_PLACES, 'unit price', false);
  const freightPerUnit = amount(line.freightPerUnit, PRICE_PLACES, 'freight per unit', false);

  const goodsMinor = mulDivRoundHalfUp(price, q, TO_MINOR);
  const freightMinor = mulDivRoundHalfUp(freightPerUnit, q, TO_MINOR);
  const base = (price + freightPerUnit) * q; // exact goods + freight, scaled 10^7
  const financingMinor = mulDivRoundHalfUp(
    base,
    BigInt(ctx.costOfCapitalBps) * BigInt(-financingDays(paymentTerm, ctx)),
    TO_MINOR * BPS * DAYS_PER_YEAR,
  );
  const taxMinor = ctx.vatRecoverable ? 0n : mulDivRoundHalfUp(base, BigInt(line.taxRateBps), TO_MINOR * BPS);
  const totalMinor = goodsMinor + freightMinor + financingMinor + taxMinor;
  // total (10^2) ÷ quantity (10^3) in units of 10^4: total × 10^5 ÷ q
  const landedUnit = formatDecimal(mulDivRoundHalfUp(totalMinor, TO_MINOR, q), PRICE_PLACES);
  return Object.freeze({ goodsMinor, freightMinor, financingMinor, taxMinor, totalMinor, landedUnit });
}

/**
 * The exact landed cost of one unit as a fraction of the currency unit, before any rounding:
 * (P + F) × (1 + tax − costOfCapital × days ÷ 365). Every offer has the same denominator, so
 * numerators compare directly.
 */
export function landedUnitFraction(
  offer: LandedOffer,
  ctx: LandedContext,
): { readonly numerator: bigint; readonly denominator: bigint } {
  const price = amount(offer.unitPrice, PRICE_PLACES, 'unit price', false);
  const freightPerUnit = amount(offer.freightPerUnit, PRICE_PLACES, 'freight per unit', false);
  const numerator = (price + freightPerUnit) * unitFactor(offer.taxRateBps, offer.paymentTerm, ctx);
  return { numerator, denominator: UNIT_DENOMINATOR };
}

const unitMemo = new WeakMap<LandedLine, Map<string, bigint>>();

/**
 * `landedUnitFraction(…).numerator` of a quote line paid on `paymentTerm`, remembered per line
 * object (the comparison and the split rank the same lines again and again).
 */
export function landedUnitNumerator(line: LandedLine, paymentTerm: PaymentTerm, ctx: LandedContext): bigint {
  const key = `${paymentTerm}|${ctx.costOfCapitalBps}|${ctx.vatRecoverable}|${ctx.prepaymentDays ?? ''}`;
  let byKey = unitMemo.get(line);
  const known = byKey?.get(key);
  if (known !== undefined) return known;
  const numerator = landedUnitFraction({ ...line, paymentTerm }, ctx).numerator;
  if (byKey === undefined) {
    byKey = new Map();
    unitMemo.set(line, byKey);
  }
  byKey.set(key, numerator);
  return numerator;
}

/** Orders two offers by their exact landed unit cost: −1 when `a` is cheaper, 1 when dearer. */
export function compareLandedUnit(a: LandedOffer, b: LandedOffer, ctx: LandedContext): -1 | 0 | 1 {
  const x = landedUnitFraction(a, ctx).numerator;
  const y = landedUnitFraction(b, ctx).numerator;
  return x < y ? -1 : x > y ? 1 : 0;
}
