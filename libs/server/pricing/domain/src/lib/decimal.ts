/**
 * Exact fixed-point decimals as scaled `bigint` (docs/decisions/0008-quote-engine-arithmetic.md).
 *
 * A decimal with `places` decimal places is held as the integer `value × 10^places`: a unit
 * price of "12.3456" at 4 places is `123456n`, a quantity of "2.5" at 3 places is `2500n`.
 * Nothing here touches binary floating point; products are exact and a single half-up rounding
 * happens where a breakdown line is fixed to the minor unit.
 */

/** Unit prices: up to 4 decimal places. */
export const PRICE_PLACES = 4;
/** Quantities: up to 3 decimal places. */
export const QUANTITY_PLACES = 3;
/** Percent values of ladder breaks ("2.5" = 2.5 % off): up to 2 decimal places. */
export const PERCENT_PLACES = 2;
/** Minor units (fen, cents): 2 decimal places of the currency unit. */
export const MINOR_PLACES = 2;

export const PRICE_SCALE = 10_000n;
export const QUANTITY_SCALE = 1_000n;
export const BPS_SCALE = 10_000n;
/** quantity (×10^3) × unit price (×10^4) ÷ 10^5 = minor units (×10^2). */
export const AMOUNT_DIVISOR = 100_000n;

const POW10: readonly bigint[] = [1n, 10n, 100n, 1_000n, 10_000n, 100_000n, 1_000_000n, 10_000_000n];

/** 10^places as a bigint (cached for the places this library uses). */
export function pow10(places: number): bigint {
  return POW10[places] ?? 10n ** BigInt(places);
}

const CH_0 = 48;
const CH_9 = 57;
const CH_DOT = 46;
const CH_MINUS = 45;
/** Zeros to pad with, by count (formatting a value shorter than its places). */
const ZEROS: readonly string[] = ['', '0', '00', '000', '0000', '00000', '000000', '0000000', '00000000'];

/**
 * Parses a plain decimal string into an integer scaled by 10^places, or `null` when the text is
 * not one: an optional leading minus, at least one digit, optionally a dot followed by 1 to
 * `places` digits. Refused: more places than allowed, exponents ("1e3"), a sign "+", blanks,
 * a bare or trailing dot (".5", "5."), thousands separators, anything else.
 *
 * parseDecimal('12.5', 4) === 125000n; parseDecimal('-0.001', 3) === -1n; parseDecimal('1.23456', 4) === null.
 */
export function parseDecimal(text: string, places: number): bigint | null {
  const n = text.length;
  if (n === 0 || n > 64) return null;
  const start = text.charCodeAt(0) === CH_MINUS ? 1 : 0;
  let dot = -1;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= CH_0 && c <= CH_9) continue;
    if (c === CH_DOT && dot < 0) {
      dot = i;
      continue;
    }
    return null;
  }
  // Only ASCII digits and at most one dot are left, so BigInt() sees a plain integer.
  if (dot < 0) {
    if (n === start) return null;
    return places === 0 ? BigInt(text) : BigInt(text) * pow10(places);
  }
  const fraction = n - dot - 1;
  if (dot === start || fraction === 0 || fraction > places) return null;
  const digits = BigInt(text.slice(0, dot) + text.slice(dot + 1)); // keeps the sign
  return fraction === places ? digits : digits * pow10(places - fraction);
}

/**
 * Formats an integer scaled by 10^places with exactly `places` decimals:
 * formatDecimal(125000n, 4) === '12.5000'; formatDecimal(-5n, 3) === '-0.005'.
 */
export function formatDecimal(value: bigint, places: number): string {
  let digits = value.toString();
  if (places === 0) return digits;
  let sign = '';
  if (digits.charCodeAt(0) === CH_MINUS) {
    sign = '-';
    digits = digits.slice(1);
  }
  if (digits.length <= places) {
    const pad = places - digits.length + 1;
    digits = (ZEROS[pad] ?? '0'.repeat(pad)) + digits;
  }
  const cut = digits.length - places;
  return `${sign}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** Minor units as a decimal of the currency unit: 123456n → '1234.56'. */
export function formatMinor(amountMinor: bigint): string {
  return formatDecimal(amountMinor, MINOR_PLACES);
}

/**
 * round(a × b ÷ divisor) computed exactly, rounding half away from zero (half-up on the
 * magnitude): 5 ÷ 2 → 3, −5 ÷ 2 → −3, 4 ÷ 3 → 1, −4 ÷ 3 → −1. The divisor may be negative; it
 * must not be zero.
 */
export function mulDivRoundHalfUp(a: bigint, b: bigint, divisor: bigint): bigint {
  if (divisor === 0n) throw new RangeError('mulDivRoundHalfUp: division by zero');
  let n = a * b;
  let d = divisor;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncates toward zero
  const r = n - q * d; // same sign as n
  if (r === 0n) return q;
  if (r > 0n) return r * 2n >= d ? q + 1n : q;
  return -r * 2n >= d ? q - 1n : q;
}
