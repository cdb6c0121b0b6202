import type { Language } from '@tradeway/web/i18n';

/**
 * Money on the portals' screens: integer minor units (fen) as the API sends them, strings of
 * digits, and unit prices and quantities as decimal text — formatted from their exact text, so
 * no amount ever passes through a float.
 */

/** Fen → yuan as exact decimal text: `"123450"` → `"1234.50"`, `-5n` → `"-0.05"`. */
export function minorToDecimal(minor: bigint | string): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
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

/** Fen → an amount in the user's locale: `"675467561"` → `¥6,754,675.61`; 10^15 fen keep every digit. */
export function formatMinor(minor: bigint | string, language: Language, currency = 'CNY'): string {
  return numberFormat(language, `minor|${currency}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(minorToDecimal(minor) as Intl.StringNumericLiteral);
}

/** A unit price (decimal text, ≤ 4 places) with its currency: `"5950.0000"` → `¥5,950.00`. */
export function formatUnitPrice(decimal: string, language: Language, currency = 'CNY'): string {
  return numberFormat(language, `price|${currency}`, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(decimal as Intl.StringNumericLiteral);
}

/** A quantity (decimal text): `"1000.000"` → `1,000`, `"12.500"` → `12.5`. */
export function formatQuantity(decimal: string, language: Language): string {
  return numberFormat(language, 'quantity', { minimumFractionDigits: 0, maximumFractionDigits: 3 }).format(
    decimal as Intl.StringNumericLiteral,
  );
}

/** Basis points as a percentage without trailing zeros: 1300 → `"13"`, 950 → `"9.5"`, 0 → `"0"`. */
export function bpsToPercent(bps: number): string {
  const sign = bps < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(bps));
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`;
}

/** A percentage typed by a person (`"13"`, `"9.5"`, `"6.25"`) → basis points; null when it is not one (0–100, ≤ 2 places). */
export function percentToBps(text: string | undefined | null): number | null {
  const s = (text ?? '').trim();
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}
