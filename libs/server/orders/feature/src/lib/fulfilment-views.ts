import { queueMail, userEmail, type CompanyNames, type Prisma } from '@tradeway/server/platform';
import type {
  OrderRepository,
  PickupAuthorisationRow,
  PickupTaskRow,
} from '@tradeway/server/orders/data-access';
import type { PickupAuthorisation, PickupTask } from '@tradeway/shared/contracts';
import { pickupViewStatus } from './fulfilment-rules';

type Tx = Prisma.TransactionClient;

/** JSON for the timeline and the audit: dates as ISO strings, bigint as text. */
export const jsonFacts = (value: unknown): Prisma.InputJsonObject =>
  JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonObject;

/** An authorisation as the order's sides see it (never its code). */
export function pickupView(
  row: PickupAuthorisationRow,
  names: ReadonlyMap<string, CompanyNames>,
  now: Date,
): PickupAuthorisation {
  return {
    id: row.id,
    shipmentId: row.shipmentId,
    logisticsCompanyId: row.logisticsCompanyId,
    logisticsCompanyName: names.get(row.logisticsCompanyId)?.name ?? '',
    logisticsCompanyNameEn: names.get(row.logisticsCompanyId)?.nameEn ?? null,
    driverName: row.driverName,
    vehiclePlate: row.vehiclePlate,
    status: pickupViewStatus(row, now),
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil.toISOString(),
    issuedAt: row.issuedAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** A collection job as the logistics company and the warehouse see it: no prices, no code. */
export function pickupTaskView(
  row: PickupTaskRow,
  names: ReadonlyMap<string, CompanyNames>,
  warehouses: ReadonlyMap<string, { name: string; nameEn: string; city: string; address: string }>,
  now: Date,
): PickupTask {
  const warehouse = row.shipment.warehouseId ? warehouses.get(row.shipment.warehouseId) : undefined;
  return {
    authorisationId: row.id,
    status: pickupViewStatus(row, now),
    validFrom: row.validFrom.toISOString(),
    validUntil: row.validUntil.toISOString(),
    issuedAt: row.issuedAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    driverName: row.driverName,
    vehiclePlate: row.vehiclePlate,
    logisticsCompanyId: row.logisticsCompanyId,
    logisticsCompanyName: names.get(row.logisticsCompanyId)?.name ?? '',
    logisticsCompanyNameEn: names.get(row.logisticsCompanyId)?.nameEn ?? null,
    shipmentId: row.shipment.id,
    shipmentNumber: row.shipment.number,
    shipmentStatus: row.shipment.status,
    orderNumber: row.shipment.order.number,
    buyerName: names.get(row.shipment.order.buyerId)?.name ?? '',
    buyerNameEn: names.get(row.shipment.order.buyerId)?.nameEn ?? null,
    warehouse:
      warehouse && row.shipment.warehouseId
        ? {
            id: row.shipment.warehouseId,
            name: warehouse.name,
            nameEn: warehouse.nameEn,
            city: warehouse.city,
            address: warehouse.address,
          }
        : null,
    goods: [...row.shipment.lines]
      .sort((a, b) => a.orderLine.lineNo - b.orderLine.lineNo)
      .map((l) => ({
        skuCode: l.orderLine.skuCode,
        description: l.orderLine.description,
        specCode: l.orderLine.specCode,
        grade: l.orderLine.grade,
        quantity: l.quantity.toFixed(3),
        unit: l.orderLine.unit,
      })),
  };
}

/** The companies (and names) a page of collection jobs mentions. */
export const companiesOfTasks = (rows: readonly PickupTaskRow[]): string[] =>
  rows.flatMap((r) => [r.logisticsCompanyId, r.shipment.order.buyerId]);

export interface Notice {
  zh: string;
  en: string;
}

/** The mails of fulfilment steps (subject zh / en), to the owners of the companies concerned. */
export const FULFILMENT_NOTICES = {
  departed: { zh: '货物已发出', en: 'Goods dispatched' },
  arrived: { zh: '货物已到达', en: 'Goods arrived' },
  cancelled: { zh: '发货单已取消', en: 'Shipment cancelled' },
  pickupIssued: { zh: '新的提货授权', en: 'New pickup authorisation' },
  pickupRevoked: { zh: '提货授权已撤销', en: 'Pickup authorisation revoked' },
  released: { zh: '货物已凭提货授权放行', en: 'Goods released against the pickup authorisation' },
} as const satisfies Record<string, Notice>;

/**
 * Queues one mail (in the outbox, with the change) to the active owners of each company, and
 * for the order's buyer also to whoever placed the order, as the order core does.
 */
export async function notifyCompanies(
  repo: OrderRepository,
  tx: Tx,
  order: { id: string; number: string; buyerId: string; createdById: string | null },
  companyIds: readonly string[],
  notice: Notice,
  details: readonly string[],
  link = `/orders/${order.id}`,
): Promise<void> {
  const recipients = new Set<string>();
  for (const companyId of new Set(companyIds)) {
    for (const email of await repo.ownerEmails(tx, companyId)) recipients.add(email);
    if (companyId === order.buyerId && order.createdById) {
      const creator = await userEmail(tx, order.createdById);
      if (creator) recipients.add(creator);
    }
  }
  await queueMail(tx, [...recipients], {
    subject: `${notice.zh} / ${notice.en}: ${order.number}`,
    text: [order.number, ...details, link].join('\n'),
  });
}
