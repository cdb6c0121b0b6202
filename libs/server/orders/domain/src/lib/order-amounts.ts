import {
  AMOUNT_DIVISOR,
  BPS_SCALE,
  mulDivRoundHalfUp,
  parseDecimal,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from '@tradeway/server/pricing/domain';

/** A priced order line as an award gives it: decimals as text, the VAT rate in basis points. */
export interface PricedLine {
  /** ≤ 4 places, > 0 */
  readonly unitPrice: string;
  /** ≤ 3 places, > 0 */
  readonly quantity: string;
  /** 0 … 10 000 */
  readonly taxRateBps: number;
}

export interface LineAmounts {
  readonly netMinor: bigint;
  readonly taxMinor: bigint;
  readonly totalMinor: bigint;
}

export interface OrderAmounts<L extends PricedLine = PricedLine> extends LineAmounts {
  /** The lines given, each with its amounts. */
  readonly lines: (L & LineAmounts)[];
}

function positive(text: string, places: number, what: string): bigint {
  const v = parseDecimal(text, places);
  if (v === null || v <= 0n)
    throw new RangeError(`An order line's ${what} must be a positive decimal: ${text}`);
  return v;
}

/**
 * The amounts of an order whose prices were agreed elsewhere (an RFQ or auction award), by the
 * rounding rule of DESIGN.md §4 that the quote engine also follows: per line, net = unit price ×
 * quantity rounded half-up to the fen, tax = net × rate rounded half-up; the order's net, tax
 * and total are the sums of its lines. Malformed input (stored, validated data) throws a RangeError.
 */
export function orderAmounts<L extends PricedLine>(lines: readonly L[]): OrderAmounts<L> {
  const amounts = lines.map((l) => {
    if (!Number.isInteger(l.taxRateBps) || l.taxRateBps < 0 || l.taxRateBps > 10_000) {
      throw new RangeError(`An order line's tax rate must be 0 … 10 000 bps: ${l.taxRateBps}`);
    }
    const netMinor = mulDivRoundHalfUp(
      positive(l.unitPrice, PRICE_PLACES, 'unit price'),
      positive(l.quantity, QUANTITY_PLACES, 'quantity'),
      AMOUNT_DIVISOR,
    );
    const taxMinor = mulDivRoundHalfUp(netMinor, BigInt(l.taxRateBps), BPS_SCALE);
    return { ...l, netMinor, taxMinor, totalMinor: netMinor + taxMinor };
  });
  const netMinor = amounts.reduce((s, l) => s + l.netMinor, 0n);
  const taxMinor = amounts.reduce((s, l) => s + l.taxMinor, 0n);
  return { lines: amounts, netMinor, taxMinor, totalMinor: netMinor + taxMinor };
}
