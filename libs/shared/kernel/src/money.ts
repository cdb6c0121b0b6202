/**
 * Money in integer minor units (fen, cents) with an ISO 4217 currency code.
 * Never binary floating point: amounts are `bigint`, so sums of any size stay exact.
 */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;

export class CurrencyMismatchError extends Error {
  constructor(a: string, b: string) {
    super(`Cannot combine ${a} with ${b}`);
    this.name = 'CurrencyMismatchError';
  }
}

export function money(amountMinor: bigint | number, currency: string): Money {
  if (!CURRENCY.test(currency)) throw new RangeError(`Invalid currency code: ${currency}`);
  if (typeof amountMinor === 'number' && !Number.isSafeInteger(amountMinor)) {
    throw new RangeError(`Minor units must be a safe integer, got ${amountMinor}`);
  }
  return { amountMinor: BigInt(amountMinor), currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}

export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce((acc, m) => addMoney(acc, m), money(0n, currency));
}

/**
 * Splits `total` in proportion to non-negative integer `weights` by the largest-remainder
 * method: every part gets the floor of its exact share, and the minor units left over go one
 * each to the parts with the largest remainders (ties to the earlier part). The parts always
 * sum to the total exactly, so no minor unit is lost (DESIGN.md §10).
 */
export function allocate(total: Money, weights: readonly bigint[]): Money[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((w) => w < 0n)) throw new RangeError('weights must not be negative');
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw new RangeError('weights must not all be zero');

  const negative = total.amountMinor < 0n;
  const amount = negative ? -total.amountMinor : total.amountMinor;
  const floors = weights.map((w) => (amount * w) / weightSum);
  const remainders = weights.map((w, i) => ({ i, r: (amount * w) % weightSum }));
  let leftover = amount - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (leftover === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return floors.map((f) => ({ amountMinor: negative ? -f : f, currency: total.currency }));
}

/** Formats for display with the currency's minor-unit exponent (2 for CNY/USD/EUR). */
export function toDecimalString(m: Money, exponent = 2): string {
  const negative = m.amountMinor < 0n;
  const abs = negative ? -m.amountMinor : m.amountMinor;
  const base = 10n ** BigInt(exponent);
  const whole = abs / base;
  const fraction = (abs % base).toString().padStart(exponent, '0');
  return `${negative ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}
