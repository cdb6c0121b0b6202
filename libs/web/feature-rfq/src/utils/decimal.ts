/**
 * Exact decimal text as the API takes it (quantities ≤ 3 places, prices ≤ 4 places): parsed to
 * scaled integers, compared and multiplied as bigints, so no figure passes through a float.
 */

/** A quantity: up to 12 integer digits and 3 decimals. */
export const QUANTITY = /^\d{1,12}(\.\d{1,3})?$/;
/** A unit price or freight: up to 12 integer digits and 4 decimals. */
export const PRICE = /^\d{1,12}(\.\d{1,4})?$/;

/** `"12.5"` at 3 places → `12500n`; null when the text is not a plain non-negative decimal. */
export function toScaled(text: string, places: number): bigint | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > places) return null;
  return BigInt(`${m[1]}${fraction.padEnd(places, '0')}`);
}

/** -1, 0 or 1 as `a` is less than, equal to or more than `b` (both plain decimals). */
export function compareDecimal(a: string, b: string): number {
  const places = Math.max(fractionLength(a), fractionLength(b));
  const x = toScaled(a, places) ?? 0n;
  const y = toScaled(b, places) ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
}

function fractionLength(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Whether the text is a decimal more than zero. */
export const isPositive = (text: string) => /[1-9]/.test(text);

/** `"1000.000"` → `"1000"`, `"12.500"` → `"12.5"`: the figure as a person would type it. */
export function plainDecimal(text: string): string {
  if (!text.includes('.')) return text;
  const out = text.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/**
 * A unit price times a quantity in fen, rounded half up: `("5980.1234", "12.5")` → `7475154n`
 * (¥74,751.54). Null when either is not a plain decimal.
 */
export function priceTimesQuantityMinor(unitPrice: string, quantity: string): bigint | null {
  const price = toScaled(unitPrice, 4);
  const qty = toScaled(quantity, 3);
  if (price === null || qty === null) return null;
  // price × 10⁴, quantity × 10³: the product is in 10⁻⁷ yuan, fen are 10⁻² yuan.
  const product = price * qty;
  return (product + 50_000n) / 100_000n;
}
