/**
 * Decimals as text (DESIGN.md §4: unit prices ≤ 4 places, quantities ≤ 3, never binary floating
 * point). Values are checked with regular expressions and compared as strings; nothing here
 * parses a value with parseFloat. The only place a JavaScript number appears is a numeric xlsx
 * cell, which is already a binary double: `numberToText` renders it as Excel shows it.
 */

export type DecimalIssue =
  'format' | 'thousands' | 'fullwidth' | 'exponent' | 'negative' | 'zero' | 'places' | 'integer-digits';

export interface DecimalRules {
  /** the most decimal places allowed, counted after dropping trailing zeros ("2.50" has 1) */
  readonly places: number;
  /** the most integer digits allowed, counted after dropping leading zeros */
  readonly integerDigits: number;
  /** whether 0 is allowed (prices) or the value must be more than 0 (quantities) */
  readonly allowZero: boolean;
}

export type DecimalParse =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly issue: DecimalIssue };

const PLAIN = /^(\d*)(?:\.(\d*))?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const FULLWIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C]/;
const EXPONENT = /^\d+(?:\.\d*)?e[+-]?\d+$/i;

/**
 * Checks a non-blank cell text as a non-negative decimal and returns it normalised: no leading
 * zeros, no trailing zeros, no trailing dot ("025.50" → "25.5", ".5" → "0.5", "3." → "3").
 */
export function parseDecimalText(text: string, rules: DecimalRules): DecimalParse {
  const m = PLAIN.exec(text);
  if (!m || text === '.' || text === '') {
    if (text.startsWith('-') && PLAIN.test(text.slice(1)) && /\d/.test(text)) return fail('negative');
    if (THOUSANDS.test(text)) return fail('thousands');
    if (FULLWIDTH.test(text)) return fail('fullwidth');
    if (EXPONENT.test(text)) return fail('exponent');
    return fail('format');
  }
  const int = stripLeadingZeros(m[1] ?? '');
  const frac = stripTrailingZeros(m[2] ?? '');
  if (frac.length > rules.places) return fail('places');
  if (int.length > rules.integerDigits) return fail('integer-digits');
  if (!rules.allowZero && int === '0' && frac === '') return fail('zero');
  return { ok: true, value: frac === '' ? int : `${int}.${frac}` };
}

function fail(issue: DecimalIssue): DecimalParse {
  return { ok: false, issue };
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits === '' ? '0' : digits.slice(i);
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/**
 * Compares two normalised non-negative decimals (as returned by `parseDecimalText`):
 * negative when a < b, 0 when equal, positive when a > b.
 */
export function compareDecimalText(a: string, b: string): number {
  const aPoint = a.indexOf('.');
  const bPoint = b.indexOf('.');
  const aInt = aPoint < 0 ? a.length : aPoint;
  const bInt = bPoint < 0 ? b.length : bPoint;
  if (aInt !== bInt) return aInt - bInt;
  for (let i = 0; i < aInt; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  // the fractions, the shorter one padded with zeros
  const aFrac = aPoint < 0 ? 0 : a.length - aPoint - 1;
  const bFrac = bPoint < 0 ? 0 : b.length - bPoint - 1;
  for (let i = 1, n = Math.max(aFrac, bFrac); i <= n; i++) {
    const d = (i <= aFrac ? a.charCodeAt(aInt + i) : 48) - (i <= bFrac ? b.charCodeAt(bInt + i) : 48);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * A numeric cell as Excel displays it in General format, minus Excel's column-width rounding:
 * the shortest text that round-trips the value rounded to 15 significant digits (Excel's own
 * precision), in plain notation. 5980.5 → "5980.5"; 0.1 + 0.2 → "0.3"; 1e21 → "1000…0";
 * 1.5e-7 → "0.00000015". `null` for NaN and ±Infinity, which a spreadsheet cannot hold.
 */
export function numberToText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const rounded = Number(n.toPrecision(15));
  if (rounded === 0) return '0';
  return toPlainNotation(String(rounded));
}

/** "1.5e-7" → "0.00000015", "-1.2e+21" → "-1200000000000000000000"; plain text is returned as is. */
export function toPlainNotation(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(text);
  if (!m) return text;
  const sign = m[1] ?? '';
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  const exp = Number(m[4]);
  const digits = int + frac;
  const point = int.length + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  const [i = '0', f = ''] = out.split('.');
  const clean = stripTrailingZeros(f);
  return `${sign}${stripLeadingZeros(i)}${clean === '' ? '' : `.${clean}`}`;
}

/**
 * Multiplies a plain decimal text by 100 exactly, by moving the point: "0.025" → "2.5",
 * "1" → "100". For percent-formatted xlsx cells, so that 2.5 % reads back as "2.5%".
 */
export function timesHundred(text: string): string {
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const padded = frac.padEnd(2, '0');
  const newInt = stripLeadingZeros(int + padded.slice(0, 2));
  const newFrac = stripTrailingZeros(padded.slice(2));
  const body = newFrac === '' ? newInt : `${newInt}.${newFrac}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/**
 * Whether a text is written to xlsx as a number without changing it: a plain decimal whose
 * Excel rendering (`numberToText`) is the very same text. "5980.1234" yes; "25.0", "007" and
 * 16-digit values such as "123456789012.1234" no — those stay text, so they survive exactly.
 */
export function isExactNumberText(text: string): boolean {
  if (!/^-?\d+(?:\.\d+)?$/.test(text) || text.length > 40) return false;
  return numberToText(Number(text)) === text;
}
