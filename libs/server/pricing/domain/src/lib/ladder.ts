import {
  AMOUNT_DIVISOR,
  BPS_SCALE,
  MINOR_PLACES,
  formatDecimal,
  mulDivRoundHalfUp,
  parseDecimal,
  PERCENT_PLACES,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from './decimal';
import type { LadderBreak, PriceItemRule } from './pricing.types';

/**
 * Quantity ladders (阶梯价, DESIGN.md §4 adjustment 1). Prices are scaled by 10^4, quantities
 * by 10^3, so an amount in minor units is round(quantity × price ÷ 10^5).
 */

/** A break made ready for arithmetic: where it starts (its price is worked out only when needed). */
export interface ReadyBreak {
  /** position in the list's `ladder` array */
  readonly index: number;
  readonly minQuantity: bigint;
  readonly rule: LadderBreak;
}

/** Reads a stored decimal; stored rules are validated before saving, so a bad one is a bug. */
export function storedDecimal(text: string, places: number, what: string): bigint {
  const value = parseDecimal(text, places);
  if (value === null)
    throw new RangeError(`Stored ${what} is not a decimal with ≤ ${places} places: ${text}`);
  return value;
}

/**
 * The unit price a break gives: its absolute price, or the base price less the percentage,
 * rounded half-up to 4 places (percent scaled by 10^2 is a fraction of 10^4).
 */
export function breakUnitPrice(rule: LadderBreak, basePrice: bigint): bigint {
  let price: bigint;
  if (rule.kind === 'absolute') price = storedDecimal(rule.value, PRICE_PLACES, 'ladder price');
  else {
    const percent = storedDecimal(rule.value, PERCENT_PLACES, 'ladder percent');
    if (percent <= 0n || percent > BPS_SCALE)
      throw new RangeError(`Stored ladder percent out of (0, 100]: ${rule.value}`);
    price = mulDivRoundHalfUp(basePrice, BPS_SCALE - percent, BPS_SCALE);
  }
  if (price < 0n) throw new RangeError(`Stored ladder price must not be negative: ${rule.value}`);
  return price;
}

/** The breaks in ascending order of minimum quantity (stored ladders are already in that order). */
export function readyLadder(item: PriceItemRule): ReadyBreak[] {
  const ladder = item.ladder;
  const out: ReadyBreak[] = new Array(ladder.length);
  let sorted = true;
  for (let i = 0; i < ladder.length; i++) {
    const rule = ladder[i] as LadderBreak;
    const minQuantity = storedDecimal(rule.minQuantity, QUANTITY_PLACES, 'ladder quantity');
    out[i] = { index: i, minQuantity, rule };
    if (i > 0 && (out[i - 1] as ReadyBreak).minQuantity > minQuantity) sorted = false;
  }
  if (!sorted)
    out.sort((a, b) => (a.minQuantity < b.minQuantity ? -1 : a.minQuantity > b.minQuantity ? 1 : 0));
  return out;
}

/** Position (in the ascending ladder) of the highest break with minQuantity ≤ quantity, or -1. */
export function reachedBreak(ladder: readonly ReadyBreak[], quantity: bigint): number {
  let reached = -1;
  for (let i = 0; i < ladder.length; i++) {
    if ((ladder[i] as ReadyBreak).minQuantity <= quantity) reached = i;
    else break;
  }
  return reached;
}

/** One band of a graduated ladder: [from, to) priced at unitPrice; to is null for the open last band. */
export interface Band {
  readonly from: bigint;
  readonly to: bigint | null;
  readonly quantity: bigint;
  readonly unitPrice: bigint;
  readonly amountMinor: bigint;
}

/**
 * Graduated pricing: [0, b1) at the base price, [b1, b2) at the first break's price … up to
 * the band holding `quantity`; each band's amount rounded half-up once.
 */
export function graduatedBands(ladder: readonly ReadyBreak[], basePrice: bigint, quantity: bigint): Band[] {
  const bands: Band[] = [];
  let from = 0n;
  let price = basePrice;
  for (let i = 0; i <= ladder.length; i++) {
    const next = ladder[i];
    const to = next === undefined ? null : next.minQuantity;
    const upper = to === null || to > quantity ? quantity : to;
    if (upper > from) {
      const q = upper - from;
      bands.push({
        from,
        to,
        quantity: q,
        unitPrice: price,
        amountMinor: mulDivRoundHalfUp(q, price, AMOUNT_DIVISOR),
      });
    }
    if (next === undefined || next.minQuantity >= quantity) break;
    from = next.minQuantity;
    price = breakUnitPrice(next.rule, basePrice);
  }
  return bands;
}

interface BandKeys {
  readonly from: string;
  readonly to: string;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly amount: string;
}

/** The detail keys of band n (1-based), made once so that every quote reuses the same strings. */
const BAND_KEYS: BandKeys[] = [];
function bandKeys(n: number): BandKeys {
  let keys = BAND_KEYS[n];
  if (keys === undefined) {
    const k = `band${n}`;
    keys = {
      from: `${k}.from`,
      to: `${k}.to`,
      quantity: `${k}.quantity`,
      unitPrice: `${k}.unitPrice`,
      amount: `${k}.amount`,
    };
    BAND_KEYS[n] = keys;
  }
  return keys;
}

/** Detail entries of the bands: band1.from, band1.to ('' when open), band1.quantity, band1.unitPrice, band1.amount. */
export function bandDetail(bands: readonly Band[], detail: Record<string, string>): void {
  detail['bands'] = String(bands.length);
  let from = '0.000'; // each band starts where the previous one ended
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Band;
    const keys = bandKeys(i + 1);
    const to = b.to === null ? '' : formatDecimal(b.to, QUANTITY_PLACES);
    detail[keys.from] = i === 0 ? formatDecimal(b.from, QUANTITY_PLACES) : from;
    detail[keys.to] = to;
    detail[keys.quantity] = formatDecimal(b.quantity, QUANTITY_PLACES);
    detail[keys.unitPrice] = formatDecimal(b.unitPrice, PRICE_PLACES);
    detail[keys.amount] = formatDecimal(b.amountMinor, MINOR_PLACES);
    from = to;
  }
}
