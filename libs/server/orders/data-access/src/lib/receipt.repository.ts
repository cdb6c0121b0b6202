import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';

type Db = Prisma.TransactionClient | PrismaService['client'];
type Tx = Prisma.TransactionClient;

/** A timestamp parameter for the `timestamp(3)` (UTC) columns, whatever the session's time zone. */
const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

export type ShipmentForReceipt = Prisma.ShipmentGetPayload<{
  include: { lines: true; receipt: { select: { id: true } } };
}>;
export type ReceiptRow = Prisma.ReceiptGetPayload<{
  include: { lines: true; shipment: { select: { number: true } } };
}>;
export type DisputeRow = Prisma.DisputeGetPayload<{ include: { _count: { select: { evidence: true } } } }>;
export type EvidenceRow = Prisma.DisputeEvidenceGetPayload<object>;
export type OrderForDispute = Prisma.OrderGetPayload<{ include: { lines: true } }>;

export interface NewReceipt {
  orderId: string;
  shipmentId: string;
  toleranceBps: number;
  outcome: 'accepted' | 'disputed';
  note: string;
  receivedById: string;
  receivedAt: Date;
  lines: ReadonlyArray<{
    orderLineId: string;
    shippedQuantity: string;
    receivedQuantity: string;
    grade: string | null;
    varianceBps: number;
    withinTolerance: boolean;
  }>;
}

export interface DeskDisputeRow {
  id: string;
  orderId: string;
  orderNumber: string;
  buyerId: string;
  buyerName: string;
  buyerNameEn: string | null;
  sellerId: string;
  sellerName: string;
  sellerNameEn: string | null;
  status: 'open' | 'proposed' | 'resolved';
  reason: string;
  openedAt: Date;
  currency: string;
  orderTotalMinor: bigint;
  proposedBy: 'buyer' | 'seller' | null;
  evidenceCount: number;
}

export interface HistoryRow {
  id: string;
  kind: string;
  actorCompanyId: string | null;
  at: Date;
  data: unknown;
}

/**
 * Receipts, disputes and their evidence (DESIGN.md §8): the order context's reads and writes
 * for this part. The order itself is locked and moved by the order repository (through
 * OrderService); these rows are read and written under that lock.
 */
@Injectable()
export class ReceiptRepository {
  constructor(readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>, timeoutMs = 15_000): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: timeoutMs, maxWait: 10_000 });
  }

  // ---- shipments and receipts ---------------------------------------------------------------

  /** A shipment of the order with its lines and receipt (if any); null when not the order's. */
  async shipmentOfOrder(tx: Tx, orderId: string, shipmentId: string): Promise<ShipmentForReceipt | null> {
    return tx.shipment.findFirst({
      where: { id: shipmentId, orderId },
      include: { lines: true, receipt: { select: { id: true } } },
    });
  }

  /** The order's shipments that are not cancelled, oldest first, with their receipt id. */
  async shipmentsOf(db: Db, orderId: string): Promise<ShipmentForReceipt[]> {
    return db.shipment.findMany({
      where: { orderId, status: { not: 'cancelled' } },
      include: { lines: true, receipt: { select: { id: true } } },
      orderBy: [{ createdAt: 'asc' }, { number: 'asc' }],
    });
  }

  async createReceipt(tx: Tx, receipt: NewReceipt): Promise<ReceiptRow> {
    const { lines, ...head } = receipt;
    return tx.receipt.create({
      data: { ...head, lines: { create: lines.map((l) => ({ ...l })) } },
      include: { lines: true, shipment: { select: { number: true } } },
    });
  }

  async receiptsOf(db: Db, orderId: string): Promise<ReceiptRow[]> {
    return db.receipt.findMany({
      where: { orderId },
      include: { lines: true, shipment: { select: { number: true } } },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The order with its lines, whoever asks (the caller has checked who may see it). */
  async orderWithLines(db: Db, orderId: string): Promise<OrderForDispute | null> {
    return db.order.findUnique({
      where: { id: orderId },
      include: { lines: { orderBy: { lineNo: 'asc' } } },
    });
  }

  /**
   * Sets `acceptedAt` on an order that has just become accepted (the transition's own update
   * does not know the column), in the transition's transaction.
   */
  async markAccepted(tx: Tx, orderId: string, now: Date): Promise<void> {
    await tx.order.updateMany({
      where: { id: orderId, status: 'accepted', acceptedAt: null },
      data: { acceptedAt: now },
    });
  }

  // ---- disputes ---------------------------------------------------------------------------

  async createDispute(
    tx: Tx,
    dispute: {
      id: string;
      orderId: string;
      receiptId: string | null;
      reason: string;
      openedById: string;
      openedAt: Date;
    },
  ): Promise<void> {
    await tx.dispute.create({ data: dispute });
  }

  /** The order a dispute belongs to, or null for an unknown id (no scope: the caller checks). */
  async orderIdOfDispute(db: Db, disputeId: string): Promise<string | null> {
    const row = await db.dispute.findUnique({ where: { id: disputeId }, select: { orderId: true } });
    return row?.orderId ?? null;
  }

  /**
   * A dispute one of `companyIds` is party to (through its order: the buyer, or the seller once
   * the order was placed); null otherwise.
   */
  async disputeForParties(
    db: Db,
    disputeId: string,
    companyIds: readonly string[],
  ): Promise<DisputeRow | null> {
    return db.dispute.findFirst({
      where: {
        id: disputeId,
        order: {
          OR: [
            { buyerId: { in: [...companyIds] } },
            { sellerId: { in: [...companyIds] }, placedAt: { not: null } },
          ],
        },
      },
      include: { _count: { select: { evidence: true } } },
    });
  }

  async findDispute(db: Db, disputeId: string): Promise<DisputeRow | null> {
    return db.dispute.findUnique({
      where: { id: disputeId },
      include: { _count: { select: { evidence: true } } },
    });
  }

  /** The dispute, locked until the transaction ends (its order is locked first, always). */
  async lockDispute(tx: Tx, disputeId: string, orderId: string): Promise<DisputeRow | null> {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM disputes WHERE id = ${disputeId}::uuid AND "orderId" = ${orderId}::uuid FOR UPDATE`;
    if (locked.length === 0) return null;
    return this.findDispute(tx, disputeId);
  }

  /** Stores a dispute's change when it is still at `version`, with the next version; false otherwise. */
  async updateDispute(
    tx: Tx,
    disputeId: string,
    version: number,
    data: {
      status: 'open' | 'proposed' | 'resolved';
      proposal: Prisma.InputJsonObject | null;
      outcome?: Prisma.InputJsonObject;
      resolvedAt?: Date;
      resolvedById?: string | null;
    },
  ): Promise<boolean> {
    const { proposal, ...rest } = data;
    const { count } = await tx.dispute.updateMany({
      where: { id: disputeId, version },
      data: { ...rest, proposal: proposal ?? Prisma.DbNull, version: { increment: 1 } },
    });
    return count === 1;
  }

  async disputesOf(db: Db, orderId: string): Promise<DisputeRow[]> {
    return db.dispute.findMany({
      where: { orderId },
      include: { _count: { select: { evidence: true } } },
      orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
    });
  }

  async unresolvedDisputeCount(db: Db, orderId: string): Promise<number> {
    return db.dispute.count({ where: { orderId, status: { not: 'resolved' } } });
  }

  /** Σ credits of the order's resolved price adjustments, leaving out `exceptId`. */
  async creditedMinor(db: Db, orderId: string, exceptId: string | null = null): Promise<bigint> {
    const [row] = await db.$queryRaw<Array<{ total: bigint }>>`
      SELECT coalesce(sum((outcome->'resolution'->>'creditMinor')::bigint), 0)::bigint AS total
      FROM disputes
      WHERE "orderId" = ${orderId}::uuid AND status = 'resolved'
        AND outcome->'resolution'->>'kind' = 'price_adjustment'
        AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)`;
    return row?.total ?? 0n;
  }

  /** The timeline events of one dispute (its id in the event's data), oldest first. */
  async disputeHistory(db: Db, orderId: string, disputeId: string): Promise<HistoryRow[]> {
    return db.$queryRaw<HistoryRow[]>`
      SELECT id, kind, "actorCompanyId", at, data FROM order_events
      WHERE "orderId" = ${orderId}::uuid
        AND (data->>'disputeId' = ${disputeId} OR coalesce(data->'disputeIds', '[]'::jsonb) ? ${disputeId})
      ORDER BY at ASC, kind ASC`;
  }

  // ---- evidence ---------------------------------------------------------------------------

  async addEvidence(
    tx: Tx,
    evidence: {
      id: string;
      disputeId: string;
      companyId: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      storageKey: string;
      uploadedById: string;
      uploadedAt: Date;
    },
  ): Promise<EvidenceRow> {
    return tx.disputeEvidence.create({ data: evidence });
  }

  async evidenceCount(db: Db, disputeId: string): Promise<number> {
    return db.disputeEvidence.count({ where: { disputeId } });
  }

  async evidenceOf(db: Db, disputeId: string): Promise<EvidenceRow[]> {
    return db.disputeEvidence.findMany({
      where: { disputeId },
      orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
    });
  }

  async findEvidence(db: Db, disputeId: string, evidenceId: string): Promise<EvidenceRow | null> {
    return db.disputeEvidence.findFirst({ where: { id: evidenceId, disputeId } });
  }

  // ---- the operator's desk ------------------------------------------------------------------

  /** A page of disputes across companies, oldest first (the (status, openedAt) index). */
  async deskPage(q: {
    statuses: readonly string[];
    search?: string;
    limit: number;
    offset: number;
  }): Promise<{ rows: DeskDisputeRow[]; total: number }> {
    const conditions: Prisma.Sql[] = [Prisma.sql`d.status = ANY(${[...q.statuses]}::"DisputeStatus"[])`];
    if (q.search) {
      const like = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(Prisma.sql`o.number ILIKE ${like}`);
    }
    const where = Prisma.join(conditions, ' AND ');
    const [rows, counted] = await Promise.all([
      this.db.$queryRaw<DeskDisputeRow[]>`
        SELECT d.id, d."orderId", o.number AS "orderNumber", o."buyerId", b.name AS "buyerName",
               b."nameEn" AS "buyerNameEn", o."sellerId", s.name AS "sellerName", s."nameEn" AS "sellerNameEn", d.status::text AS status, d.reason, d."openedAt",
               o.currency, o."totalMinor" AS "orderTotalMinor", d.proposal->>'by' AS "proposedBy",
               (SELECT count(*)::int FROM dispute_evidence e WHERE e."disputeId" = d.id) AS "evidenceCount"
        FROM disputes d
        JOIN orders o ON o.id = d."orderId"
        JOIN companies b ON b.id = o."buyerId"
        JOIN companies s ON s.id = o."sellerId"
        WHERE ${where}
        ORDER BY d."openedAt" ASC, d.id ASC
        LIMIT ${q.limit} OFFSET ${q.offset}`,
      this.db.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM disputes d JOIN orders o ON o.id = d."orderId" WHERE ${where}`,
    ]);
    return { rows, total: counted[0]?.n ?? 0 };
  }

  // ---- auto-acceptance --------------------------------------------------------------------

  /**
   * Delivered orders whose auto-acceptance period has passed at `now` and that have no
   * unresolved dispute, in (deliveredAt, id) order after `after` (keyset: an order skipped
   * once is not read again in the same sweep). The (status, deliveredAt) index serves it.
   */
  async dueForAutoAcceptance(
    db: Db,
    now: Date,
    limit: number,
    after: { deliveredAt: Date; id: string } | null,
  ): Promise<Array<{ id: string; deliveredAt: Date }>> {
    const page = after
      ? Prisma.sql`AND (o."deliveredAt", o.id) > (${utc(after.deliveredAt)}, ${after.id}::uuid)`
      : Prisma.empty;
    return db.$queryRaw<Array<{ id: string; deliveredAt: Date }>>`
      SELECT o.id, o."deliveredAt" FROM orders o
      WHERE o.status = 'delivered' AND o."deliveredAt" IS NOT NULL
        AND o."deliveredAt" + make_interval(days => o."autoAcceptDays") <= ${utc(now)}
        AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d."orderId" = o.id AND d.status <> 'resolved')
        ${page}
      ORDER BY o."deliveredAt" ASC, o.id ASC
      LIMIT ${limit}`;
  }
}
