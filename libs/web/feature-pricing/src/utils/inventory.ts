import { decimalProblem, parseScaled, QUANTITY_PLACES } from './decimal';

/**
 * Why `text` cannot be the on-hand quantity of a stock position holding `reserved`, or null
 * when it can: 0 or more with at most 3 decimals (the contract's `StockQuantitySchema`), and
 * never below what orders have reserved (the server refuses it with 422 on `onHand`).
 */
export type OnHandProblem = 'required' | 'invalid' | 'negative' | 'decimals' | 'tooLarge' | 'belowReserved';

export function onHandProblem(text: string | null | undefined, reserved: string): OnHandProblem | null {
  const s = (text ?? '').trim();
  if (s.startsWith('-') && /[0-9]/.test(s)) return 'negative';
  const problem = decimalProblem(s, QUANTITY_PLACES);
  if (problem) return problem === 'zero' ? null : problem;
  const held = parseScaled(reserved, QUANTITY_PLACES) ?? 0n;
  return (parseScaled(s, QUANTITY_PLACES) ?? 0n) < held ? 'belowReserved' : null;
}

/** The table's key of a row: a SKU at a location, or the SKU alone when it has no stock position. */
export const inventoryRowKey = (r: { skuId: string; locationId: string | null }) =>
  `${r.skuId}:${r.locationId ?? 'none'}`;

/** Nothing available: the available quantity (decimal text) is 0 or negative. */
export const noneAvailable = (available: string): boolean =>
  available.trim().startsWith('-') || !/[1-9]/.test(available);
