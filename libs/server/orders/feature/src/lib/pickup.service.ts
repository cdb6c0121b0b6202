import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService, type RequestAuth, companyNames, legalNames } from '@tradeway/server/platform';
import {
  OrderRepository,
  type PickupAuthorisationRow,
  ShipmentRepository,
} from '@tradeway/server/orders/data-access';
import {
  issuePickupAuthorisation,
  orderError,
  type PickupAuthorisation as DomainPickup,
  releasePickup,
  revokePickupAuthorisation,
} from '@tradeway/server/orders/domain';
import {
  type IssuedPickup,
  type IssuePickupInput,
  type ListPickupsQuery,
  PICKUP_MAX_VALIDITY_DAYS,
  type PickupAuthorisation,
  type PickupRelease,
  type PickupTaskPage,
} from '@tradeway/shared/contracts';
import { fulfilmentRefusal, sideRefusal } from './fulfilment-errors';
import { newPickupCode, pickupCodeHash } from './fulfilment-rules';
import {
  companiesOfTasks,
  FULFILMENT_NOTICES,
  notifyCompanies,
  pickupTaskView,
  pickupView,
} from './fulfilment-views';
import { notFound, orderErrorToOrpc } from './order-errors';
import { OrderService } from './order.service';
import { ShipmentService } from './shipment.service';

const DAY_MS = 86_400_000;

/** The domain's view of a stored authorisation (its expiry is `validUntil`). */
const domainPickup = (row: PickupAuthorisationRow): DomainPickup => ({
  id: row.id,
  shipmentId: row.shipmentId,
  logisticsCompanyId: row.logisticsCompanyId,
  status: row.status,
  expiresAt: row.validUntil,
  usedAt: row.usedAt,
  revokedAt: row.revokedAt,
});

/**
 * Pickup authorisations (提货授权, DESIGN.md §8): the buyer authorises a logistics company to
 * collect a planned shipment and receives a code once (only its hash is stored); the company
 * operating the shipment's warehouse releases the goods against that code — once, while valid
 * (server time), for that shipment — and the goods leave as with a departure
 * (`ShipmentService.depart`: stock, tracking, timeline). The logistics company and the
 * warehouse list their collection jobs without prices. The domain's `issuePickupAuthorisation`,
 * `releasePickup` and `revokePickupAuthorisation` decide; every step is audited, on the order's
 * timeline, and mailed.
 */
@Injectable()
export class PickupService {
  constructor(
    private readonly orders: OrderService,
    private readonly orderRepo: OrderRepository,
    private readonly repo: ShipmentRepository,
    private readonly shipments: ShipmentService,
    private readonly audit: AuditService,
  ) {}

  /** Buyer: authorise a logistics company to collect a planned shipment; the code is in this answer only. */
  async issue(
    auth: RequestAuth,
    shipmentId: string,
    input: Omit<IssuePickupInput, 'shipmentId'>,
    now = new Date(),
  ): Promise<IssuedPickup> {
    const orderId = await this.repo.orderIdOfShipment(this.repo.db, shipmentId);
    if (!orderId) throw notFound('Shipment');
    const code = newPickupCode();
    const id = randomUUID();
    const row = await this.orderRepo.transaction(async (tx) => {
      const { order, side } = await this.lockAsParty(tx, auth, orderId);
      if (side !== 'buyer') throw sideRefusal('buyer');
      const shipment = await this.repo.shipment(tx, shipmentId);
      if (!shipment) throw notFound('Shipment');
      const validFrom = input.validFrom ? new Date(input.validFrom) : now;
      const validUntil = new Date(input.validUntil);
      const issued = issuePickupAuthorisation({
        id,
        shipmentId: shipment.id,
        shipmentStatus: shipment.status,
        logisticsCompanyId: input.logisticsCompanyId,
        expiresAt: validUntil,
        now,
      });
      if (!issued.ok) {
        throw orderErrorToOrpc(
          issued.error.field === 'expiresAt' ? { ...issued.error, field: 'validUntil' } : issued.error,
        );
      }
      if (!shipment.warehouseId) throw orderErrorToOrpc(orderError('PICKUP_AUTH_SHIPMENT_NOT_READY'));
      const kinds = await this.orderRepo.companyKinds(tx, input.logisticsCompanyId);
      if (!kinds.includes('logistics')) {
        throw fulfilmentRefusal('PICKUP_LOGISTICS_COMPANY_INVALID', { field: 'logisticsCompanyId' });
      }
      if (
        validUntil.getTime() <= validFrom.getTime() ||
        validUntil.getTime() > now.getTime() + PICKUP_MAX_VALIDITY_DAYS * DAY_MS
      ) {
        throw fulfilmentRefusal('PICKUP_AUTH_WINDOW_INVALID', {
          field: 'validUntil',
          params: { days: String(PICKUP_MAX_VALIDITY_DAYS) },
        });
      }
      if ((await this.repo.validAuthorisations(tx, shipment.id, now)).length > 0) {
        throw fulfilmentRefusal('PICKUP_AUTH_ALREADY_ISSUED');
      }
      const created = await this.repo.createAuthorisation(tx, {
        id,
        shipmentId: shipment.id,
        logisticsCompanyId: input.logisticsCompanyId,
        codeHash: pickupCodeHash(code),
        driverName: input.driverName,
        vehiclePlate: input.vehiclePlate,
        validFrom,
        validUntil,
        issuedById: auth.userId ?? (await this.issuerOf(auth)),
        issuedAt: now,
      });
      const names = await companyNames(tx, [input.logisticsCompanyId]);
      const facts = {
        authorisationId: id,
        shipmentId: shipment.id,
        shipmentNumber: shipment.number,
        logisticsCompanyId: input.logisticsCompanyId,
        logisticsCompanyName: names.get(input.logisticsCompanyId)?.name ?? '',
        driverName: input.driverName,
        vehiclePlate: input.vehiclePlate,
        validFrom: validFrom.toISOString(),
        validUntil: validUntil.toISOString(),
      };
      await this.shipments.event(tx, order, 'pickup.issued', order.buyerId, auth, facts, now);
      await this.audit.record(
        auth,
        {
          companyId: order.buyerId,
          action: 'pickup.issue',
          subjectType: 'pickup_authorisation',
          subjectId: id,
          after: { status: 'issued', ...facts },
        },
        tx,
      );
      const details = [
        `${shipment.number} · ${facts.logisticsCompanyName}`,
        `司机 Driver: ${input.driverName} · ${input.vehiclePlate}`,
        `有效期 Valid: ${facts.validFrom} – ${facts.validUntil}`,
      ];
      await notifyCompanies(
        this.orderRepo,
        tx,
        order,
        [order.sellerId],
        FULFILMENT_NOTICES.pickupIssued,
        details,
      );
      await notifyCompanies(
        this.orderRepo,
        tx,
        order,
        [input.logisticsCompanyId],
        FULFILMENT_NOTICES.pickupIssued,
        details,
        '/logistics/pickups',
      );
      return { created, names };
    });
    return { ...pickupView(row.created, row.names, now), code };
  }

  /** Buyer: take back an issued authorisation (409 once used or already revoked). */
  async revoke(
    auth: RequestAuth,
    authorisationId: string,
    reason: string,
    now = new Date(),
  ): Promise<PickupAuthorisation> {
    const orderId = await this.repo.orderIdOfAuthorisation(this.repo.db, authorisationId);
    if (!orderId) throw notFound('Pickup authorisation');
    return this.orderRepo.transaction(async (tx) => {
      const { order, side } = await this.lockAsParty(tx, auth, orderId);
      if (side !== 'buyer') throw sideRefusal('buyer');
      const row = await this.repo.authorisation(tx, authorisationId);
      if (!row) throw notFound('Pickup authorisation');
      const revoked = revokePickupAuthorisation(domainPickup(row), now);
      if (!revoked.ok) throw orderErrorToOrpc(revoked.error);
      if (!(await this.repo.revokeAuthorisation(tx, row.id, now))) {
        throw orderErrorToOrpc(orderError('PICKUP_AUTH_USED'));
      }
      const shipment = await this.repo.shipment(tx, row.shipmentId);
      const facts = {
        authorisationId: row.id,
        shipmentId: row.shipmentId,
        shipmentNumber: shipment?.number ?? '',
        logisticsCompanyId: row.logisticsCompanyId,
        ...(reason ? { reason } : {}),
      };
      await this.shipments.event(tx, order, 'pickup.revoked', order.buyerId, auth, facts, now);
      await this.audit.record(
        auth,
        {
          companyId: order.buyerId,
          action: 'pickup.revoke',
          subjectType: 'pickup_authorisation',
          subjectId: row.id,
          before: { status: 'issued' },
          after: { status: 'revoked', ...facts },
        },
        tx,
      );
      const details = [facts.shipmentNumber, ...(reason ? [`原因 Reason: ${reason}`] : [])];
      await notifyCompanies(
        this.orderRepo,
        tx,
        order,
        [order.sellerId],
        FULFILMENT_NOTICES.pickupRevoked,
        details,
      );
      await notifyCompanies(
        this.orderRepo,
        tx,
        order,
        [row.logisticsCompanyId],
        FULFILMENT_NOTICES.pickupRevoked,
        details,
        '/logistics/pickups',
      );
      const after = await this.repo.authorisation(tx, row.id);
      if (!after) throw new Error(`authorisation ${row.id} vanished in its transaction`);
      return pickupView(after, await companyNames(tx, [row.logisticsCompanyId]), now);
    });
  }

  /**
   * Warehouse: release a shipment against the code the driver presents. 404 unless the
   * caller's company operates the shipment's warehouse; the code must belong to an
   * authorisation that `releasePickup` accepts for this shipment now (unused, not revoked,
   * not expired) and whose validity has begun. Then the authorisation is used up and the
   * goods leave (stock, tracking, timeline), all in one transaction under the order's lock:
   * a second release of the same code finds it used (409 PICKUP_AUTH_USED).
   */
  async release(
    auth: RequestAuth,
    shipmentId: string,
    code: string,
    now = new Date(),
  ): Promise<PickupRelease> {
    const found = await this.repo.shipmentAtWarehouseOf(this.repo.db, shipmentId, auth.companyId);
    if (!found) throw notFound('Shipment');
    const authorisationId = await this.orderRepo.transaction(async (tx) => {
      const order = await this.orderRepo.lockOrderById(tx, found.orderId);
      if (!order) throw notFound('Shipment');
      const row = await this.repo.authorisationByCodeHash(tx, pickupCodeHash(code));
      if (!row) throw fulfilmentRefusal('PICKUP_CODE_INVALID', { field: 'code' });
      const released = releasePickup(domainPickup(row), {
        shipmentId,
        // The code is the carrier's proof: whoever presents it acts for the authorised company.
        logisticsCompanyId: row.logisticsCompanyId,
        now,
      });
      if (!released.ok) throw orderErrorToOrpc(released.error);
      if (now.getTime() < row.validFrom.getTime()) {
        throw fulfilmentRefusal('PICKUP_AUTH_NOT_YET_VALID', {
          params: { validFrom: row.validFrom.toISOString() },
        });
      }
      const shipment = await this.repo.shipment(tx, shipmentId);
      if (!shipment || shipment.status !== 'planned') {
        throw orderErrorToOrpc(orderError('PICKUP_AUTH_SHIPMENT_NOT_READY'));
      }
      if (!(await this.repo.useAuthorisation(tx, row.id, auth.userId, now))) {
        throw orderErrorToOrpc(orderError('PICKUP_AUTH_USED'));
      }
      const names = await legalNames(tx, [row.logisticsCompanyId]);
      const carrier = names.get(row.logisticsCompanyId) ?? '';
      const facts = {
        authorisationId: row.id,
        logisticsCompanyId: row.logisticsCompanyId,
        logisticsCompanyName: carrier,
        driverName: row.driverName,
        vehiclePlate: row.vehiclePlate,
      };
      await this.shipments.depart(tx, auth, order, shipment, now, {
        note: `${carrier} · ${row.driverName} · ${row.vehiclePlate}`,
        location: '',
        actorCompanyId: auth.companyId,
        facts: { releasedBy: 'pickup', ...facts },
      });
      await this.shipments.event(
        tx,
        order,
        'pickup.released',
        auth.companyId,
        auth,
        {
          shipmentId: shipment.id,
          shipmentNumber: shipment.number,
          warehouseId: shipment.warehouseId,
          ...facts,
        },
        now,
      );
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'pickup.release',
          subjectType: 'pickup_authorisation',
          subjectId: row.id,
          before: { status: 'issued' },
          after: { status: 'used', shipmentId: shipment.id, shipmentNumber: shipment.number, ...facts },
        },
        tx,
      );
      const details = [
        `${shipment.number} · ${carrier}`,
        `司机 Driver: ${row.driverName} · ${row.vehiclePlate}`,
      ];
      await notifyCompanies(
        this.orderRepo,
        tx,
        order,
        [order.buyerId, ...(order.sellerId === auth.companyId ? [] : [order.sellerId])],
        FULFILMENT_NOTICES.released,
        details,
      );
      return row.id;
    });
    const task = await this.repo.pickupTask(this.repo.db, authorisationId);
    if (!task) throw new Error(`authorisation ${authorisationId} vanished after its release`);
    const [view] = await this.taskViews([task], now);
    if (!view) throw new Error('no view of the released authorisation');
    return { task: view, releasedAt: now.toISOString() };
  }

  /** Logistics company: what it is authorised to collect (issued to my company or the companies I see). */
  async listForCarrier(
    auth: RequestAuth,
    query: ListPickupsQuery,
    now = new Date(),
  ): Promise<PickupTaskPage> {
    return this.page({ logisticsCompanyIds: auth.visibleCompanyIds }, query, now);
  }

  /** Warehouse: the authorised collections from the warehouses my company operates. */
  async listForWarehouse(
    auth: RequestAuth,
    query: ListPickupsQuery,
    now = new Date(),
  ): Promise<PickupTaskPage> {
    const warehouseIds = await this.repo.operatedWarehouseIds(this.repo.db, auth.companyId);
    if (warehouseIds.length === 0) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
    return this.page({ warehouseIds }, query, now);
  }

  private async page(
    scope: { logisticsCompanyIds?: readonly string[]; warehouseIds?: readonly string[] },
    query: ListPickupsQuery,
    now: Date,
  ): Promise<PickupTaskPage> {
    const { rows, total } = await this.repo.listPickups({
      ...scope,
      statuses: query.status,
      now,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    return { items: await this.taskViews(rows, now), page: query.page, pageSize: query.pageSize, total };
  }

  private async taskViews(rows: Parameters<typeof companiesOfTasks>[0], now: Date) {
    const db = this.repo.db;
    const names = await companyNames(db, companiesOfTasks(rows));
    const warehouses = await this.repo.warehouses(
      db,
      rows.map((r) => r.shipment.warehouseId),
    );
    return rows.map((r) => pickupTaskView(r, names, warehouses, now));
  }

  /** The order locked for a party, with a shipment's or authorisation's 404 for others. */
  private async lockAsParty(
    tx: Parameters<OrderService['lockAsParty']>[0],
    auth: RequestAuth,
    orderId: string,
  ) {
    return this.orders.lockAsParty(tx, auth, orderId).catch((e: unknown) => {
      throw (e as { status?: number } | null)?.status === 404 ? notFound('Shipment') : e;
    });
  }

  /** An API key issues as the person who created it. */
  private async issuerOf(auth: RequestAuth): Promise<string> {
    const id = auth.apiKeyId ? await this.orderRepo.apiKeyIssuer(this.orderRepo.db, auth.apiKeyId) : null;
    if (!id) throw sideRefusal('buyer');
    return id;
  }
}
