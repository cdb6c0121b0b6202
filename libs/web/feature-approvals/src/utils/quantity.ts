/**
 * Quantities of a requisition line: decimal text with at most 3 decimals (the contract's
 * rule), held as whole thousandths, and line totals in fen computed the way the API does
 * (quantity × unit price, rounded half up to a whole fen) — in integers only.
 */

/** The contract's pattern (`RequisitionLineSchema.quantity`). */
export const QUANTITY_PATTERN = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,3})?$/;

export type QuantityProblem = 'required' | 'invalid' | 'decimals' | 'zero';

/** Why `text` is not a quantity the API accepts, or null when it is. */
export function quantityProblem(text: string | null | undefined): QuantityProblem | null {
  const q = (text ?? '').trim();
  if (q === '') return 'required';
  if (!QUANTITY_PATTERN.test(q)) return /^\d+\.\d{4,}$/.test(q) ? 'decimals' : 'invalid';
  return quantityThousandths(q) === 0n ? 'zero' : null;
}

/** `"12.5"` → 12500n thousandths. Assumes a valid quantity. */
export function quantityThousandths(text: string): bigint {
  const [whole, fraction = ''] = text.trim().split('.');
  return BigInt(whole as string) * 1000n + BigInt(fraction.padEnd(3, '0'));
}

/** Quantity × unit price in fen, rounded half up to a whole fen; null when the quantity is invalid. */
export function lineTotalMinor(quantity: string, unitPriceMinor: bigint): bigint | null {
  if (quantityProblem(quantity) !== null || unitPriceMinor < 0n) return null;
  return (quantityThousandths(quantity) * unitPriceMinor + 500n) / 1000n;
}

/** The sum of the line totals; null while any line cannot be computed. */
export function totalMinor(lineTotals: ReadonlyArray<bigint | null>): bigint | null {
  let sum = 0n;
  for (const t of lineTotals) {
    if (t === null) return null;
    sum += t;
  }
  return sum;
}
