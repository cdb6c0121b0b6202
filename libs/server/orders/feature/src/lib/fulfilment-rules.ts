import { createHash, randomInt } from 'node:crypto';
import { formatQuantity, parseQuantity } from '@tradeway/server/orders/domain';

/**
 * The small rules of fulfilment that sit between the order domain and the tables: which
 * warehouse a shipment leaves from, how much of a line is still reserved there, which
 * reservations the leaving goods use up, and the pickup code. Pure (apart from the code's
 * randomness), quantities in thousandths as bigint (quantity.ts), never floats.
 */

// ---- where a shipment leaves from --------------------------------------------------------------

export interface ReservationAt {
  id: string;
  orderLineId: string;
  skuId: string;
  locationId: string;
  warehouseId: string;
  /** Decimal text. */
  quantity: string;
  createdAt: Date;
}

export type WarehouseChoice =
  | { ok: true; warehouseId: string | null }
  | { ok: false; code: 'SHIPMENT_WAREHOUSE_REQUIRED' | 'SHIPMENT_WAREHOUSE_INVALID' };

/**
 * The warehouse a new shipment leaves from: the one asked for, which must hold some of the
 * order's open reservations or be the pickup warehouse; by default the only warehouse holding
 * reservations, else the pickup warehouse of a pickup order. An order with nothing reserved
 * anywhere (free-text lines from an RFQ) may ship without one.
 */
export function chooseWarehouse(
  asked: string | undefined,
  reservations: readonly ReservationAt[],
  pickupWarehouseId: string | null,
): WarehouseChoice {
  const reservedAt = [...new Set(reservations.map((r) => r.warehouseId))];
  const allowed = new Set([...reservedAt, ...(pickupWarehouseId ? [pickupWarehouseId] : [])]);
  if (asked !== undefined) {
    return allowed.has(asked)
      ? { ok: true, warehouseId: asked }
      : { ok: false, code: 'SHIPMENT_WAREHOUSE_INVALID' };
  }
  if (reservedAt.length === 1) return { ok: true, warehouseId: reservedAt[0] ?? null };
  if (pickupWarehouseId) return { ok: true, warehouseId: pickupWarehouseId };
  if (reservedAt.length === 0) return { ok: true, warehouseId: null };
  return { ok: false, code: 'SHIPMENT_WAREHOUSE_REQUIRED' };
}

/**
 * How much of each order line is still free to plan at `warehouseId`: its open reservations
 * there, minus what planned (not yet departed) shipments from there already carry. Goods that
 * left have consumed their reservations already, so they are not subtracted twice.
 */
export function reservedToPlan(
  warehouseId: string,
  reservations: readonly ReservationAt[],
  plannedShipments: ReadonlyArray<{
    warehouseId: string | null;
    lines: ReadonlyArray<{ lineId: string; quantity: string }>;
  }>,
): Map<string, bigint> {
  const free = new Map<string, bigint>();
  for (const r of reservations) {
    if (r.warehouseId !== warehouseId) continue;
    free.set(r.orderLineId, (free.get(r.orderLineId) ?? 0n) + thousandths(r.quantity));
  }
  for (const s of plannedShipments) {
    if (s.warehouseId !== warehouseId) continue;
    for (const l of s.lines) free.set(l.lineId, (free.get(l.lineId) ?? 0n) - thousandths(l.quantity));
  }
  return free;
}

// ---- goods leaving -----------------------------------------------------------------------------

export interface Take {
  reservationId: string;
  orderLineId: string;
  skuId: string;
  locationId: string;
  quantity: bigint;
  whole: boolean;
  reservedAt: Date;
}

/**
 * The reservations at the shipment's warehouse that its lines use up, oldest first; a
 * reservation is taken whole or in part. `missing` lists lines whose reservations there do
 * not cover them (never for a shipment planned by the rules above; a stock-less line — no
 * SKU — is simply not in `stocked`).
 */
export function planTakes(
  warehouseId: string | null,
  lines: ReadonlyArray<{ orderLineId: string; quantity: string }>,
  reservations: readonly ReservationAt[],
  stocked: ReadonlySet<string>,
): { takes: Take[]; missing: Array<{ orderLineId: string; quantity: string }> } {
  const takes: Take[] = [];
  const missing: Array<{ orderLineId: string; quantity: string }> = [];
  const here = [...reservations]
    .filter((r) => r.warehouseId === warehouseId)
    .sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  for (const line of lines) {
    if (!stocked.has(line.orderLineId)) continue;
    let left = thousandths(line.quantity);
    for (const r of here) {
      if (left === 0n) break;
      if (r.orderLineId !== line.orderLineId) continue;
      const available = thousandths(r.quantity);
      const quantity = available < left ? available : left;
      if (quantity === 0n) continue;
      takes.push({
        reservationId: r.id,
        orderLineId: r.orderLineId,
        skuId: r.skuId,
        locationId: r.locationId,
        quantity,
        whole: quantity === available,
        reservedAt: r.createdAt,
      });
      left -= quantity;
    }
    if (left > 0n) missing.push({ orderLineId: line.orderLineId, quantity: formatQuantity(left) });
  }
  return { takes, missing };
}

function thousandths(text: string): bigint {
  const value = parseQuantity(text);
  if (value === null || value < 0n) throw new RangeError(`Invalid stored quantity ${JSON.stringify(text)}`);
  return value;
}

// ---- pickup codes ------------------------------------------------------------------------------

/** No 0/O, 1/I/L: a driver reads the code aloud at the gate. 31 symbols. */
export const PICKUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;

/** A fresh code, `XXXX-XXXX-XXXX` (12 symbols of 31: about 59 bits). */
export function newPickupCode(pick: (max: number) => number = randomInt): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += PICKUP_CODE_ALPHABET[pick(PICKUP_CODE_ALPHABET.length)];
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** What the staff typed, as the code: upper case, without spaces or dashes. */
export function normalisePickupCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** The stored form: SHA-256 of the normalised code (the code itself is never stored). */
export function pickupCodeHash(code: string): string {
  return createHash('sha256')
    .update(`pickup:${normalisePickupCode(code)}`)
    .digest('hex');
}

/** An authorisation's status as shown: an issued one past its end is `expired` (server time). */
export function pickupViewStatus(
  row: { status: 'issued' | 'used' | 'revoked'; validUntil: Date },
  now: Date,
): 'issued' | 'used' | 'revoked' | 'expired' {
  return row.status === 'issued' && row.validUntil.getTime() <= now.getTime() ? 'expired' : row.status;
}
