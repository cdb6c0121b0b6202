import { randomUUID } from 'node:crypto';
import type { HttpHarness } from './http';

/**
 * Test setup for receipts and disputes, written straight to the database while the shipments
 * API is built beside them: shipments of an order (one order line each) in a given status,
 * and the order moved on as the shipment part moves it (`in_fulfilment` on the first
 * shipment, `delivered` when everything has arrived). Fixture data, not a mock: the services
 * under test read these rows as they read the shipment part's own.
 */
export interface ShipmentPart {
  quantity: string;
  status?: 'planned' | 'in_transit' | 'arrived' | 'cancelled';
}

/** Shipments of `parts` (one per part, in order): a tuple as long as `parts`. */
export async function shipParts<const P extends readonly ShipmentPart[]>(
  h: HttpHarness,
  orderId: string,
  parts: P,
): Promise<{ -readonly [K in keyof P]: { id: string; number: string } }> {
  const db = h.db.prisma;
  const line = await db.orderLine.findFirstOrThrow({ where: { orderId }, orderBy: { lineNo: 'asc' } });
  const out: Array<{ id: string; number: string }> = [];
  for (const part of parts) {
    const status = part.status ?? 'arrived';
    const shipment = await db.shipment.create({
      data: {
        orderId,
        number: `SH-T-${randomUUID().slice(0, 8)}`,
        status,
        departedAt: status === 'planned' ? null : new Date(),
        arrivedAt: status === 'arrived' ? new Date() : null,
        lines: { create: [{ orderLineId: line.id, quantity: part.quantity }] },
      },
    });
    out.push({ id: shipment.id, number: shipment.number });
  }
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  if (order.status === 'confirmed') {
    await db.order.update({
      where: { id: orderId },
      data: { status: 'in_fulfilment', version: { increment: 1 } },
    });
  }
  return out as { -readonly [K in keyof P]: { id: string; number: string } };
}

/** Marks every shipment arrived and the order delivered at `at` (as `deliver` would). */
export async function deliver(h: HttpHarness, orderId: string, at = new Date()): Promise<void> {
  const db = h.db.prisma;
  await db.shipment.updateMany({
    where: { orderId, status: { in: ['planned', 'in_transit'] } },
    data: { status: 'arrived', arrivedAt: at },
  });
  await db.order.update({
    where: { id: orderId },
    data: { status: 'delivered', deliveredAt: at, version: { increment: 1 } },
  });
}
