/**
 * Exact decimals of the pricing screens (DESIGN.md §4): unit prices with up to 4 decimals,
 * quantities with up to 3, percentages with up to 2. Text is read digit by digit into an
 * integer scaled by 10^places (`"12.5"` at 4 places → 125000n); nothing passes through a
 * binary floating-point number.
 */

export const PRICE_PLACES = 4;
export const QUANTITY_PLACES = 3;
export const PERCENT_PLACES = 2;
/** The contract's bound on the integer part of a price or quantity (`\d{1,12}`). */
const MAX_INTEGER_DIGITS = 12;

export type DecimalProblem = 'required' | 'invalid' | 'decimals' | 'tooLarge' | 'zero';

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** Why `text` is not a non-negative decimal with at most `places` decimals, or null when it is. */
export function decimalProblem(
  text: string | null | undefined,
  places: number,
  { positive = false }: { positive?: boolean } = {},
): DecimalProblem | null {
  const s = (text ?? '').trim();
  if (s === '') return 'required';
  const match = DECIMAL.exec(s);
  if (!match) return 'invalid';
  if ((match[2] ?? '').length > places) return 'decimals';
  if ((match[1] as string).replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS) return 'tooLarge';
  if (positive && !/[1-9]/.test(s)) return 'zero';
  return null;
}

/** A unit price: ≥ 0, at most 4 decimals (`UnitPriceSchema`). */
export const priceProblem = (text: string | null | undefined) => decimalProblem(text, PRICE_PLACES);
/** A quantity: > 0, at most 3 decimals (`QuantitySchema`). */
export const quantityProblem = (text: string | null | undefined) =>
  decimalProblem(text, QUANTITY_PLACES, { positive: true });

/** `"12.5"` at 4 places → 125000n; null when the text is not such a decimal. */
export function parseScaled(text: string | null | undefined, places: number): bigint | null {
  if (decimalProblem(text, places) !== null) return null;
  const [whole, fraction = ''] = (text ?? '').trim().split('.');
  return BigInt(whole as string) * 10n ** BigInt(places) + BigInt(fraction.padEnd(places, '0'));
}

/** 125000n at 4 places → `"12.5000"`; −5n at 3 places → `"-0.005"`. */
export function formatScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const cut = digits.length - places;
  const body = places === 0 ? digits : `${digits.slice(0, cut)}.${digits.slice(cut)}`;
  return negative ? `-${body}` : body;
}

/** A decimal text without trailing zeros: `"5950.0000"` → `"5950"`, `"2.50"` → `"2.5"`. */
export function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * round(a × b ÷ divisor), exactly, half away from zero: the rounding the quote engine uses
 * for every breakdown line (5 ÷ 2 → 3, −5 ÷ 2 → −3).
 */
export function mulDivRoundHalfUp(a: bigint, b: bigint, divisor: bigint): bigint {
  if (divisor === 0n) throw new RangeError('division by zero');
  let n = a * b;
  let d = divisor;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d;
  const r = n - q * d;
  if (r === 0n) return q;
  if (r > 0n) return r * 2n >= d ? q + 1n : q;
  return -r * 2n >= d ? q - 1n : q;
}
