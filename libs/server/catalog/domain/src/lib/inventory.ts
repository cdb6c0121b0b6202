/**
 * Stock quantities of the catalog (DESIGN.md §3: inventory per warehouse location, with
 * reserved and available quantity). Quantities are decimal text with at most 3 places, held
 * here as integers scaled by 1 000 (`"2.5"` → `2500n`): no binary floating point.
 */

export const STOCK_PLACES = 3;
const SCALE = 1_000n;
const STOCK = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * `"12.5"` → `12500n`, `"-0.001"` → `-1n` (PostgreSQL's numeric text, e.g. `"1200.000"`, is
 * read as well); null for anything else, or for more than 3 decimal places.
 */
export function parseStock(text: string): bigint | null {
  const m = STOCK.exec(text.trim());
  if (!m) return null;
  const fraction = m[3] ?? '';
  if (fraction.length > STOCK_PLACES) return null;
  const value = BigInt(m[2] as string) * SCALE + BigInt(fraction.padEnd(STOCK_PLACES, '0'));
  return m[1] ? -value : value;
}

/** `12500n` → `"12.5"`, `1200000n` → `"1200"`, `-1n` → `"-0.001"`: no trailing zeros. */
export function formatStock(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / SCALE;
  const fraction = (abs % SCALE).toString().padStart(STOCK_PLACES, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A numeric text as the API shows it: `"1200.000"` → `"1200"` (unparseable text unchanged). */
export function trimStock(text: string): string {
  const v = parseStock(text);
  return v === null ? text : formatStock(v);
}

export type OnHandRefusal = { code: 'ON_HAND_BELOW_RESERVED'; field: 'onHand'; params: { reserved: string } };

/**
 * Whether a seller may set a stock position's on-hand quantity: never below what orders have
 * reserved there (available = on hand − reserved would go negative). `onHand` has passed the
 * contract (≥ 0, at most 3 places); `reserved` is the stored quantity.
 */
export function checkOnHand(onHand: string, reserved: string): OnHandRefusal | null {
  const want = parseStock(onHand);
  const held = parseStock(reserved) ?? 0n;
  if (want === null) throw new RangeError(`not a stock quantity: ${onHand}`);
  return want < held
    ? { code: 'ON_HAND_BELOW_RESERVED', field: 'onHand', params: { reserved: formatStock(held) } }
    : null;
}

/**
 * The optimistic-concurrency check of an edit: the version the editor saw (0 = "there was no
 * stock position yet") against the stored one (0 when there is none). No expectation: the
 * edit applies to whatever is stored.
 */
export function versionMatches(expected: number | undefined, stored: number | null): boolean {
  return expected === undefined || expected === (stored ?? 0);
}
