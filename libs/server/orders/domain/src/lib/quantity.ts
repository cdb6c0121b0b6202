import { formatDecimal, parseDecimal, QUANTITY_PLACES } from '@tradeway/server/pricing/domain';

/**
 * Quantities of the order context: decimal strings with at most 3 places in the unit of their
 * order line, held as `bigint` thousandths for arithmetic (the scaled-bigint helpers of the
 * pricing domain, docs/decisions/0008-quote-engine-arithmetic.md). No binary floating point.
 */

/** A quantity typed by a user: thousandths, or `null` when it is not a plain decimal with ≤ 3 places. */
export function parseQuantity(text: string): bigint | null {
  return parseDecimal(text, QUANTITY_PLACES);
}

/** Thousandths as a decimal string with exactly 3 places: 12500n → '12.500'. */
export function formatQuantity(thousandths: bigint): string {
  return formatDecimal(thousandths, QUANTITY_PLACES);
}

/**
 * A quantity read from stored data (an order line, a recorded shipment): it must be a valid
 * decimal, otherwise the data is corrupt and that is an unexpected failure, so it throws.
 */
export function storedQuantity(text: string, what: string, options: { positive: boolean }): bigint {
  const value = parseQuantity(text);
  if (value === null || value < 0n || (options.positive && value === 0n)) {
    throw new RangeError(`Invalid stored ${what}: ${JSON.stringify(text)}`);
  }
  return value;
}
