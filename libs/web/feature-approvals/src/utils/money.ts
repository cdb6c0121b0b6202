import { toDecimalString } from '@tradeway/shared/kernel';
import type { Language } from '@tradeway/web/i18n';

/**
 * Money on the approval screens: integer minor units (fen), sent by the API as strings of
 * digits and kept as `bigint` here. Yuan text is parsed digit by digit and formatted from
 * a BigInt division, so no amount ever passes through a floating-point number.
 */

/** The API's upper bound for an amount (`MinorSchema`): 10^15 fen. */
export const MAX_MINOR = 10n ** 15n;
/** Minor units per major unit (CNY, USD, EUR: 2 decimals). */
const MINOR_PER_MAJOR = 100n;

/** Fen from what the API sends (`"1500000"`) or from a bigint. */
export function toMinor(value: bigint | string): bigint {
  return typeof value === 'bigint' ? value : BigInt(value);
}

export type YuanProblem = 'required' | 'invalid' | 'decimals' | 'tooLarge';

const YUAN = /^(\d+)(?:\.(\d*))?$/;

/**
 * Cleans what a person types or copies: spaces, grouping commas, a leading ¥ (also full
 * width ￥, or `CN¥` as English formatting writes it).
 */
function cleanYuan(text: string): string {
  return text.replace(/[\s,]/g, '').replace(/^(?:CN)?[¥￥]/, '');
}

/** Why `text` is not an amount in yuan with at most 2 decimals, or null when it is. */
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
  return BigInt(whole) * MINOR_PER_MAJOR + BigInt(fraction.padEnd(2, '0'));
}

/**
 * Yuan text → fen: `"6000"` → 600000n, `"0.1"` → 10n, `"¥1,234.56"` → 123456n. Null when
 * the text is not a non-negative amount with at most 2 decimals within the API's bound.
 */
export function parseYuan(text: string | null | undefined): bigint | null {
  if (yuanProblem(text) !== null) return null;
  const match = YUAN.exec(cleanYuan(text ?? '')) as RegExpExecArray;
  return toFen(match[1] as string, match[2] ?? '');
}

/** Fen → plain yuan text for an input field: 123450n → `"1234.50"`, 600000n → `"6000.00"`. */
export function minorToYuanText(minor: bigint | string): string {
  return toDecimalString({ amountMinor: toMinor(minor), currency: 'CNY' }, 2);
}

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, currency: string): Intl.NumberFormat {
  const key = `${language}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Fen → an amount in the user's locale, `¥1,234.50`. Intl formats the exact decimal
 * string (`"1234.50"`), so even 10^15 fen keeps every digit.
 */
export function formatMinor(minor: bigint | string, language: Language, currency = 'CNY'): string {
  return formatter(language, currency).format(minorToYuanText(minor) as Intl.StringNumericLiteral);
}

/** How much of `limit` is used, in whole percent 0..100, for a progress bar. */
export function usedPercent(spent: bigint | string, limit: bigint | string): number {
  const l = toMinor(limit);
  const s = toMinor(spent);
  if (l <= 0n) return s > 0n ? 100 : 0;
  const pct = (s * 100n) / l;
  return Number(pct < 0n ? 0n : pct > 100n ? 100n : pct);
}

export type PercentProblem = 'invalid' | 'decimals' | 'range';
const PERCENT = /^(\d{1,3})(?:\.(\d*))?$/;

/** Why `text` is not a percentage 0–100 with at most 2 decimals, or null when it is. */
export function percentProblem(text: string): PercentProblem | null {
  const match = PERCENT.exec(text.trim());
  if (!match) return 'invalid';
  if ((match[2] ?? '').length > 2) return 'decimals';
  return percentToBps(text) > 10_000 ? 'range' : null;
}

/** `"12.5"` % → 1250 basis points, from the digits (no float). */
export function percentToBps(text: string): number {
  const match = PERCENT.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 1250 basis points → `"12.5"` %. */
export function bpsToPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
