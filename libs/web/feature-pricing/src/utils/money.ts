import type { Language } from '@tradeway/web/i18n';
import { formatScaled, PERCENT_PLACES } from './decimal';

/**
 * Money on the pricing screens: integer minor units (fen), which the API sends as strings
 * of digits and which are kept as `bigint` here. Yuan typed by a person become fen by
 * string arithmetic, and amounts are formatted from the exact decimal text, so no amount
 * ever passes through a floating-point number.
 */

/** The API's bound on an amount (`MinorSchema`): 10^15 fen. */
export const MAX_MINOR = 10n ** 15n;

export type YuanProblem = 'required' | 'invalid' | 'decimals' | 'tooLarge';

const YUAN = /^(\d+)(?:\.(\d*))?$/;

/** Strips what people type or paste around an amount: blanks, grouping commas, a ¥ / ￥ / CN¥. */
function cleanYuan(text: string): string {
  return text.replace(/[\s,，]/g, '').replace(/^(?:CN)?[¥￥]/, '');
}

/** Why `text` is not an amount in yuan (≥ 0, at most 2 decimals, within the API's bound), or null. */
export function yuanProblem(text: string | null | undefined): YuanProblem | null {
  const cleaned = cleanYuan(text ?? '');
  if (cleaned === '') return 'required';
  const match = YUAN.exec(cleaned);
  if (!match) return 'invalid';
  const fraction = match[2] ?? '';
  if (fraction.length > 2) return 'decimals';
  if (toFen(match[1] as string, fraction) > MAX_MINOR) return 'tooLarge';
  return null;
}

function toFen(whole: string, fraction: string): bigint {
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/**
 * Yuan text → fen, digit by digit: `"1234.56"` → 123456n, `"0.1"` → 10n, `"¥1,000"` →
 * 100000n, `"0.29"` → 29n (never 28.999…). Null when the text is not such an amount.
 */
export function yuanToFen(text: string | null | undefined): bigint | null {
  if (yuanProblem(text) !== null) return null;
  const match = YUAN.exec(cleanYuan(text ?? '')) as RegExpExecArray;
  return toFen(match[1] as string, match[2] ?? '');
}

/** Fen (as the API sends them, or a bigint) → yuan text for an input: 123450n → `"1234.50"`. */
export function fenToYuan(minor: bigint | string): string {
  return formatScaled(BigInt(minor), 2);
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, key: string, options: Intl.NumberFormatOptions) {
  const id = `${language}|${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new Intl.NumberFormat(language, options);
    cache.set(id, f);
  }
  return f;
}

/**
 * Fen → an amount in the user's locale, `¥1,234.50`; `signed` shows `+` on a charge (a
 * breakdown line). Intl formats the exact decimal text, so 10^15 fen keeps every digit.
 */
export function formatMinor(
  minor: bigint | string,
  language: Language,
  currency = 'CNY',
  { signed = false }: { signed?: boolean } = {},
): string {
  const f = numberFormat(language, `minor|${currency}|${signed}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return f.format(fenToYuan(minor) as Intl.StringNumericLiteral);
}

/** A unit price (decimal text, ≤ 4 places) with its currency: `"5950.0000"` → `¥5,950.00`. */
export function formatUnitPrice(decimal: string, language: Language, currency = 'CNY'): string {
  const f = numberFormat(language, `price|${currency}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  });
  return f.format(decimal as Intl.StringNumericLiteral);
}

/** A plain decimal (quantity, price without currency): `"1000.000"` → `1,000`, `"5950.5"` → `5,950.5`. */
export function formatDecimal(decimal: string, language: Language, maxPlaces = 4): string {
  const f = numberFormat(language, `decimal|${maxPlaces}`, {
    minimumFractionDigits: 0,
    maximumFractionDigits: maxPlaces,
  });
  return f.format(decimal as Intl.StringNumericLiteral);
}

// ---- percentages and basis points ------------------------------------------------------

export type PercentProblem = 'required' | 'invalid' | 'decimals' | 'range';
const PERCENT = /^([+-]?)(\d{1,3})(?:\.(\d+))?$/;

/**
 * Why `text` is not a percentage with at most 2 decimals within ±`maxBps` basis points (a
 * sign only where `signed`), or null when it is.
 */
export function percentProblem(
  text: string | null | undefined,
  { maxBps = 10_000, signed = false }: { maxBps?: number; signed?: boolean } = {},
): PercentProblem | null {
  const s = (text ?? '').trim().replace(/[−–]/g, '-');
  if (s === '') return 'required';
  const match = PERCENT.exec(s);
  if (!match || (!signed && match[1] !== '')) return 'invalid';
  if ((match[3] ?? '').length > PERCENT_PLACES) return 'decimals';
  return Math.abs(percentToBps(s) ?? Infinity) > maxBps ? 'range' : null;
}

/** `"8"` % → 800 bps, `"-0.25"` → −25, from the digits (no float); null when not a percentage. */
export function percentToBps(text: string | null | undefined): number | null {
  const match = PERCENT.exec((text ?? '').trim().replace(/[−–]/g, '-'));
  if (!match || (match[3] ?? '').length > PERCENT_PLACES) return null;
  const bps = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -bps : bps;
}

/** 800 bps → `"8"`, 1250 → `"12.5"`, −25 → `"-0.25"`. */
export function bpsToPercent(bps: number): string {
  return trimZeros(formatScaled(BigInt(bps), 2));
}

function trimZeros(text: string): string {
  return text.replace(/\.?0+$/, '');
}

/** The symbol of a currency in the user's locale: CNY → ¥, USD → $ (the code when it has none). */
export function currencySymbol(currency: string, language: Language): string {
  const parts = numberFormat(language, `symbol|${currency}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}
