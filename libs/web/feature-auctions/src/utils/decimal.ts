import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for prices (≤ 4 places, ≤ 12 integer digits) and quantities
 * (≤ 3 places): a decimal.js of its own with room for every digit of a price times a quantity
 * or a percentage of a price (the default 20 significant digits are not enough), so no figure
 * ever passes through a float.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 60,
});
export type Dec = InstanceType<typeof Dec>;

/** A unit price as the API takes it: up to 12 integer digits and 4 decimals. */
export const PRICE = /^\d{1,12}(\.\d{1,4})?$/;
/** A quantity: up to 12 integer digits and 3 decimals. */
export const QUANTITY = /^\d{1,12}(\.\d{1,3})?$/;
/** The smallest step of a price: 0.0001. */
export const PRICE_TICK = new Dec('0.0001');
/** The largest price the API takes. */
export const MAX_PRICE = new Dec('999999999999.9999');

/** `"1000.000"` → `"1000"`, `"12.500"` → `"12.5"`: the figure as a person would type it. */
export function plainDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const out = text.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/** A decimal as price text: 4 places at most, without trailing zeros. */
export const priceText = (d: Dec) => plainDecimal(d.toFixed(4));

/** Whether the text is a decimal more than zero. */
export const isPositive = (text: string) => /[1-9]/.test(text);

/**
 * A unit price times the lot's quantity in fen, rounded half up: `("5980.1234", "12.5")` →
 * `"7475154"` (¥74,751.54). Null when either is not a plain decimal.
 */
export function lotTotalMinor(unitPrice: string, quantity: string): string | null {
  if (!PRICE.test(unitPrice.trim()) || !/^\d+(\.\d+)?$/.test(quantity.trim())) return null;
  return new Dec(unitPrice.trim())
    .times(quantity.trim())
    .times(100)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toFixed(0);
}
