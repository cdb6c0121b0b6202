import type { Language } from '@tradeway/web/i18n';
import { formatScaled, MINOR_PLACES, parseScaled, PRICE_PLACES, QUANTITY_PLACES, shiftLeft } from './decimal';

/**
 * Money and quantities in the user's locale. Intl formats the exact decimal string
 * (`"5950.0000"`), never a `Number`, so every digit of a large amount is kept.
 */

type Formatter = Intl.NumberFormat;
const cache = new Map<string, Formatter>();
function nf(language: Language, options: Intl.NumberFormatOptions): Formatter {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, options);
    cache.set(key, f);
  }
  return f;
}
const literal = (text: string) => text as Intl.StringNumericLiteral;
const currencyOptions = (currency: string, min: number, max: number): Intl.NumberFormatOptions => ({
  style: 'currency',
  currency,
  currencyDisplay: 'narrowSymbol',
  minimumFractionDigits: min,
  maximumFractionDigits: max,
});

/** Fen (a bigint, or the API's string of digits, may be negative) → yuan text: -123456n → '-1234.56'. */
export function minorToDecimal(minor: bigint | string): string {
  const value = typeof minor === 'bigint' ? minor : BigInt(minor);
  return formatScaled(value, MINOR_PLACES, MINOR_PLACES);
}

/** Fen → `¥1,234.50` in the user's locale. */
export function formatMinor(minor: bigint | string, language: Language, currency = 'CNY'): string {
  return nf(language, currencyOptions(currency, 2, 2)).format(literal(minorToDecimal(minor)));
}

/** A decimal amount of the currency unit (`"1234.56"`, as breakdown details carry it) → `¥1,234.56`. */
export function formatMoneyText(text: string, language: Language, currency = 'CNY'): string {
  return parseScaled(text, MINOR_PLACES) === null
    ? text
    : nf(language, currencyOptions(currency, 2, 2)).format(literal(text.trim()));
}

/** A unit price (≤ 4 places) → `¥5,950.00`, `¥12.3456`: two decimals at least, four at most. */
export function formatUnitPrice(text: string, language: Language, currency = 'CNY'): string {
  return parseScaled(text, PRICE_PLACES) === null
    ? text
    : nf(language, currencyOptions(currency, 2, PRICE_PLACES)).format(literal(text.trim()));
}

/** A quantity (≤ 3 places) → `1,000`, `2.5`. */
export function formatQuantity(text: string, language: Language): string {
  return parseScaled(text, QUANTITY_PLACES) === null
    ? text
    : nf(language, { maximumFractionDigits: QUANTITY_PLACES }).format(literal(text.trim()));
}

/**
 * A percentage from text, rounded to `max` decimals: '1.315068' → '1.32'; `signed` writes
 * the sign of a change (+1.32, −0.66).
 */
export function formatPercent(text: string, language: Language, { max = 2, signed = false } = {}): string {
  if (parseScaled(text, 12) === null) return text;
  return nf(language, {
    maximumFractionDigits: max,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  }).format(literal(text.trim()));
}

/** Basis points (`"1300"`, `"131.5068"`) → percent text (`"13"`, `"1.315068"`). */
export function bpsToPercentText(bps: string | number): string {
  return shiftLeft(String(bps), 2) ?? String(bps);
}
