import { PICKUP_MAX_VALIDITY_DAYS, PICKUP_STATUSES, type PickupStatus } from '@tradeway/shared/contracts';

/**
 * The pure rules of the fulfilment screens: shipment quantities as exact decimals (text read
 * into thousandths, never a float), what a shipment form sends, where goods may leave from,
 * a pickup's validity window, pickup codes as typed, and the logistics lists' address.
 */

export const QUANTITY_PLACES = 3;
const DECIMAL = /^(\d{1,12})(?:\.(\d+))?$/;

/** `"12.5"` → 12500n thousandths; null when the text is not a non-negative decimal with ≤ 3 places. */
export function toThousandths(text: string | null | undefined): bigint | null {
  const match = DECIMAL.exec((text ?? '').trim());
  if (!match || (match[2] ?? '').length > QUANTITY_PLACES) return null;
  return BigInt(match[1] as string) * 1000n + BigInt((match[2] ?? '').padEnd(QUANTITY_PLACES, '0'));
}

/** 12500n → `"12.5"`: exact, without trailing zeros. */
export function fromThousandths(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const fraction = (abs % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / 1000n}${fraction ? `.${fraction}` : ''}`;
}

/** A decimal text as typed into a form, without trailing zeros: `"300.000"` → `"300"`. */
export const plainQuantity = (text: string): string => {
  const v = toThousandths(text);
  return v === null ? text : fromThousandths(v);
};

export type ShipQuantityProblem = 'invalid' | 'decimals' | 'aboveRemaining';

/**
 * What is wrong with a quantity typed for one line of a new shipment: nothing when it is empty
 * or zero (the line is not in this shipment), else a decimal with ≤ 3 places, ≤ `remaining`.
 */
export function shipQuantityProblem(
  text: string | null | undefined,
  remaining: string,
): ShipQuantityProblem | null {
  const s = (text ?? '').trim();
  if (s === '') return null;
  const match = /^\d+(?:\.(\d+))?$/.exec(s);
  if (!match) return 'invalid';
  if ((match[1] ?? '').length > QUANTITY_PLACES) return 'decimals';
  const value = toThousandths(s);
  if (value === null) return 'invalid';
  const left = toThousandths(remaining) ?? 0n;
  return value > left ? 'aboveRemaining' : null;
}

/** The line takes part in the shipment: a quantity above zero. */
export const isShipped = (text: string | null | undefined): boolean => (toThousandths(text) ?? 0n) > 0n;

/** The share shipped, in whole per cent for a progress bar (display only; the figures stay exact). */
export function shippedPercent(shipped: string, ordered: string): number {
  const s = toThousandths(shipped) ?? 0n;
  const o = toThousandths(ordered) ?? 0n;
  if (o <= 0n) return 0;
  return Number((s * 100n) / o);
}

export interface ShipmentFormLine {
  orderLineId: string;
  quantity?: string | undefined;
}

/**
 * The `lines` of `createShipment` from the form's rows (those with a quantity above zero), and
 * for each line sent the form row it came from: the API names `lines.<i>.quantity` of what it
 * was sent, which the form shows on row `rowOf[i]`.
 */
export function shipmentLinesInput(rows: readonly ShipmentFormLine[]): {
  lines: Array<{ orderLineId: string; quantity: string }>;
  rowOf: number[];
} {
  const lines: Array<{ orderLineId: string; quantity: string }> = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    if (!isShipped(row.quantity)) return;
    lines.push({ orderLineId: row.orderLineId, quantity: (row.quantity as string).trim() });
    rowOf.push(index);
  });
  return { lines, rowOf };
}

/** The API's `lines.2.quantity` of the lines sent → the form's `lines.<row>.quantity`. */
export function formPathOf(path: string, rowOf: readonly number[]): string {
  const match = /^lines\.(\d+)\.(.+)$/.exec(path);
  if (!match) return path;
  const row = rowOf[Number(match[1])];
  return row === undefined ? path : `lines.${row}.${match[2] === 'orderLineId' ? 'quantity' : match[2]}`;
}

export interface WarehouseOption {
  id: string;
  name: string;
}

/**
 * Where a shipment may leave from (as the API decides, decision 0013): the warehouses holding
 * the order's open reservations, then the pickup warehouse of a pickup order (named from
 * `names` when no reservation names it).
 */
export function shipmentWarehouses(
  reservations: ReadonlyArray<{ warehouseId: string; warehouseName: string; releasedAt: string | null }>,
  delivery: { mode: 'pickup'; warehouseId: string } | { mode: 'delivery'; region: string },
  names: ReadonlyMap<string, string> = new Map(),
): WarehouseOption[] {
  const out = new Map<string, string>();
  for (const r of reservations)
    if (r.releasedAt === null && !out.has(r.warehouseId)) out.set(r.warehouseId, r.warehouseName);
  if (delivery.mode === 'pickup' && !out.has(delivery.warehouseId)) {
    out.set(delivery.warehouseId, names.get(delivery.warehouseId) ?? '');
  }
  return [...out].map(([id, name]) => ({ id, name }));
}

export type PickupWindowProblem = 'untilRequired' | 'untilPast' | 'untilBeforeFrom' | 'tooLong';

const DAY_MS = 86_400_000;

/** What is wrong with a pickup's validity: it ends in the future, after it starts, ≤ 30 days from now. */
export function pickupWindowProblem(
  from: Date | null | undefined,
  until: Date | null | undefined,
  now: Date,
): PickupWindowProblem | null {
  if (!until) return 'untilRequired';
  if (until.getTime() <= now.getTime()) return 'untilPast';
  if (from && until.getTime() <= from.getTime()) return 'untilBeforeFrom';
  if (until.getTime() > now.getTime() + PICKUP_MAX_VALIDITY_DAYS * DAY_MS) return 'tooLong';
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (text: string | null | undefined): boolean => UUID.test((text ?? '').trim());

/** A pickup code as the driver reads it: the 12 symbols without spaces or dashes, upper case. */
export const codeSymbols = (typed: string): string => typed.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** A typed code shown as `XXXX-XXXX-XXXX` (as far as it goes). */
export function formatCode(typed: string): string {
  return (
    codeSymbols(typed)
      .slice(0, 12)
      .match(/.{1,4}/g) ?? []
  ).join('-');
}

/** A complete code has 12 symbols; the API decides whether it is the right one. */
export const PICKUP_CODE_LENGTH = 12;

/** The status filter and page of a pickup list, kept in the address: `?status=issued,used&page=2`. */
export function readPickupQuery(params: URLSearchParams): { statuses: PickupStatus[]; page: number } {
  const statuses = [
    ...new Set(
      (params.get('status') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s): s is PickupStatus => (PICKUP_STATUSES as readonly string[]).includes(s)),
    ),
  ];
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return { statuses, page: Number.isFinite(page) && page > 1 ? page : 1 };
}

export function writePickupQuery(statuses: readonly PickupStatus[], page = 1): URLSearchParams {
  const out = new URLSearchParams();
  if (statuses.length > 0) out.set('status', statuses.join(','));
  if (page > 1) out.set('page', String(page));
  return out;
}

/** What `GET /api/logistics/pickups` (or the warehouse's) is asked; several statuses travel as `a,b`. */
export function listPickupsInput(statuses: readonly PickupStatus[], page: number, pageSize: number) {
  return { page, pageSize, ...(statuses.length > 0 ? { status: statuses.join(',') } : {}) };
}
