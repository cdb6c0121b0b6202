import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for prices (≤ 4 places, ≤ 12 integer digits) and quantities
 * (≤ 3 places): a decimal.js of its own with room for every digit of a price times a quantity
 * times a rate (the default 20 significant digits are not enough), so no figure ever passes
 * through a float.
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

/** `"1000.000"` → `"1000"`, `"12.500"` → `"12.5"`: the figure as a person would type it. */
export function plainDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const out = text.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/** A decimal as quantity text: 3 places at most, without trailing zeros. */
export const quantityText = (d: Dec) => plainDecimal(d.toFixed(3));

/** Whether the text is a decimal more than zero. */
export const isPositive = (text: string) => /[1-9]/.test(text);

/** A decimal (text) or zero when the text is not one. */
export function decOrZero(text: string | null | undefined): Dec {
  const s = (text ?? '').trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? new Dec(s) : new Dec(0);
}

/**
 * A unit price times a quantity in fen, rounded half up: `("4900", "12.5")` → `"6125000"`
 * (¥61,250.00). Null when either is not a plain decimal.
 */
export function amountMinor(unitPrice: string, quantity: string): string | null {
  const p = unitPrice.trim();
  const q = quantity.trim();
  if (!/^\d+(\.\d+)?$/.test(p) || !/^\d+(\.\d+)?$/.test(q)) return null;
  return new Dec(p).times(q).times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0);
}
