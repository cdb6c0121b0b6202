import { ok, type Result } from '@tradeway/shared/kernel';
import { orderFailure, type OrderError } from './order.errors';
import { formatQuantity } from './quantity';

/**
 * Which stock a confirmed order reserves (DESIGN.md §8, confirmation): for every line, the
 * seller's stock positions (one SKU at one warehouse location) with enough available
 * (`onHand − reserved`). Pure: the order module locks the positions, calls this, and writes
 * the reservations; quantities are thousandths of the line's unit (quantity.ts), never floats.
 *
 * Choices where DESIGN.md is silent:
 * - Positions in the preferred warehouse (the pickup warehouse of a pickup order) are used
 *   first, then the others.
 * - Within each of those two groups: the smallest position that covers what is still needed
 *   on its own (best fit: one pick, and big positions stay whole for big orders); when none
 *   does, the largest one, and on with the rest. Ties by location id, so the result is
 *   deterministic.
 * - Lines are served in line order; two lines of one SKU share its positions.
 * - A line that cannot be served in full refuses the whole confirmation (INSUFFICIENT_STOCK
 *   with the line, what it needs and what is available): nothing is reserved partly.
 */

export interface StockLine {
  readonly lineId: string;
  readonly lineNo: number;
  /** The line's position in the order's lines (the `lines.<index>` of the error's field). */
  readonly index: number;
  readonly skuId: string;
  readonly skuCode: string;
  readonly unit: string;
  /** Thousandths of `unit`, more than zero. */
  readonly quantity: bigint;
}

export interface StockPosition {
  readonly levelId: string;
  readonly skuId: string;
  readonly locationId: string;
  readonly warehouseId: string;
  /** Thousandths. */
  readonly onHand: bigint;
  /** Thousandths already reserved for other orders. */
  readonly reserved: bigint;
}

export interface StockAllocation {
  readonly lineId: string;
  readonly levelId: string;
  readonly skuId: string;
  readonly locationId: string;
  readonly warehouseId: string;
  /** Thousandths, more than zero. */
  readonly quantity: bigint;
}

export type StockAllocationError = OrderError<'INSUFFICIENT_STOCK'>;

const byLocation = (a: { locationId: string }, b: { locationId: string }) =>
  a.locationId < b.locationId ? -1 : a.locationId > b.locationId ? 1 : 0;

/** Takes `needed` from `group` (mutating `available`), best fit first; returns what is still missing. */
function take(
  needed: bigint,
  group: readonly StockPosition[],
  available: Map<string, bigint>,
  line: StockLine,
  out: StockAllocation[],
): bigint {
  let missing = needed;
  while (missing > 0n) {
    const open = group.filter((p) => (available.get(p.levelId) ?? 0n) > 0n);
    if (open.length === 0) break;
    const avail = (p: StockPosition) => available.get(p.levelId) ?? 0n;
    const covering = open.filter((p) => avail(p) >= missing);
    const pick =
      covering.length > 0
        ? covering.reduce((best, p) =>
            avail(p) < avail(best) || (avail(p) === avail(best) && byLocation(p, best) < 0) ? p : best,
          )
        : open.reduce((best, p) =>
            avail(p) > avail(best) || (avail(p) === avail(best) && byLocation(p, best) < 0) ? p : best,
          );
    const quantity = avail(pick) < missing ? avail(pick) : missing;
    available.set(pick.levelId, avail(pick) - quantity);
    out.push({
      lineId: line.lineId,
      levelId: pick.levelId,
      skuId: pick.skuId,
      locationId: pick.locationId,
      warehouseId: pick.warehouseId,
      quantity,
    });
    missing -= quantity;
  }
  return missing;
}

/**
 * The reservations that serve every line, or INSUFFICIENT_STOCK for the first line that
 * cannot be served (field `lines.<index>.quantity`, params lineNo, skuCode, requested,
 * available, unit — available being what is left for that line after the earlier ones).
 */
export function allocateStock(
  lines: readonly StockLine[],
  positions: readonly StockPosition[],
  options: { readonly preferredWarehouseId: string | null },
): Result<StockAllocation[], StockAllocationError> {
  const available = new Map<string, bigint>();
  for (const p of positions) {
    const free = p.onHand - p.reserved;
    available.set(p.levelId, free > 0n ? free : 0n);
  }
  const out: StockAllocation[] = [];
  for (const line of [...lines].sort((a, b) => a.lineNo - b.lineNo)) {
    if (line.quantity <= 0n) throw new RangeError(`line ${line.lineNo} has no quantity to reserve`);
    const ofSku = positions.filter((p) => p.skuId === line.skuId);
    const free = ofSku.reduce((sum, p) => sum + (available.get(p.levelId) ?? 0n), 0n);
    if (free < line.quantity) {
      return orderFailure('INSUFFICIENT_STOCK', {
        field: `lines.${line.index}.quantity`,
        lineId: line.lineId,
        params: {
          lineNo: String(line.lineNo),
          skuCode: line.skuCode,
          requested: formatQuantity(line.quantity),
          available: formatQuantity(free),
          unit: line.unit,
        },
      });
    }
    const preferred = ofSku.filter((p) => p.warehouseId === options.preferredWarehouseId);
    const others = ofSku.filter((p) => p.warehouseId !== options.preferredWarehouseId);
    const missing = take(take(line.quantity, preferred, available, line, out), others, available, line, out);
    if (missing !== 0n) throw new Error('stock allocation fell short after the total was checked');
  }
  return ok(out);
}
