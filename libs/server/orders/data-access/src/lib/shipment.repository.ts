import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';
import { formatQuantity } from '@tradeway/server/orders/domain';

type Db = Prisma.TransactionClient | PrismaService['client'];
type Tx = Prisma.TransactionClient;

const shipmentDetail = {
  lines: {
    include: { orderLine: { select: { lineNo: true, skuCode: true, description: true, unit: true } } },
  },
  tracking: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  authorisations: { orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }] },
} satisfies Prisma.ShipmentInclude;

/** A shipment with its lines (and their order lines' names), tracking and authorisations. */
export type ShipmentRow = Prisma.ShipmentGetPayload<{ include: typeof shipmentDetail }>;
export type PickupAuthorisationRow = Prisma.PickupAuthorisationGetPayload<object>;

/** A shipment as the shipment rules count it. */
export interface RecordedShipmentRow {
  id: string;
  status: 'planned' | 'in_transit' | 'arrived' | 'cancelled';
  warehouseId: string | null;
  lines: Array<{ lineId: string; quantity: string }>;
}

/** An open (not released, not consumed) reservation of an order line, with its warehouse. */
export interface OpenReservation {
  id: string;
  orderLineId: string;
  skuId: string;
  locationId: string;
  warehouseId: string;
  /** Decimal text, 3 places. */
  quantity: string;
  createdAt: Date;
}

/** Part of a reservation the goods leaving take: thousandths of the line's unit. */
export interface ReservationTake {
  reservationId: string;
  orderLineId: string;
  skuId: string;
  locationId: string;
  quantity: bigint;
  /** The take uses the whole reservation (it closes), or only part (the rest stays reserved). */
  whole: boolean;
  /** When the reservation was made (its part taken keeps that date). */
  reservedAt: Date;
}

/** A stock position before and after goods left it. */
export interface StockMovement {
  levelId: string;
  skuId: string;
  locationId: string;
  quantity: string;
  before: { onHand: string; reserved: string; version: number };
  after: { onHand: string; reserved: string; version: number };
}

export type PickupViewStatus = 'issued' | 'used' | 'revoked' | 'expired';

export interface PickupListQuery {
  /** Authorisations issued to these (logistics) companies … */
  logisticsCompanyIds?: readonly string[];
  /** … or for shipments leaving these warehouses. */
  warehouseIds?: readonly string[];
  statuses?: readonly PickupViewStatus[];
  now: Date;
  limit: number;
  offset: number;
}

const pickupTask = {
  id: true,
  status: true,
  validFrom: true,
  validUntil: true,
  issuedAt: true,
  usedAt: true,
  driverName: true,
  vehiclePlate: true,
  logisticsCompanyId: true,
  shipment: {
    select: {
      id: true,
      number: true,
      status: true,
      warehouseId: true,
      order: { select: { number: true, buyerId: true } },
      lines: {
        select: {
          quantity: true,
          orderLine: {
            select: {
              lineNo: true,
              skuCode: true,
              description: true,
              specCode: true,
              grade: true,
              unit: true,
            },
          },
        },
      },
    },
  },
} satisfies Prisma.PickupAuthorisationSelect;

/** A collection job: an authorisation with its shipment's goods (no prices are read). */
export type PickupTaskRow = Prisma.PickupAuthorisationGetPayload<{ select: typeof pickupTask }>;

/**
 * Shipments, tracking events and pickup authorisations of orders (DESIGN.md §8), and the
 * stock that leaves with them: the only Prisma caller of the fulfilment part. The order row
 * is locked by the caller (OrderService.lockAsParty / OrderRepository.lockOrderById) before
 * anything here changes, so every change to an order's shipments runs one at a time.
 */
@Injectable()
export class ShipmentRepository {
  constructor(readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  // ---- reading --------------------------------------------------------------------------------

  async shipmentsOf(db: Db, orderId: string): Promise<ShipmentRow[]> {
    return db.shipment.findMany({
      where: { orderId },
      include: shipmentDetail,
      orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
    });
  }

  async shipment(db: Db, shipmentId: string): Promise<ShipmentRow | null> {
    return db.shipment.findUnique({ where: { id: shipmentId }, include: shipmentDetail });
  }

  /** The order a shipment belongs to (whoever asks: the caller checks the party). */
  async orderIdOfShipment(db: Db, shipmentId: string): Promise<string | null> {
    const row = await db.shipment.findUnique({ where: { id: shipmentId }, select: { orderId: true } });
    return row?.orderId ?? null;
  }

  async orderIdOfAuthorisation(db: Db, authorisationId: string): Promise<string | null> {
    const row = await db.pickupAuthorisation.findUnique({
      where: { id: authorisationId },
      select: { shipment: { select: { orderId: true } } },
    });
    return row?.shipment.orderId ?? null;
  }

  /** A shipment leaving a warehouse that `operatorId` runs, with its order; null otherwise. */
  async shipmentAtWarehouseOf(
    db: Db,
    shipmentId: string,
    operatorId: string,
  ): Promise<{ orderId: string; warehouseId: string } | null> {
    const rows = await db.$queryRaw<Array<{ orderId: string; warehouseId: string }>>`
      SELECT s."orderId", s."warehouseId" FROM shipments s
      JOIN warehouses w ON w.id = s."warehouseId"
      WHERE s.id = ${shipmentId}::uuid AND w."operatorId" = ${operatorId}::uuid`;
    return rows[0] ?? null;
  }

  /** The order's shipments as the shipment rules count them. */
  async recordedShipments(db: Db, orderId: string): Promise<RecordedShipmentRow[]> {
    const rows = await db.shipment.findMany({
      where: { orderId },
      select: {
        id: true,
        status: true,
        warehouseId: true,
        lines: { select: { orderLineId: true, quantity: true } },
      },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((s) => ({
      id: s.id,
      status: s.status,
      warehouseId: s.warehouseId,
      lines: s.lines.map((l) => ({ lineId: l.orderLineId, quantity: l.quantity.toFixed(3) })),
    }));
  }

  async warehouses(
    db: Db,
    ids: readonly (string | null)[],
  ): Promise<
    Map<string, { name: string; nameEn: string; city: string; address: string; operatorId: string }>
  > {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await db.warehouse.findMany({
      where: { id: { in: wanted } },
      select: { id: true, name: true, nameEn: true, city: true, address: true, operatorId: true },
    });
    return new Map(rows.map(({ id, ...rest }) => [id, rest]));
  }

  async operatedWarehouseIds(db: Db, operatorId: string): Promise<string[]> {
    const rows = await db.warehouse.findMany({ where: { operatorId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  /** The open reservations of an order's lines, oldest first, with the warehouse of each location. */
  async openReservations(db: Db, orderId: string): Promise<OpenReservation[]> {
    return db.$queryRaw<OpenReservation[]>`
      SELECT r.id, r."orderLineId", r."skuId", r."locationId", loc."warehouseId",
             r.quantity::text AS quantity, r."createdAt"
      FROM order_reservations r
      JOIN order_lines ol ON ol.id = r."orderLineId"
      JOIN warehouse_locations loc ON loc.id = r."locationId"
      WHERE ol."orderId" = ${orderId}::uuid AND r."releasedAt" IS NULL
      ORDER BY r."createdAt", r.id`;
  }

  // ---- shipments ------------------------------------------------------------------------------

  /** The next `<order number>-S<n>`: the order is locked, so counting is safe. */
  async nextShipmentNumber(tx: Tx, orderId: string, orderNumber: string): Promise<string> {
    const n = await tx.shipment.count({ where: { orderId } });
    return `${orderNumber}-S${n + 1}`;
  }

  async createShipment(
    tx: Tx,
    data: {
      id: string;
      orderId: string;
      number: string;
      warehouseId: string | null;
      carrierName: string;
      trackingNumber: string;
      createdById: string | null;
      createdAt: Date;
      lines: ReadonlyArray<{ orderLineId: string; quantity: string }>;
    },
  ): Promise<void> {
    const { lines, ...shipment } = data;
    await tx.shipment.create({
      data: { ...shipment, status: 'planned', lines: { create: lines.map((l) => ({ ...l })) } },
    });
  }

  /** Moves a shipment from `from` (the condition repeats the rule); false when it moved meanwhile. */
  async moveShipment(
    tx: Tx,
    shipmentId: string,
    from: RecordedShipmentRow['status'],
    data: { status: RecordedShipmentRow['status']; departedAt?: Date; arrivedAt?: Date },
  ): Promise<boolean> {
    const { count } = await tx.shipment.updateMany({ where: { id: shipmentId, status: from }, data });
    return count === 1;
  }

  async addTracking(
    tx: Tx,
    event: {
      shipmentId: string;
      kind: 'departed' | 'location' | 'arrived' | 'cancelled';
      location: string;
      note: string;
      recordedBy: string | null;
      at: Date;
    },
  ): Promise<void> {
    await tx.trackingEvent.create({ data: event });
  }

  // ---- stock leaving --------------------------------------------------------------------------

  /**
   * The goods leave: every take lowers its stock position's on hand and reserved by its
   * quantity (positions locked in id order, the condition repeated in the statement, the
   * position's version bumped as every change of on hand does), and its reservation closes
   * (`releasedAt`) when taken whole, or keeps the rest open while the part taken is written
   * as a closed reservation of its own. Returns each position before and after.
   */
  async consumeReservations(tx: Tx, takes: readonly ReservationTake[], now: Date): Promise<StockMovement[]> {
    if (takes.length === 0) return [];
    const perLevel = new Map<string, { skuId: string; locationId: string; quantity: bigint }>();
    for (const t of takes) {
      const key = `${t.skuId}|${t.locationId}`;
      const seen = perLevel.get(key);
      perLevel.set(key, {
        skuId: t.skuId,
        locationId: t.locationId,
        quantity: (seen?.quantity ?? 0n) + t.quantity,
      });
    }
    const wanted = [...perLevel.values()];
    const before = await tx.$queryRaw<
      Array<{
        id: string;
        skuId: string;
        locationId: string;
        onHand: string;
        reserved: string;
        version: number;
      }>
    >`
      SELECT l.id, l."skuId", l."locationId", l."onHand"::text AS "onHand", l.reserved::text AS reserved, l.version
      FROM inventory_levels l
      JOIN unnest(${wanted.map((w) => w.skuId)}::uuid[], ${wanted.map((w) => w.locationId)}::uuid[]) AS x(sku, loc)
        ON l."skuId" = x.sku AND l."locationId" = x.loc
      ORDER BY l.id FOR UPDATE OF l`;
    const movements: StockMovement[] = [];
    for (const level of before) {
      const take = perLevel.get(`${level.skuId}|${level.locationId}`);
      if (!take) continue;
      const quantity = formatQuantity(take.quantity);
      const after = await tx.$queryRaw<Array<{ onHand: string; reserved: string; version: number }>>`
        UPDATE inventory_levels
        SET "onHand" = "onHand" - ${quantity}::numeric, reserved = reserved - ${quantity}::numeric,
            version = version + 1, "updatedAt" = now()
        WHERE id = ${level.id}::uuid AND "onHand" >= ${quantity}::numeric AND reserved >= ${quantity}::numeric
        RETURNING "onHand"::text AS "onHand", reserved::text AS reserved, version`;
      const row = after[0];
      if (!row) throw new Error(`stock position ${level.id} holds less than the ${quantity} reserved for it`);
      movements.push({
        levelId: level.id,
        skuId: level.skuId,
        locationId: level.locationId,
        quantity,
        before: { onHand: level.onHand, reserved: level.reserved, version: level.version },
        after: row,
      });
    }
    if (movements.length !== perLevel.size) throw new Error('a reserved stock position vanished');

    for (const t of takes) {
      const quantity = formatQuantity(t.quantity);
      if (t.whole) {
        const closed = await tx.orderReservation.updateMany({
          where: { id: t.reservationId, releasedAt: null },
          data: { releasedAt: now },
        });
        if (closed.count !== 1)
          throw new Error(`reservation ${t.reservationId} changed under the order's lock`);
        continue;
      }
      const kept = await tx.orderReservation.updateMany({
        where: { id: t.reservationId, releasedAt: null, quantity: { gt: quantity } },
        data: { quantity: { decrement: quantity } },
      });
      if (kept.count !== 1) throw new Error(`reservation ${t.reservationId} changed under the order's lock`);
      await tx.orderReservation.create({
        data: {
          orderLineId: t.orderLineId,
          skuId: t.skuId,
          locationId: t.locationId,
          quantity,
          createdAt: t.reservedAt,
          releasedAt: now,
        },
      });
    }
    return movements;
  }

  // ---- pickup authorisations ------------------------------------------------------------------

  async createAuthorisation(
    tx: Tx,
    data: {
      id: string;
      shipmentId: string;
      logisticsCompanyId: string;
      codeHash: string;
      driverName: string;
      vehiclePlate: string;
      validFrom: Date;
      validUntil: Date;
      issuedById: string;
      issuedAt: Date;
    },
  ): Promise<PickupAuthorisationRow> {
    return tx.pickupAuthorisation.create({ data: { ...data, status: 'issued' } });
  }

  async authorisation(db: Db, id: string): Promise<PickupAuthorisationRow | null> {
    return db.pickupAuthorisation.findUnique({ where: { id } });
  }

  async authorisationByCodeHash(db: Db, codeHash: string): Promise<PickupAuthorisationRow | null> {
    return db.pickupAuthorisation.findUnique({ where: { codeHash } });
  }

  /** Issued authorisations of a shipment still valid at `now` (not expired). */
  async validAuthorisations(db: Db, shipmentId: string, now: Date): Promise<PickupAuthorisationRow[]> {
    return db.pickupAuthorisation.findMany({
      where: { shipmentId, status: 'issued', validUntil: { gt: now } },
      orderBy: { issuedAt: 'asc' },
    });
  }

  async issuedAuthorisations(db: Db, shipmentId: string): Promise<PickupAuthorisationRow[]> {
    return db.pickupAuthorisation.findMany({
      where: { shipmentId, status: 'issued' },
      orderBy: { issuedAt: 'asc' },
    });
  }

  /** Whether a used authorisation released this shipment (its goods were collected). */
  async wasCollected(db: Db, shipmentId: string): Promise<boolean> {
    return (await db.pickupAuthorisation.count({ where: { shipmentId, status: 'used' } })) > 0;
  }

  /** Uses an issued authorisation up, once: false when it is no longer issued. */
  async useAuthorisation(tx: Tx, id: string, usedById: string | null, now: Date): Promise<boolean> {
    const { count } = await tx.pickupAuthorisation.updateMany({
      where: { id, status: 'issued' },
      data: { status: 'used', usedAt: now, usedById },
    });
    return count === 1;
  }

  /** Revokes an issued authorisation: false when it is no longer issued. */
  async revokeAuthorisation(tx: Tx, id: string, now: Date): Promise<boolean> {
    const { count } = await tx.pickupAuthorisation.updateMany({
      where: { id, status: 'issued' },
      data: { status: 'revoked', revokedAt: now },
    });
    return count === 1;
  }

  /**
   * A page of collection jobs, newest first: authorisations issued to the given logistics
   * companies, or for shipments leaving the given warehouses. Statuses as shown: `issued`
   * means issued and not yet expired at `now`, `expired` issued and past `validUntil`.
   */
  async listPickups(q: PickupListQuery): Promise<{ rows: PickupTaskRow[]; total: number }> {
    const statusOf: Record<PickupViewStatus, Prisma.PickupAuthorisationWhereInput> = {
      issued: { status: 'issued', validUntil: { gt: q.now } },
      expired: { status: 'issued', validUntil: { lte: q.now } },
      used: { status: 'used' },
      revoked: { status: 'revoked' },
    };
    const where: Prisma.PickupAuthorisationWhereInput = {
      ...(q.logisticsCompanyIds ? { logisticsCompanyId: { in: [...q.logisticsCompanyIds] } } : {}),
      ...(q.warehouseIds ? { shipment: { warehouseId: { in: [...q.warehouseIds] } } } : {}),
      ...(q.statuses?.length ? { OR: q.statuses.map((s) => statusOf[s]) } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.pickupAuthorisation.findMany({
        where,
        select: pickupTask,
        orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
        skip: q.offset,
        take: q.limit,
      }),
      this.db.pickupAuthorisation.count({ where }),
    ]);
    return { rows, total };
  }

  /** One collection job (after a release, in its transaction). */
  async pickupTask(db: Db, authorisationId: string): Promise<PickupTaskRow | null> {
    return db.pickupAuthorisation.findUnique({ where: { id: authorisationId }, select: pickupTask });
  }
}
