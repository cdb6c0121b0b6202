import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService, Prisma, type RequestAuth, companyNames } from '@tradeway/server/platform';
import {
  OrderRepository,
  type OrderWithLines,
  type ShipmentRow,
  ShipmentRepository,
  type StockMovement,
} from '@tradeway/server/orders/data-access';
import {
  allowedCommands,
  formatQuantity,
  parseQuantity,
  summariseShipping,
  validateShipment,
} from '@tradeway/server/orders/domain';
import {
  type AddTrackingInput,
  type CreateShipmentInput,
  DeliveryRequestSchema,
  type OrderShipments,
  type OrderSide,
  type Shipment,
} from '@tradeway/shared/contracts';
import { fulfilmentRefusal, refusalOfAll, sideRefusal, type FulfilmentErrorCode } from './fulfilment-errors';
import { chooseWarehouse, planTakes, reservedToPlan } from './fulfilment-rules';
import { FULFILMENT_NOTICES, jsonFacts, notifyCompanies, pickupView } from './fulfilment-views';
import { notFound, orderRefusal } from './order-errors';
import { OrderService } from './order.service';

type Tx = Prisma.TransactionClient;
type Db = Tx | ShipmentRepository['db'];

/** The facts of an order a shipment view needs. */
interface OrderFacts {
  id: string;
  number: string;
  buyerId: string;
  sellerId: string;
  createdById: string | null;
  delivery: Prisma.JsonValue;
  lines: OrderWithLines['lines'];
}

const isPickupOrder = (order: Pick<OrderFacts, 'delivery'>) =>
  DeliveryRequestSchema.parse(order.delivery).mode === 'pickup';

/**
 * Shipments of an order (DESIGN.md §8, issue 5): the seller splits a confirmed order into
 * shipments that never exceed what was ordered (`validateShipment`, under the order's row
 * lock), records their tracking, and the order becomes delivered when the last one arrives.
 * Goods leaving (departure, or release at pickup — pickup.service.ts) use up their stock
 * reservations (`leave`). Every step writes its tracking event, the order's timeline, the
 * audit and the mail to the other side in the transaction of the change; order transitions
 * (`ship`, `deliver`) go through `OrderService.applyCommand`.
 */
@Injectable()
export class ShipmentService {
  constructor(
    private readonly orders: OrderService,
    private readonly orderRepo: OrderRepository,
    private readonly repo: ShipmentRepository,
    private readonly audit: AuditService,
  ) {}

  // ---- reading --------------------------------------------------------------------------------

  /** The order's shipments as the caller's side sees them, with what is left to ship; 404 for others. */
  async list(auth: RequestAuth, orderId: string, now = new Date()): Promise<OrderShipments> {
    const db = this.repo.db;
    const order = await this.orderRepo.findVisible(db, orderId, auth.visibleCompanyIds);
    if (!order) throw notFound('Order');
    const side: OrderSide = auth.visibleCompanyIds.includes(order.buyerId) ? 'buyer' : 'seller';
    const rows = await this.repo.shipmentsOf(db, order.id);
    const summary = summariseShipping(
      order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity.toFixed(3), unit: l.unit })),
      rows.map((s) => ({
        id: s.id,
        status: s.status,
        lines: s.lines.map((l) => ({ lineId: l.orderLineId, quantity: l.quantity.toFixed(3) })),
      })),
    );
    const lineNo = new Map(order.lines.map((l) => [l.id, l.lineNo]));
    return {
      orderId: order.id,
      orderNumber: order.number,
      orderStatus: order.status,
      side,
      lines: summary.lines.map((l) => ({
        orderLineId: l.lineId,
        lineNo: lineNo.get(l.lineId) ?? 0,
        unit: l.unit,
        ordered: l.ordered,
        shipped: l.shipped,
        remaining: l.remaining,
      })),
      fullyShipped: summary.fullyShipped,
      allShipmentsArrived: summary.allShipmentsArrived,
      shipments: await this.views(db, auth, side, order, rows, now),
    };
  }

  /** Shipment rows as `side` sees them, with what it may do now. */
  async views(
    db: Db,
    auth: RequestAuth,
    side: OrderSide,
    order: Pick<OrderFacts, 'delivery'>,
    rows: readonly ShipmentRow[],
    now: Date,
  ): Promise<Shipment[]> {
    const warehouses = await this.repo.warehouses(
      db,
      rows.map((s) => s.warehouseId),
    );
    const names = await companyNames(
      db,
      rows.flatMap((s) => s.authorisations.map((a) => a.logisticsCompanyId)),
    );
    const pickupOrder = isPickupOrder(order);
    return rows.map((s) => {
      const awaitingPickup = s.authorisations.some(
        (a) => a.status === 'issued' && a.validUntil.getTime() > now.getTime(),
      );
      const collected = s.authorisations.some((a) => a.status === 'used');
      const actions: Shipment['allowedActions'] = [];
      if (side === 'seller' && auth.permissions.has('order:fulfil')) {
        if (s.status === 'planned' && !pickupOrder && !awaitingPickup) actions.push('departed');
        if (s.status === 'in_transit') actions.push('location', 'arrived');
        if (s.status === 'planned') actions.push('cancel');
      }
      if (side === 'buyer' && auth.permissions.has('order:create')) {
        if (s.status === 'in_transit' && collected) actions.push('location', 'arrived');
        if (s.status === 'planned' && s.warehouseId && !awaitingPickup) actions.push('authorise_pickup');
      }
      return {
        id: s.id,
        orderId: s.orderId,
        number: s.number,
        status: s.status,
        warehouseId: s.warehouseId,
        warehouseName: s.warehouseId ? (warehouses.get(s.warehouseId)?.name ?? '') : '',
        warehouseNameEn: s.warehouseId ? (warehouses.get(s.warehouseId)?.nameEn ?? '') : '',
        carrierName: s.carrierName,
        trackingNumber: s.trackingNumber,
        createdAt: s.createdAt.toISOString(),
        departedAt: s.departedAt?.toISOString() ?? null,
        arrivedAt: s.arrivedAt?.toISOString() ?? null,
        lines: [...s.lines]
          .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
          .map((l) => ({
            id: l.id,
            orderLineId: l.orderLineId,
            lineNo: l.orderLine.lineNo,
            skuCode: l.orderLine.skuCode,
            description: l.orderLine.description,
            quantity: l.quantity.toFixed(3),
            unit: l.orderLine.unit,
          })),
        tracking: s.tracking.map((t) => ({
          id: t.id,
          kind: t.kind as Shipment['tracking'][number]['kind'],
          location: t.location,
          note: t.note,
          at: t.at.toISOString(),
        })),
        authorisations: s.authorisations.map((a) => pickupView(a, names, now)),
        allowedActions: actions,
      };
    });
  }

  /** One shipment of an order the caller is party to, as its side sees it. */
  async view(auth: RequestAuth, shipmentId: string, now = new Date()): Promise<Shipment> {
    const db = this.repo.db;
    const row = await this.repo.shipment(db, shipmentId);
    const order = row ? await this.orderRepo.findVisible(db, row.orderId, auth.visibleCompanyIds) : null;
    if (!row || !order) throw notFound('Shipment');
    const side: OrderSide = auth.visibleCompanyIds.includes(order.buyerId) ? 'buyer' : 'seller';
    const [view] = await this.views(db, auth, side, order, [row], now);
    if (!view) throw notFound('Shipment');
    return view;
  }

  // ---- planning -------------------------------------------------------------------------------

  /**
   * Seller: a new shipment of part of a confirmed (or already shipping) order. Under the
   * order's row lock: the lines never exceed what is left to ship (422 on `lines.<i>.…`), the
   * warehouse holds the order's reservations (or is the pickup warehouse), each line is
   * reserved there beyond what planned shipments already carry; then the order command `ship`.
   */
  async create(
    auth: RequestAuth,
    orderId: string,
    input: Omit<CreateShipmentInput, 'orderId'>,
    now = new Date(),
  ): Promise<Shipment> {
    const id = randomUUID();
    await this.orderRepo.transaction(async (tx) => {
      const { order, side } = await this.orders.lockAsParty(tx, auth, orderId);
      if (side !== 'seller') throw sideRefusal('seller');
      if (!allowedCommands(order.status, 'seller').includes('ship')) {
        throw orderRefusal('ORDER_TRANSITION_NOT_ALLOWED', {
          params: { state: order.status, command: 'ship', actor: 'seller' },
        });
      }
      const recorded = await this.repo.recordedShipments(tx, order.id);
      const wanted = input.lines.map((l) => ({ lineId: l.orderLineId, quantity: l.quantity.trim() }));
      const checked = validateShipment(
        order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity.toFixed(3), unit: l.unit })),
        recorded,
        wanted,
      );
      if (!checked.ok) {
        // The rules name the line `lineId`; the request calls it `orderLineId`.
        throw refusalOfAll(
          checked.error.map((e) =>
            e.field ? { ...e, field: e.field.replace(/\.lineId$/, '.orderLineId') } : e,
          ),
        );
      }

      const reservations = await this.repo.openReservations(tx, order.id);
      const delivery = DeliveryRequestSchema.parse(order.delivery);
      const choice = chooseWarehouse(
        input.warehouseId,
        reservations,
        delivery.mode === 'pickup' ? delivery.warehouseId : null,
      );
      if (!choice.ok) throw fulfilmentRefusal(choice.code, { field: 'warehouseId' });
      const warehouseId = choice.warehouseId;
      if (warehouseId) this.checkReserved(order, warehouseId, reservations, recorded, wanted);

      const number = await this.repo.nextShipmentNumber(tx, order.id, order.number);
      const lines = wanted.map((l) => ({ orderLineId: l.lineId, quantity: formatQuantityText(l.quantity) }));
      await this.repo.createShipment(tx, {
        id,
        orderId: order.id,
        number,
        warehouseId,
        carrierName: input.carrierName,
        trackingNumber: input.trackingNumber,
        createdById: auth.userId,
        createdAt: now,
        lines,
      });
      await this.orders.applyCommand(tx, order, { type: 'ship' }, 'seller', auth, now, {
        shipmentId: id,
        shipmentNumber: number,
        warehouseId,
        lines,
      });
      await this.audit.record(
        auth,
        {
          companyId: order.sellerId,
          action: 'shipment.create',
          subjectType: 'shipment',
          subjectId: id,
          after: {
            orderId: order.id,
            number,
            status: 'planned',
            warehouseId,
            carrierName: input.carrierName,
            trackingNumber: input.trackingNumber,
            lines,
          },
        },
        tx,
      );
    });
    return this.view(auth, id, now);
  }

  /** 422 SHIPMENT_EXCEEDS_RESERVED on every line beyond what is reserved and unplanned at the warehouse. */
  private checkReserved(
    order: OrderWithLines,
    warehouseId: string,
    reservations: Parameters<typeof reservedToPlan>[1],
    recorded: Awaited<ReturnType<ShipmentRepository['recordedShipments']>>,
    wanted: ReadonlyArray<{ lineId: string; quantity: string }>,
  ): void {
    const free = reservedToPlan(
      warehouseId,
      reservations,
      recorded.filter((s) => s.status === 'planned'),
    );
    const problems: Array<{ code: FulfilmentErrorCode; field: string; params: Record<string, string> }> = [];
    wanted.forEach((w, i) => {
      const line = order.lines.find((l) => l.id === w.lineId);
      if (!line?.skuId) return; // a free-text line (no SKU) holds no stock
      const available = free.get(line.id) ?? 0n;
      const asked = toThousandths(w.quantity);
      if (asked > available) {
        problems.push({
          code: 'SHIPMENT_EXCEEDS_RESERVED',
          field: `lines.${i}.quantity`,
          params: {
            lineNo: String(line.lineNo),
            available: formatQuantity(available > 0n ? available : 0n),
            unit: line.unit,
          },
        });
      }
    });
    if (problems.length > 0) throw refusalOfAll(problems);
  }

  /** Seller: cancel a planned shipment; its issued pickup authorisations are revoked with it. */
  async cancel(auth: RequestAuth, shipmentId: string, reason: string, now = new Date()): Promise<Shipment> {
    await this.onShipment(auth, shipmentId, async (tx, order, side, shipment) => {
      if (side !== 'seller') throw sideRefusal('seller');
      if (shipment.status !== 'planned') throw statusConflict(shipment.status);
      if (!(await this.repo.moveShipment(tx, shipment.id, 'planned', { status: 'cancelled' }))) {
        throw statusConflict('changed');
      }
      const revoked: string[] = [];
      for (const a of await this.repo.issuedAuthorisations(tx, shipment.id)) {
        if (!(await this.repo.revokeAuthorisation(tx, a.id, now))) continue;
        revoked.push(a.id);
        await this.audit.record(
          auth,
          {
            companyId: order.sellerId,
            action: 'pickup.revoke',
            subjectType: 'pickup_authorisation',
            subjectId: a.id,
            before: { status: 'issued' },
            after: { status: 'revoked', reason: 'shipment_cancelled', shipmentId: shipment.id },
          },
          tx,
        );
        await notifyCompanies(
          this.orderRepo,
          tx,
          order,
          [a.logisticsCompanyId],
          FULFILMENT_NOTICES.pickupRevoked,
          [`${shipment.number}`],
          '/logistics/pickups',
        );
      }
      await this.repo.addTracking(tx, {
        shipmentId: shipment.id,
        kind: 'cancelled',
        location: '',
        note: reason,
        recordedBy: auth.userId,
        at: now,
      });
      const facts = {
        shipmentId: shipment.id,
        shipmentNumber: shipment.number,
        ...(reason ? { reason } : {}),
        ...(revoked.length ? { revokedAuthorisations: revoked } : {}),
      };
      await this.event(tx, order, 'shipment.cancelled', order.sellerId, auth, facts, now);
      await this.audit.record(
        auth,
        {
          companyId: order.sellerId,
          action: 'shipment.cancel',
          subjectType: 'shipment',
          subjectId: shipment.id,
          before: { status: 'planned' },
          after: { status: 'cancelled', ...facts },
        },
        tx,
      );
      await notifyCompanies(this.orderRepo, tx, order, [order.buyerId], FULFILMENT_NOTICES.cancelled, [
        shipment.number,
        ...(reason ? [`原因 Reason: ${reason}`] : []),
      ]);
    });
    return this.view(auth, shipmentId, now);
  }

  // ---- tracking -------------------------------------------------------------------------------

  /**
   * A tracking event. The seller: `departed` of a planned shipment it delivers itself (not of
   * goods to be collected against a pickup authorisation), `location` and `arrived` of a
   * shipment in transit. The buyer: `location` and `arrived` of a shipment its carrier
   * collected. The last arrival of a fully shipped order delivers it (`deliver`, by `system`).
   */
  async track(
    auth: RequestAuth,
    shipmentId: string,
    input: Omit<AddTrackingInput, 'shipmentId'>,
    now = new Date(),
  ) {
    await this.onShipment(auth, shipmentId, async (tx, order, side, shipment) => {
      const collected = await this.repo.wasCollected(tx, shipment.id);
      if (input.kind === 'departed') {
        if (side !== 'seller') throw sideRefusal('seller');
        if (shipment.status !== 'planned') throw statusConflict(shipment.status);
        const awaiting = await this.repo.validAuthorisations(tx, shipment.id, now);
        if (isPickupOrder(order) || awaiting.length > 0) throw fulfilmentRefusal('SHIPMENT_AWAITS_PICKUP');
        await this.depart(tx, auth, order, shipment, now, { note: input.note, location: input.location });
        await notifyCompanies(this.orderRepo, tx, order, [order.buyerId], FULFILMENT_NOTICES.departed, [
          shipment.number,
          ...(shipment.carrierName
            ? [`承运 Carrier: ${shipment.carrierName} ${shipment.trackingNumber}`]
            : []),
        ]);
        return;
      }
      if (side === 'buyer' && !collected) throw sideRefusal('seller');
      if (shipment.status !== 'in_transit') throw statusConflict(shipment.status);
      const actorCompanyId = side === 'buyer' ? order.buyerId : order.sellerId;
      if (input.kind === 'location') {
        if (input.location === '' && input.note === '') {
          throw fulfilmentRefusal('TRACKING_LOCATION_REQUIRED', { field: 'location' });
        }
        await this.repo.addTracking(tx, {
          shipmentId: shipment.id,
          kind: 'location',
          location: input.location,
          note: input.note,
          recordedBy: auth.userId,
          at: now,
        });
        const facts = {
          shipmentId: shipment.id,
          shipmentNumber: shipment.number,
          location: input.location,
          note: input.note,
        };
        await this.event(tx, order, 'shipment.location', actorCompanyId, auth, facts, now);
        await this.audit.record(
          auth,
          {
            companyId: actorCompanyId,
            action: 'shipment.track',
            subjectType: 'shipment',
            subjectId: shipment.id,
            after: facts,
          },
          tx,
        );
        return;
      }
      // arrived
      if (
        !(await this.repo.moveShipment(tx, shipment.id, 'in_transit', { status: 'arrived', arrivedAt: now }))
      ) {
        throw statusConflict('changed');
      }
      await this.repo.addTracking(tx, {
        shipmentId: shipment.id,
        kind: 'arrived',
        location: input.location,
        note: input.note,
        recordedBy: auth.userId,
        at: now,
      });
      const facts = {
        shipmentId: shipment.id,
        shipmentNumber: shipment.number,
        ...(input.location ? { location: input.location } : {}),
        ...(input.note ? { note: input.note } : {}),
      };
      await this.event(tx, order, 'shipment.arrived', actorCompanyId, auth, facts, now);
      await this.audit.record(
        auth,
        {
          companyId: actorCompanyId,
          action: 'shipment.arrive',
          subjectType: 'shipment',
          subjectId: shipment.id,
          before: { status: 'in_transit' },
          after: { status: 'arrived', ...facts },
        },
        tx,
      );
      await notifyCompanies(
        this.orderRepo,
        tx,
        order,
        [side === 'seller' ? order.buyerId : order.sellerId],
        FULFILMENT_NOTICES.arrived,
        [shipment.number],
      );
      await this.deliverWhenComplete(tx, auth, order, shipment, now);
    });
    return this.view(auth, shipmentId, now);
  }

  /** The order becomes delivered (`deliver`, by `system`) once every quantity is shipped and every shipment arrived. */
  private async deliverWhenComplete(
    tx: Tx,
    auth: RequestAuth,
    order: OrderWithLines,
    shipment: ShipmentRow,
    now: Date,
  ): Promise<void> {
    const summary = summariseShipping(
      order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity.toFixed(3), unit: l.unit })),
      await this.repo.recordedShipments(tx, order.id),
    );
    if (!summary.fullyDelivered) return;
    await this.orders.applyCommand(
      tx,
      order,
      { type: 'deliver' },
      'system',
      auth,
      now,
      { shipmentId: shipment.id, shipmentNumber: shipment.number },
      { fullyShipped: summary.fullyShipped, allShipmentsArrived: summary.allShipmentsArrived },
    );
  }

  // ---- goods leaving --------------------------------------------------------------------------

  /**
   * The goods of a planned shipment leave its warehouse (the seller's departure, or the
   * warehouse's release against a pickup authorisation): the shipment goes in transit, its
   * lines use up their reservations there and lower the stock on hand (each position audited),
   * a `departed` tracking event and the order's `shipment.departed` event are written.
   * The order must be locked by the caller. Returns the stock movements.
   */
  async depart(
    tx: Tx,
    actor: RequestAuth,
    order: OrderWithLines,
    shipment: ShipmentRow,
    now: Date,
    detail: { note: string; location: string; actorCompanyId?: string; facts?: Record<string, unknown> },
  ): Promise<StockMovement[]> {
    if (
      !(await this.repo.moveShipment(tx, shipment.id, 'planned', { status: 'in_transit', departedAt: now }))
    ) {
      throw statusConflict('changed');
    }
    const reservations = await this.repo.openReservations(tx, order.id);
    const lines = shipment.lines.map((l) => ({
      orderLineId: l.orderLineId,
      quantity: l.quantity.toFixed(3),
    }));
    const stocked = new Set(order.lines.filter((l) => l.skuId !== null).map((l) => l.id));
    const { takes, missing } = planTakes(shipment.warehouseId, lines, reservations, stocked);
    if (missing.length > 0) {
      // Planning checked the reservations under the same lock: this is corrupt data, not input.
      throw new Error(
        `shipment ${shipment.number} is not covered by its reservations: ${JSON.stringify(missing)}`,
      );
    }
    const movements = await this.repo.consumeReservations(tx, takes, now);
    for (const m of movements) {
      await this.audit.record(
        actor,
        {
          companyId: order.sellerId,
          action: 'inventory.ship',
          subjectType: 'inventory_level',
          subjectId: m.levelId,
          before: { ...m.before, skuId: m.skuId, locationId: m.locationId },
          after: {
            ...m.after,
            shipped: m.quantity,
            shipmentId: shipment.id,
            shipmentNumber: shipment.number,
          },
        },
        tx,
      );
    }
    await this.repo.addTracking(tx, {
      shipmentId: shipment.id,
      kind: 'departed',
      location: detail.location,
      note: detail.note,
      recordedBy: actor.userId,
      at: now,
    });
    const actorCompanyId = detail.actorCompanyId ?? order.sellerId;
    const facts = {
      shipmentId: shipment.id,
      shipmentNumber: shipment.number,
      warehouseId: shipment.warehouseId,
      ...(detail.note ? { note: detail.note } : {}),
      ...detail.facts,
    };
    await this.event(tx, order, 'shipment.departed', actorCompanyId, actor, facts, now);
    await this.audit.record(
      actor,
      {
        companyId: actorCompanyId,
        action: 'shipment.depart',
        subjectType: 'shipment',
        subjectId: shipment.id,
        before: { status: 'planned' },
        after: {
          status: 'in_transit',
          ...facts,
          stock: movements.map((m) => ({
            levelId: m.levelId,
            locationId: m.locationId,
            quantity: m.quantity,
          })),
        },
      },
      tx,
    );
    return movements;
  }

  // ---- helpers --------------------------------------------------------------------------------

  /**
   * Runs `step` in one transaction on a shipment of an order the caller's company is party to,
   * with the order locked (404 for another company's shipment, 403 without the side's
   * permission) and the shipment read under that lock.
   */
  private async onShipment(
    auth: RequestAuth,
    shipmentId: string,
    step: (tx: Tx, order: OrderWithLines, side: OrderSide, shipment: ShipmentRow) => Promise<void>,
  ): Promise<void> {
    const orderId = await this.repo.orderIdOfShipment(this.repo.db, shipmentId);
    if (!orderId) throw notFound('Shipment');
    await this.orderRepo.transaction(async (tx) => {
      const { order, side } = await this.orders.lockAsParty(tx, auth, orderId).catch((e: unknown) => {
        throw isNotFound(e) ? notFound('Shipment') : e;
      });
      const shipment = await this.repo.shipment(tx, shipmentId);
      if (!shipment) throw notFound('Shipment');
      await step(tx, order, side, shipment);
    });
  }

  /** A fact on the order's timeline (both sides see it). */
  async event(
    tx: Tx,
    order: Pick<OrderWithLines, 'id'>,
    kind: string,
    actorCompanyId: string | null,
    auth: RequestAuth | null,
    facts: Record<string, unknown>,
    now: Date,
  ): Promise<void> {
    await this.orderRepo.addEvent(tx, {
      orderId: order.id,
      kind,
      actorCompanyId,
      actorUserId: auth?.userId ?? null,
      data: jsonFacts(facts),
      at: now,
    });
  }
}

/** 409: the shipment's state does not allow the step. */
export const statusConflict = (status: string) =>
  fulfilmentRefusal('SHIPMENT_STATUS_CONFLICT', { params: { status } });

const isNotFound = (e: unknown) => (e as { status?: number } | null)?.status === 404;

/** A quantity the shipment rules accepted, as thousandths. */
function toThousandths(text: string): bigint {
  const value = parseQuantity(text);
  if (value === null) throw new RangeError(`not a validated quantity: ${JSON.stringify(text)}`);
  return value;
}

/** A validated quantity (`6`, `6.25`) as stored text with 3 places. */
function formatQuantityText(text: string): string {
  return formatQuantity(toThousandths(text));
}
