import { err, ok, type Result } from '@tradeway/shared/kernel';
import { orderError, type OrderError } from './order.errors';
import { formatQuantity, parseQuantity, storedQuantity } from './quantity';

/**
 * Split deliveries (DESIGN.md §8): an order is shipped in one or more shipments, each
 * carrying part of its lines. Cancelled shipments do not count; every other shipment does,
 * whatever its progress. The cumulative quantity shipped of a line never exceeds the
 * quantity ordered. All arithmetic is exact (thousandths as bigint, see quantity.ts).
 */

export type ShipmentStatus = 'planned' | 'in_transit' | 'arrived' | 'cancelled';

/** An order line: quantity as a decimal string with at most 3 places, in `unit`. */
export interface OrderLineQuantity {
  readonly lineId: string;
  readonly quantity: string;
  readonly unit: string;
}

/** Part of an order line in a shipment, in the order line's unit. */
export interface ShipmentLine {
  readonly lineId: string;
  readonly quantity: string;
}

export interface RecordedShipment {
  readonly id: string;
  readonly status: ShipmentStatus;
  readonly lines: readonly ShipmentLine[];
}

export interface LineShipping {
  readonly lineId: string;
  readonly unit: string;
  readonly ordered: string;
  /** Σ of the line over non-cancelled shipments. */
  readonly shipped: string;
  /** ordered − shipped, exactly. */
  readonly remaining: string;
  readonly fullyShipped: boolean;
}

export interface ShippingSummary {
  /** In order-line order. */
  readonly lines: readonly LineShipping[];
  /** Every line fully shipped. */
  readonly fullyShipped: boolean;
  /** There is at least one non-cancelled shipment and every one has arrived. */
  readonly allShipmentsArrived: boolean;
  /** Fully shipped and all shipments arrived: the order may become `delivered`. */
  readonly fullyDelivered: boolean;
}

export type ShipmentErrorCode =
  | 'SHIPMENT_EMPTY'
  | 'SHIPMENT_UNKNOWN_LINE'
  | 'SHIPMENT_DUPLICATE_LINE'
  | 'SHIPMENT_QUANTITY_INVALID'
  | 'SHIPMENT_EXCEEDS_ORDERED';

export type ShipmentError = OrderError<ShipmentErrorCode>;

interface Ledger {
  readonly order: readonly { lineId: string; unit: string; ordered: bigint }[];
  readonly shipped: Map<string, bigint>;
}

/** Reads the stored order lines and shipments; corrupt data throws (an unexpected failure). */
function ledgerOf(orderLines: readonly OrderLineQuantity[], shipments: readonly RecordedShipment[]): Ledger {
  const shipped = new Map<string, bigint>();
  const order = orderLines.map((line) => {
    if (shipped.has(line.lineId)) throw new RangeError(`Duplicate order line ${line.lineId}`);
    shipped.set(line.lineId, 0n);
    return {
      lineId: line.lineId,
      unit: line.unit,
      ordered: storedQuantity(line.quantity, `quantity of order line ${line.lineId}`, { positive: true }),
    };
  });
  for (const shipment of shipments) {
    if (shipment.status === 'cancelled') continue;
    for (const line of shipment.lines) {
      const before = shipped.get(line.lineId);
      if (before === undefined) {
        throw new RangeError(`Shipment ${shipment.id} refers to unknown order line ${line.lineId}`);
      }
      const quantity = storedQuantity(line.quantity, `quantity in shipment ${shipment.id}`, {
        positive: true,
      });
      shipped.set(line.lineId, before + quantity);
    }
  }
  return { order, shipped };
}

function summaryOf(ledger: Ledger, shipments: readonly RecordedShipment[]): ShippingSummary {
  const lines = ledger.order.map((line): LineShipping => {
    const shipped = ledger.shipped.get(line.lineId) ?? 0n;
    const remaining = line.ordered - shipped;
    return {
      lineId: line.lineId,
      unit: line.unit,
      ordered: formatQuantity(line.ordered),
      shipped: formatQuantity(shipped),
      remaining: formatQuantity(remaining),
      fullyShipped: remaining <= 0n,
    };
  });
  const active = shipments.filter((s) => s.status !== 'cancelled');
  const fullyShipped = lines.every((l) => l.fullyShipped);
  const allShipmentsArrived = active.length > 0 && active.every((s) => s.status === 'arrived');
  return { lines, fullyShipped, allShipmentsArrived, fullyDelivered: fullyShipped && allShipmentsArrived };
}

/** Ordered, shipped and remaining per line of an order and its recorded shipments. */
export function summariseShipping(
  orderLines: readonly OrderLineQuantity[],
  shipments: readonly RecordedShipment[],
): ShippingSummary {
  return summaryOf(ledgerOf(orderLines, shipments), shipments);
}

/**
 * Validates a new shipment against the order and its recorded shipments and returns the
 * summary as it will be once the shipment is recorded (a `planned` shipment). Reports every
 * problem, each with its field path:
 * - SHIPMENT_EMPTY (`lines`): no lines;
 * - SHIPMENT_UNKNOWN_LINE / SHIPMENT_DUPLICATE_LINE (`lines[i].lineId`);
 * - SHIPMENT_QUANTITY_INVALID (`lines[i].quantity`): not a decimal with ≤ 3 places, or ≤ 0;
 * - SHIPMENT_EXCEEDS_ORDERED (`lines[i].quantity`): more than the line's remaining quantity,
 *   which the error names with its unit.
 */
export function validateShipment(
  orderLines: readonly OrderLineQuantity[],
  shipments: readonly RecordedShipment[],
  lines: readonly ShipmentLine[],
): Result<ShippingSummary, readonly ShipmentError[]> {
  const ledger = ledgerOf(orderLines, shipments);
  if (lines.length === 0) return err([orderError('SHIPMENT_EMPTY', { field: 'lines' })]);
  const problems: ShipmentError[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const orderLine = ledger.order.find((l) => l.lineId === line.lineId);
    if (orderLine === undefined) {
      problems.push(
        orderError('SHIPMENT_UNKNOWN_LINE', {
          field: `lines[${i}].lineId`,
          lineId: line.lineId,
          params: { lineId: line.lineId },
        }),
      );
      return;
    }
    if (seen.has(line.lineId)) {
      problems.push(
        orderError('SHIPMENT_DUPLICATE_LINE', {
          field: `lines[${i}].lineId`,
          lineId: line.lineId,
          params: { lineId: line.lineId },
        }),
      );
      return;
    }
    seen.add(line.lineId);
    const quantity = parseQuantity(line.quantity);
    if (quantity === null || quantity <= 0n) {
      problems.push(
        orderError('SHIPMENT_QUANTITY_INVALID', { field: `lines[${i}].quantity`, lineId: line.lineId }),
      );
      return;
    }
    const shipped = ledger.shipped.get(line.lineId) ?? 0n;
    const remaining = orderLine.ordered - shipped;
    if (quantity > remaining) {
      problems.push(
        orderError('SHIPMENT_EXCEEDS_ORDERED', {
          field: `lines[${i}].quantity`,
          lineId: line.lineId,
          params: {
            lineId: line.lineId,
            remaining: formatQuantity(remaining > 0n ? remaining : 0n),
            unit: orderLine.unit,
          },
        }),
      );
      return;
    }
    ledger.shipped.set(line.lineId, shipped + quantity);
  });
  if (problems.length > 0) return err(problems);
  return ok(summaryOf(ledger, [...shipments, { id: '(new)', status: 'planned', lines }]));
}
