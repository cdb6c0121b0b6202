/**
 * Exact decimals for the catalog screens: unit prices (≤ 4 places), quantities (≤ 3 places)
 * and rates travel as text and are held as integers scaled by 10^places, so nothing passes
 * through a binary floating-point number.
 */

export const PRICE_PLACES = 4;
export const QUANTITY_PLACES = 3;
export const MINOR_PLACES = 2;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * `"12.5"` at 3 places → 12500n; `"-0.66"` at 4 places → -6600n. Null when the text is not a
 * plain decimal (no exponent, no grouping) or has more than `places` decimals.
 */
export function parseScaled(text: string | null | undefined, places: number): bigint | null {
  const match = DECIMAL.exec((text ?? '').trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > places) return null;
  const magnitude = BigInt(`${match[2] as string}${fraction.padEnd(places, '0')}`);
  return match[1] === '-' ? -magnitude : magnitude;
}

/**
 * An integer scaled by 10^places back to text, without trailing zeros unless `keep` decimals
 * are asked for: formatScaled(12500n, 3) === '12.5'; formatScaled(25000n, 3) === '25';
 * formatScaled(5950_0000n, 4, 2) === '5950.00'.
 */
export function formatScaled(value: bigint, places: number, keep = 0): string {
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString().padStart(places + 1, '0');
  const whole = places === 0 ? digits : digits.slice(0, digits.length - places);
  digits = places === 0 ? '' : digits.slice(digits.length - places);
  let fraction = digits.replace(/0+$/, '');
  if (fraction.length < keep) fraction = fraction.padEnd(keep, '0');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Moves the decimal point of a decimal text `shift` places left: shiftLeft('131.5068', 2) === '1.315068'. */
export function shiftLeft(text: string, shift: number): string | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  return formatScaled(
    BigInt(`${match[1] as string}${match[2] as string}${fraction}`),
    fraction.length + shift,
  );
}

/** round(a × b ÷ d), half away from zero, d > 0. */
export function mulDivRound(a: bigint, b: bigint, d: bigint): bigint {
  const n = a * b;
  const q = n / d;
  const r = n - q * d;
  if (r === 0n) return q;
  if (r > 0n) return r * 2n >= d ? q + 1n : q;
  return -r * 2n >= d ? q - 1n : q;
}
