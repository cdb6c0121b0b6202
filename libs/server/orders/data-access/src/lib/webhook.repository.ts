import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';

type Db = Prisma.TransactionClient | PrismaService['client'];
type Tx = Prisma.TransactionClient;

/** A timestamp parameter for the `timestamp(3)` (UTC) columns, whatever the session's time zone. */
const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

// ---- which endpoint hears of which event, and what it is told (pure) -----------------------------

export type WebhookSide = 'buyer' | 'seller';

/**
 * Facts of the timeline that only the buyer's side may see: its own approval request. (The
 * seller never hears of an order before it is placed at all: see `orderEventDeliveries`.)
 */
const BUYER_ONLY_FACTS = new Set(['approvalRequestId']);

/**
 * The event name as a side's ERP sees it. For the seller an order appears when it is placed:
 * directly (`order.placed`) or once the buyer's own approval passed it (`order.approved`, the
 * buyer's internal step), so both reach the seller as `order.placed`.
 */
export function webhookEventName(kind: string, side: WebhookSide): string {
  return side === 'seller' && kind === 'order.approved' ? 'order.placed' : kind;
}

/** Whether a subscription (`order.placed`, `order.*`, `*`) includes an event name. */
export function webhookSubscribed(subscriptions: readonly string[], event: string): boolean {
  const family = event.split('.')[0];
  return subscriptions.some(
    (s) => s === '*' || s === event || (s.endsWith('.*') && s.slice(0, -2) === family),
  );
}

/** The event's facts a side may see. */
export function webhookFacts(data: Record<string, unknown>, side: WebhookSide): Record<string, unknown> {
  if (side === 'buyer') return { ...data };
  return Object.fromEntries(Object.entries(data).filter(([k]) => !BUYER_ONLY_FACTS.has(k)));
}

/** What an order event's endpoint query returns: the endpoint and the order as it stands now. */
export interface OrderEventAudience {
  endpointId: string;
  companyId: string;
  events: string[];
  buyerId: string;
  sellerId: string;
  number: string;
  status: string;
  placed: boolean;
  channel: string;
  currency: string;
  totalMinor: bigint;
  buyerReference: string;
}

export interface OrderEventForWebhooks {
  /** The timeline event's id (order_events.id). */
  id: string;
  orderId: string;
  kind: string;
  data: Record<string, unknown>;
  at: Date;
}

export interface NewDelivery {
  id: string;
  endpointId: string;
  event: string;
  orderId: string | null;
  orderEventId: string | null;
  payload: Prisma.InputJsonObject;
  nextAttemptAt: Date;
  createdAt: Date;
}

/**
 * The deliveries one order event makes (pure): one per active endpoint of the buyer, and of the
 * seller once the order is placed (the seller never sees an order still waiting for, or refused
 * by, the buyer's own approval), whose subscription includes the event as that side sees it.
 * The body carries the event name, the order's id, number and status after the event, when it
 * happened and the facts that side may see — nothing else of the other company.
 */
export function orderEventDeliveries(
  event: OrderEventForWebhooks,
  audience: readonly OrderEventAudience[],
  newId: () => string = randomUUID,
): NewDelivery[] {
  const out: NewDelivery[] = [];
  for (const a of audience) {
    const side: WebhookSide | null =
      a.companyId === a.buyerId ? 'buyer' : a.companyId === a.sellerId && a.placed ? 'seller' : null;
    if (!side) continue;
    const name = webhookEventName(event.kind, side);
    if (!webhookSubscribed(a.events, name)) continue;
    const id = newId();
    out.push({
      id,
      endpointId: a.endpointId,
      event: name,
      orderId: event.orderId,
      orderEventId: event.id,
      payload: JSON.parse(
        JSON.stringify({
          id,
          event: name,
          occurredAt: event.at.toISOString(),
          eventId: event.id,
          companyId: a.companyId,
          order: {
            id: event.orderId,
            number: a.number,
            side,
            status: a.status,
            buyerId: a.buyerId,
            sellerId: a.sellerId,
            channel: a.channel,
            currency: a.currency,
            totalMinor: a.totalMinor.toString(),
            buyerReference: a.buyerReference,
          },
          data: webhookFacts(event.data, side),
        }),
      ) as Prisma.InputJsonObject,
      nextAttemptAt: event.at,
      createdAt: event.at,
    });
  }
  return out;
}

/**
 * The transactional outbox of webhooks: called for every order timeline event
 * (`OrderRepository.addEvent`), in the event's own transaction, so a rolled-back change sends
 * nothing and a committed one is delivered by the worker even if it restarts. One indexed
 * query when the parties have no endpoint; one insert otherwise.
 */
export async function writeWebhookOutbox(tx: Tx, event: OrderEventForWebhooks): Promise<number> {
  const audience = await tx.$queryRaw<OrderEventAudience[]>`
    /* prepare */ SELECT e.id AS "endpointId", e."companyId", e.events, o."buyerId", o."sellerId", o.number,
           o.status::text AS status, o."placedAt" IS NOT NULL AS placed, o.channel::text AS channel,
           o.currency, o."totalMinor", o."buyerReference"
    FROM orders o
    JOIN webhook_endpoints e ON e."companyId" IN (o."buyerId", o."sellerId") AND e.active
    WHERE o.id = ${event.orderId}::uuid`;
  if (audience.length === 0) return 0;
  const rows = orderEventDeliveries(event, audience);
  if (rows.length > 0) await tx.webhookDelivery.createMany({ data: rows });
  return rows.length;
}

// ---- the endpoints and the delivery log ------------------------------------------------------------

export type WebhookEndpointRow = Prisma.WebhookEndpointGetPayload<object>;
export type WebhookDeliveryRow = Prisma.WebhookDeliveryGetPayload<object>;
export type WebhookDeliveryWithAttempts = Prisma.WebhookDeliveryGetPayload<{ include: { attemptLog: true } }>;

/** A delivery claimed by a worker, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  event: string;
  payload: unknown;
  attempts: number;
  roundAttempts: number;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** One attempt's outcome and what follows from it. */
export interface AttemptRecord {
  deliveryId: string;
  /** The `attempts` the worker claimed the delivery with: the record applies only if unchanged. */
  claimedAttempts: number;
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string;
  status: 'pending' | 'delivered' | 'failed';
  nextAttemptAt: Date | null;
}

export type DeliveryCounts = { pending: number; delivered: number; failed: number };

/**
 * Webhook endpoints and their delivery log (DESIGN.md §2, integration accounts). Every read of
 * an endpoint or a delivery names the company, so another company's id is simply not found.
 */
@Injectable()
export class WebhookRepository {
  constructor(readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: 15_000, maxWait: 10_000 });
  }

  /** The company's endpoints counted under a lock per company: two creations count one after the other. */
  async lockAndCountEndpoints(tx: Tx, companyId: string): Promise<number> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('webhooks:' || ${companyId}))`;
    return tx.webhookEndpoint.count({ where: { companyId } });
  }

  async createEndpoint(
    tx: Tx,
    data: Prisma.WebhookEndpointUncheckedCreateInput,
  ): Promise<WebhookEndpointRow> {
    return tx.webhookEndpoint.create({ data });
  }

  async listEndpoints(db: Db, companyId: string): Promise<WebhookEndpointRow[]> {
    return db.webhookEndpoint.findMany({
      where: { companyId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The endpoint if it is the company's; with `lock`, locked until the transaction ends. */
  async findEndpoint(
    db: Db,
    companyId: string,
    endpointId: string,
    lock = false,
  ): Promise<WebhookEndpointRow | null> {
    if (lock) {
      const locked = await db.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM webhook_endpoints WHERE id = ${endpointId}::uuid AND "companyId" = ${companyId}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
    }
    return db.webhookEndpoint.findFirst({ where: { id: endpointId, companyId } });
  }

  async updateEndpoint(
    tx: Tx,
    endpointId: string,
    data: Prisma.WebhookEndpointUncheckedUpdateInput,
  ): Promise<WebhookEndpointRow> {
    return tx.webhookEndpoint.update({ where: { id: endpointId }, data });
  }

  /** Deletes the endpoint with its deliveries and their attempts (cascade). */
  async deleteEndpoint(tx: Tx, endpointId: string): Promise<void> {
    await tx.webhookEndpoint.delete({ where: { id: endpointId } });
  }

  async deliveryCounts(db: Db, endpointIds: readonly string[]): Promise<Map<string, DeliveryCounts>> {
    const out = new Map<string, DeliveryCounts>(
      endpointIds.map((id) => [id, { pending: 0, delivered: 0, failed: 0 }]),
    );
    if (endpointIds.length === 0) return out;
    const rows = await db.webhookDelivery.groupBy({
      by: ['endpointId', 'status'],
      where: { endpointId: { in: [...endpointIds] } },
      _count: { _all: true },
    });
    for (const r of rows) {
      const counts = out.get(r.endpointId);
      if (counts) counts[r.status] = r._count._all;
    }
    return out;
  }

  async insertDelivery(tx: Tx, row: NewDelivery): Promise<WebhookDeliveryRow> {
    return tx.webhookDelivery.create({ data: row });
  }

  async listDeliveries(
    db: Db,
    q: {
      endpointId: string;
      status?: 'pending' | 'delivered' | 'failed';
      orderId?: string;
      skip: number;
      take: number;
    },
  ): Promise<{ rows: WebhookDeliveryRow[]; total: number }> {
    const where: Prisma.WebhookDeliveryWhereInput = {
      endpointId: q.endpointId,
      ...(q.status ? { status: q.status } : {}),
      ...(q.orderId ? { orderId: q.orderId } : {}),
    };
    const [rows, total] = await Promise.all([
      db.webhookDelivery.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: q.skip,
        take: q.take,
      }),
      db.webhookDelivery.count({ where }),
    ]);
    return { rows, total };
  }

  /** A delivery of the company's endpoint, with its attempts (newest first). */
  async findDelivery(
    db: Db,
    companyId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryWithAttempts | null> {
    return db.webhookDelivery.findFirst({
      where: { id: deliveryId, endpointId, endpoint: { companyId } },
      include: { attemptLog: { orderBy: { attemptNo: 'desc' } } },
    });
  }

  /** A delivery of the company's endpoint, locked until the transaction ends. */
  async lockDelivery(
    tx: Tx,
    companyId: string,
    endpointId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryRow | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT d.id FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d."endpointId"
      WHERE d.id = ${deliveryId}::uuid AND d."endpointId" = ${endpointId}::uuid AND e."companyId" = ${companyId}::uuid
      FOR UPDATE OF d`;
    if (locked.length === 0) return null;
    return tx.webhookDelivery.findUnique({ where: { id: deliveryId } });
  }

  /** Starts a fresh round of attempts now: same id, same body; a worker that held it lets go. */
  async restartDelivery(tx: Tx, deliveryId: string, now: Date): Promise<WebhookDeliveryRow> {
    return tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'pending', roundAttempts: 0, nextAttemptAt: now, lockedUntil: null },
    });
  }

  // ---- the worker's side ---------------------------------------------------------------------

  /**
   * Claims up to `limit` due deliveries of active endpoints for `leaseMs`: rows another worker
   * is claiming are skipped (SKIP LOCKED), rows another worker holds are left until its lease
   * lapses (then retried: at-least-once, the receiver deduplicates on the delivery id).
   */
  async claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const until = new Date(now.getTime() + leaseMs);
    return this.db.$queryRaw<ClaimedDelivery[]>`
      WITH due AS (
        SELECT d.id FROM webhook_deliveries d
        JOIN webhook_endpoints e ON e.id = d."endpointId" AND e.active
        WHERE d.status = 'pending' AND d."nextAttemptAt" <= ${utc(now)}
          AND (d."lockedUntil" IS NULL OR d."lockedUntil" <= ${utc(now)})
        ORDER BY d."nextAttemptAt", d.id
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED
      )
      UPDATE webhook_deliveries d SET "lockedUntil" = ${utc(until)}
      FROM due, webhook_endpoints e
      WHERE d.id = due.id AND e.id = d."endpointId"
      RETURNING d.id, d."endpointId", d.event, d.payload, d.attempts, d."roundAttempts", e.url, e.secret,
                e."previousSecret", e."previousSecretExpiresAt"`;
  }

  /**
   * Records one attempt and its consequence, once: the update applies only while the delivery
   * is still claimed with the attempts it was claimed with (a second worker's record of the same
   * attempt, or a record after a redelivery restarted it, changes nothing). False when it did
   * not apply.
   */
  async recordAttempt(r: AttemptRecord): Promise<boolean> {
    return this.transaction(async (tx) => {
      const n = await tx.$executeRaw`
        UPDATE webhook_deliveries SET attempts = attempts + 1, "roundAttempts" = "roundAttempts" + 1,
          status = ${r.status}::"WebhookDeliveryStatus", "lastStatusCode" = ${r.statusCode}, "lastError" = ${r.error},
          "lastAttemptAt" = ${utc(r.at)},
          "nextAttemptAt" = ${r.nextAttemptAt ? utc(r.nextAttemptAt) : null},
          "deliveredAt" = CASE WHEN ${r.status} = 'delivered' THEN ${utc(r.at)} ELSE "deliveredAt" END,
          "lockedUntil" = NULL
        WHERE id = ${r.deliveryId}::uuid AND attempts = ${r.claimedAttempts} AND status = 'pending'
          AND "lockedUntil" IS NOT NULL`;
      if (n !== 1) return false;
      await tx.webhookAttempt.create({
        data: {
          deliveryId: r.deliveryId,
          attemptNo: r.claimedAttempts + 1,
          at: r.at,
          statusCode: r.statusCode,
          error: r.error,
          durationMs: r.durationMs,
          responseExcerpt: r.responseExcerpt,
        },
      });
      return true;
    });
  }

  /** Forgets delivered and failed deliveries older than `before` (a batch at a time). */
  async purgeFinished(before: Date, limit: number): Promise<number> {
    return this.db.$executeRaw`
      DELETE FROM webhook_deliveries WHERE id IN (
        SELECT id FROM webhook_deliveries
        WHERE status IN ('delivered', 'failed') AND "createdAt" < ${utc(before)}
        LIMIT ${limit})`;
  }
}
