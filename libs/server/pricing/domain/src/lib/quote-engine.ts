import { ok, type Result } from '@tradeway/shared/kernel';
import {
  AMOUNT_DIVISOR,
  BPS_SCALE,
  formatDecimal,
  formatMinor,
  mulDivRoundHalfUp,
  parseDecimal,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from './decimal';
import {
  bandDetail,
  breakUnitPrice,
  graduatedBands,
  reachedBreak,
  readyLadder,
  storedDecimal,
  type ReadyBreak,
} from './ladder';
import { quoteFailure, type QuoteError } from './pricing.errors';
import { effectiveRules, resolveCandidates, type Resolution } from './price-resolution';
import {
  PAYMENT_TERM_DAYS,
  type BreakdownLine,
  type CandidateExplanation,
  type CandidateList,
  type DeliveryRule,
  type LadderBreak,
  type LadderMode,
  type LineKind,
  type ListKind,
  type PaymentTermsRule,
  type PricingContext,
  type Quote,
  type QuoteRequest,
} from './pricing.types';

/**
 * The quote engine (DESIGN.md §4): base price → quantity ladder → payment terms → delivery →
 * special price → tax → rebate, one breakdown line each, every line rounded half-up to the
 * minor unit exactly once (docs/decisions/0008-quote-engine-arithmetic.md). Pure: the caller
 * loads the candidate lists and stores the quote.
 */

const DAY_MS = 86_400_000;
/** bps × days ÷ 365 as a fraction of the amount: ÷ (10^4 × 365). */
const BPS_YEAR_DIVISOR = 3_650_000n;
/** minor units (×10^2) ÷ quantity (×10^3) → unit price (×10^4): × 10^5. */
const UNIT_PRICE_FACTOR = 100_000n;

/** What the seller's price debugger shows about the winning list beyond the quote itself. */
export interface WinnerTrace {
  readonly listId: string;
  readonly listName: string;
  readonly kind: ListKind;
  /** the break of the ladder that applied, when one did */
  readonly ladderBreak: null | {
    readonly index: number;
    readonly mode: LadderMode;
    readonly minQuantity: string;
    readonly kind: LadderBreak['kind'];
    readonly value: string;
    /** the unit price the break gives (4 places) */
    readonly unitPrice: string;
  };
  /** id of the list whose payment terms applied, or 'defaults' */
  readonly termsFrom: string;
  /** id of the list whose delivery rules applied, or 'defaults' */
  readonly deliveryFrom: string;
  /** the kinds of the lines of the quote, in order (empty when the quote failed) */
  readonly lines: LineKind[];
}

export interface SellerPriceExplanation {
  /** the quote exactly as the buyer gets it (its explanation leaves out other buyers' lists) */
  readonly quote: Result<Quote, QuoteError>;
  /** every candidate of the seller, other buyers' contracts and other grades' lists included */
  readonly explanation: CandidateExplanation[];
  readonly winner: WinnerTrace | null;
}

function assertWholeInRange(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`Stored ${what} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

/** Stored terms are validated before saving (validateTerms); this guards the bounds that keep prices ≥ 0. */
function termsRateOf(
  rule: PaymentTermsRule,
  term: QuoteRequest['paymentTerm'],
): { numerator: bigint; divisor: bigint; detail: Record<string, string> } {
  const override = rule.overridesBps[term];
  if (override !== undefined) {
    assertWholeInRange(override, -5000, 5000, `override for ${term}`);
    return {
      numerator: BigInt(override),
      divisor: BPS_SCALE,
      detail: { term, source: 'override', rateBps: String(override) },
    };
  }
  assertWholeInRange(rule.annualCostOfCapitalBps, 0, 10_000, 'annual cost of capital');
  let days: number;
  if (term === 'prepayment') {
    assertWholeInRange(rule.prepaymentDays, 0, 365, 'prepayment days');
    days = rule.prepaymentDays;
  } else {
    days = PAYMENT_TERM_DAYS[term];
    if (days === undefined) throw new RangeError(`Unknown payment term: ${String(term)}`);
  }
  const numerator = BigInt(rule.annualCostOfCapitalBps) * BigInt(term === 'prepayment' ? -days : days);
  return {
    numerator,
    divisor: BPS_YEAR_DIVISOR,
    detail: {
      term,
      source: 'formula',
      annualCostOfCapitalBps: String(rule.annualCostOfCapitalBps),
      days: String(days),
      // bps × days ÷ 365 shown to 4 places; the amount uses the exact fraction
      rateBps: formatDecimal(mulDivRoundHalfUp(numerator, 10_000n, 365n), 4),
    },
  };
}

function nonNegativeStored(text: string, places: number, what: string): bigint {
  const v = storedDecimal(text, places, what);
  if (v < 0n) throw new RangeError(`Stored ${what} must not be negative: ${text}`);
  return v;
}

interface Built {
  readonly result: Result<Quote, QuoteError>;
  readonly breakUsed: {
    readonly mode: LadderMode;
    readonly ready: ReadyBreak;
    readonly unitPrice: bigint;
  } | null;
}

function failed(result: Result<never, QuoteError>): Built {
  return { result, breakUsed: null };
}

function buildQuote(ctx: PricingContext, request: QuoteRequest, resolution: Resolution): Built {
  const time = request.date.getTime();
  if (Number.isNaN(time)) throw new RangeError('The quote date is not a valid date');

  // 1. The request itself: quantity, order rules of the SKU, special price.
  const qty = parseDecimal(request.quantity, QUANTITY_PLACES);
  if (qty === null || qty <= 0n) return failed(quoteFailure('QUANTITY_INVALID', 'quantity'));
  const min = storedDecimal(ctx.sku.minOrderQuantity, QUANTITY_PLACES, 'minimum order quantity');
  const increment = storedDecimal(ctx.sku.orderIncrement, QUANTITY_PLACES, 'order increment');
  if (qty < min) {
    return failed(
      quoteFailure('BELOW_MINIMUM_QUANTITY', 'quantity', { min: formatDecimal(min, QUANTITY_PLACES) }),
    );
  }
  if (increment > 0n) {
    const over = (qty - min) % increment;
    if (over !== 0n) {
      return failed(
        quoteFailure('OFF_INCREMENT', 'quantity', {
          min: formatDecimal(min, QUANTITY_PLACES),
          increment: formatDecimal(increment, QUANTITY_PLACES),
          nearestBelow: formatDecimal(qty - over, QUANTITY_PLACES),
          nearestAbove: formatDecimal(qty - over + increment, QUANTITY_PLACES),
        }),
      );
    }
  }
  let special: bigint | null = null;
  if (request.specialUnitPrice !== undefined) {
    special = parseDecimal(request.specialUnitPrice, PRICE_PLACES);
    if (special === null || special < 0n)
      return failed(quoteFailure('SPECIAL_PRICE_INVALID', 'specialUnitPrice'));
  }

  // 2. The list that prices it.
  const list = resolution.winner;
  if (list === null || list.item === null) {
    return failed(
      resolution.pricedOnOtherDates
        ? quoteFailure('NO_PRICE_ON_DATE', 'date')
        : quoteFailure('NO_PRICE', 'skuId', { skuId: ctx.sku.id }),
    );
  }
  const item = list.item;
  const rules = effectiveRules(ctx, list, time);

  // 3. Delivery must be offered before anything is priced.
  const delivery = request.delivery;
  const rule: DeliveryRule = rules.delivery;
  let pickup: DeliveryRule['pickups'][number] | undefined;
  let zone: DeliveryRule['zones'][number] | undefined;
  if (delivery.mode === 'pickup') {
    pickup = rule.pickups.find((p) => p.warehouseId === delivery.warehouseId);
    if (pickup === undefined) {
      return failed(
        quoteFailure('PICKUP_NOT_OFFERED', 'delivery.warehouseId', { warehouseId: delivery.warehouseId }),
      );
    }
  } else {
    zone = rule.zones.find((z) => z.regions.includes(delivery.region));
    if (zone === undefined) {
      return failed(quoteFailure('ZONE_NOT_COVERED', 'delivery.region', { region: delivery.region }));
    }
  }

  const quantity = formatDecimal(qty, QUANTITY_PLACES);
  const lines: BreakdownLine[] = [];

  // 4. Base price.
  const basePrice = nonNegativeStored(item.unitPrice, PRICE_PLACES, 'unit price');
  const baseUnitPrice = formatDecimal(basePrice, PRICE_PLACES);
  const base = mulDivRoundHalfUp(qty, basePrice, AMOUNT_DIVISOR);
  lines.push({
    kind: 'base',
    amountMinor: base,
    detail: {
      listId: list.id,
      listName: list.name,
      listKind: list.kind,
      unitPrice: baseUnitPrice,
      quantity,
    },
  });
  let goods = base;

  // 5. Quantity ladder.
  let breakUsed: Built['breakUsed'] = null;
  if (item.ladder.length > 0) {
    const ladder = readyLadder(item);
    const at = reachedBreak(ladder, qty);
    if (at >= 0) {
      const ready = ladder[at] as ReadyBreak;
      const unitPrice = breakUnitPrice(ready.rule, basePrice);
      const mode: LadderMode = item.ladderMode === 'graduated' ? 'graduated' : 'all_units';
      breakUsed = { mode, ready, unitPrice };
      const detail: Record<string, string> = {
        mode,
        break: String(ready.index + 1),
        minQuantity: formatDecimal(ready.minQuantity, QUANTITY_PLACES),
        breakKind: ready.rule.kind,
        breakValue: ready.rule.value,
        unitPrice: formatDecimal(unitPrice, PRICE_PLACES),
        quantity,
      };
      let priced: bigint;
      if (mode === 'all_units') {
        priced = mulDivRoundHalfUp(qty, unitPrice, AMOUNT_DIVISOR);
      } else {
        const bands = graduatedBands(ladder, basePrice, qty);
        priced = 0n;
        for (const b of bands) priced += b.amountMinor;
        bandDetail(bands, detail);
      }
      lines.push({ kind: 'quantity_ladder', amountMinor: priced - goods, detail });
      goods = priced;
    }
  }

  // 6. Payment terms: cash is the reference and has no line.
  if (request.paymentTerm !== 'cash') {
    const rate = termsRateOf(rules.terms, request.paymentTerm);
    const amount = mulDivRoundHalfUp(goods, rate.numerator, rate.divisor);
    rate.detail['goods'] = formatMinor(goods);
    rate.detail['rulesFrom'] = rules.termsFrom;
    lines.push({ kind: 'payment_terms', amountMinor: amount, detail: rate.detail });
    goods += amount;
  }

  // 7. Delivery.
  let deliveryMinor = 0n;
  if (pickup !== undefined) {
    const handling = nonNegativeStored(pickup.handlingPerUnit, PRICE_PLACES, 'handling per unit');
    const amount = mulDivRoundHalfUp(qty, handling, AMOUNT_DIVISOR);
    lines.push({
      kind: 'pickup',
      amountMinor: amount,
      detail: {
        warehouseId: pickup.warehouseId,
        handlingPerUnit: formatDecimal(handling, PRICE_PLACES),
        quantity,
        rulesFrom: rules.deliveryFrom,
      },
    });
    deliveryMinor = amount;
  } else if (zone !== undefined) {
    const freight = nonNegativeStored(zone.freightPerUnit, PRICE_PLACES, 'freight per unit');
    if (zone.perShipmentFeeMinor < 0n) throw new RangeError('Stored per-shipment fee must not be negative');
    const amount = mulDivRoundHalfUp(qty, freight, AMOUNT_DIVISOR);
    const region = (delivery as { region: string }).region;
    lines.push({
      kind: 'freight',
      amountMinor: amount,
      detail: {
        zone: zone.code,
        zoneNameZh: zone.nameZh,
        zoneNameEn: zone.nameEn,
        region,
        freightPerUnit: formatDecimal(freight, PRICE_PLACES),
        quantity,
        rulesFrom: rules.deliveryFrom,
      },
    });
    lines.push({
      kind: 'shipment_fee',
      amountMinor: zone.perShipmentFeeMinor,
      detail: { zone: zone.code, shipments: '1', feePerShipment: formatMinor(zone.perShipmentFeeMinor) },
    });
    deliveryMinor = amount + zone.perShipmentFeeMinor;
  }

  // 8. Special price: replaces the goods amount after ladder and terms.
  const floorPrice =
    item.floorPrice === null ? null : nonNegativeStored(item.floorPrice, PRICE_PLACES, 'floor price');
  let specialOut: Quote['special'] = null;
  if (special !== null) {
    const computed = goods;
    const replaced = mulDivRoundHalfUp(qty, special, AMOUNT_DIVISOR);
    // (computedUnit − special) ÷ computedUnit × 10^4 with computedUnit = 10·goods ÷ qty, floored
    const numerator = UNIT_PRICE_FACTOR * computed - special * qty;
    const discountBps = computed > 0n && numerator > 0n ? Number(numerator / (10n * computed)) : 0;
    const belowFloor = floorPrice !== null && special < floorPrice;
    const unitPrice = formatDecimal(special, PRICE_PLACES);
    specialOut = { unitPrice, belowFloor, discountBps };
    lines.push({
      kind: 'special_price',
      amountMinor: replaced - computed,
      detail: {
        unitPrice,
        quantity,
        computedUnitPrice: formatDecimal(mulDivRoundHalfUp(computed, UNIT_PRICE_FACTOR, qty), PRICE_PLACES),
        computedGoods: formatMinor(computed),
        discountBps: String(discountBps),
        floorPrice: floorPrice === null ? '' : formatDecimal(floorPrice, PRICE_PLACES),
        belowFloor: String(belowFloor),
      },
    });
    goods = replaced;
  }

  // 9. Tax on everything before it (prices are net of VAT), then the rebate as a credit.
  const net = goods + deliveryMinor;
  assertWholeInRange(ctx.sku.taxRateBps, 0, 10_000, 'tax rate');
  const tax = mulDivRoundHalfUp(net, BigInt(ctx.sku.taxRateBps), BPS_SCALE);
  lines.push({
    kind: 'tax',
    amountMinor: tax,
    detail: { taxRateBps: String(ctx.sku.taxRateBps), net: formatMinor(net) },
  });
  let total = net + tax;
  if (ctx.rebateAvailableMinor < 0n) throw new RangeError('Available rebate must not be negative');
  const rebate = ctx.rebateAvailableMinor < total ? ctx.rebateAvailableMinor : total;
  if (rebate > 0n) {
    lines.push({
      kind: 'rebate',
      amountMinor: -rebate,
      detail: { available: formatMinor(ctx.rebateAvailableMinor), applied: formatMinor(rebate) },
    });
    total -= rebate;
  }

  let validUntil = time + list.quoteValidityDays * DAY_MS;
  if (list.validTo !== null && list.validTo.getTime() < validUntil) validUntil = list.validTo.getTime();

  const quote: Quote = {
    currency: list.currency,
    quantity,
    listId: list.id,
    listKind: list.kind,
    baseUnitPrice,
    unitPrice: formatDecimal(mulDivRoundHalfUp(goods, UNIT_PRICE_FACTOR, qty), PRICE_PLACES),
    lines,
    netMinor: net,
    taxMinor: tax,
    totalMinor: total,
    floorPrice: floorPrice === null ? null : formatDecimal(floorPrice, PRICE_PLACES),
    special: specialOut,
    validUntil: new Date(validUntil),
    explanation: resolution.explanation,
  };
  return { result: ok(quote), breakUsed };
}

/**
 * The quote for this buyer: every line of the breakdown, tax, validity, and why each of the
 * buyer's candidate lists won or lost. Lists of other buyers never influence it nor appear in it.
 */
export function computeQuote(ctx: PricingContext, request: QuoteRequest): Result<Quote, QuoteError> {
  return buildQuote(ctx, request, resolveCandidates(ctx, request.date, 'buyer')).result;
}

function buyerView(seller: Resolution): Resolution {
  const explanation: CandidateExplanation[] = [];
  for (const e of seller.explanation) {
    if (e.outcome === 'not_for_this_buyer') continue;
    explanation.push(e.outcome === 'not_published' ? { ...e, unitPrice: null } : e);
  }
  return { winner: seller.winner, explanation, pricedOnOtherDates: seller.pricedOnOtherDates };
}

/**
 * The seller's price debugger (DESIGN.md §4): the quote the buyer would get, every list of the
 * seller with the reason it won or lost (other buyers' contracts marked not_for_this_buyer),
 * the ladder break that applied and where the terms and delivery rules came from.
 */
export function explainForSeller(ctx: PricingContext, request: QuoteRequest): SellerPriceExplanation {
  const seller = resolveCandidates(ctx, request.date, 'seller');
  const built = buildQuote(ctx, request, buyerView(seller));
  const list: CandidateList | null = seller.winner;
  let winner: WinnerTrace | null = null;
  if (list !== null) {
    const used = built.breakUsed;
    const rules = effectiveRules(ctx, list, request.date.getTime());
    winner = {
      listId: list.id,
      listName: list.name,
      kind: list.kind,
      ladderBreak:
        used === null
          ? null
          : {
              index: used.ready.index,
              mode: used.mode,
              minQuantity: formatDecimal(used.ready.minQuantity, QUANTITY_PLACES),
              kind: used.ready.rule.kind,
              value: used.ready.rule.value,
              unitPrice: formatDecimal(used.unitPrice, PRICE_PLACES),
            },
      termsFrom: rules.termsFrom,
      deliveryFrom: rules.deliveryFrom,
      lines: built.result.ok ? built.result.value.lines.map((l) => l.kind) : [],
    };
  }
  return { quote: built.result, explanation: seller.explanation, winner };
}
