import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type RawSql } from '@tradeway/server/platform';

type Tx = Prisma.TransactionClient;
type Db = Tx | PrismaService['client'];

export type CampaignStatusValue =
  'draft' | 'pending_seller' | 'open' | 'settling' | 'succeeded' | 'failed' | 'cancelled';

/** A `timestamp` (without time zone, UTC by convention) as jsonb renders it. */
const utc = (v: unknown) => {
  const text = String(v);
  return new Date(/(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`);
};

export type GroupBuyCampaignRow = Prisma.GroupBuyCampaignGetPayload<object>;
export type GroupBuyCommitmentRowOf = Prisma.GroupBuyCommitmentGetPayload<object>;

/** The campaign's terms and pool as the join path reads them, under the row's lock (decimals as text). */
export interface PoolRow {
  id: string;
  sellerId: string;
  status: CampaignStatusValue;
  ladder: Array<{ minQuantity: string; unitPrice: string }>;
  minTotal: string;
  maxTotal: string | null;
  perBuyerMin: string | null;
  perBuyerMax: string | null;
  lockAt: Date;
  deadline: Date;
  regions: string[];
  deliveryMonths: string[];
  depositBps: number;
  total: string;
  participants: number;
  version: number;
}

/** One judged change of a batch, ready to write. */
export interface CommitmentWrite {
  buyerId: string;
  userId: string | null;
  departmentId: string | null;
  kind: string;
  /** 3 places; 0 for a withdrawal (the row is deleted). */
  quantity: string;
  delta: string;
  /** The pool's total after this change. */
  total: string;
  deliveryMonth: string;
  depositMinor: bigint;
  at: Date;
}

/**
 * The only code of the group-buy context that talks to Prisma. The join path is written in plain
 * SQL: it runs hundreds of times a second on one campaign row.
 */
@Injectable()
export class GroupBuyRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: 60_000 });
  }

  /** The join path's runner: the same database without Prisma (decision 0024). */
  get sql() {
    return this.prisma.sql;
  }

  async nextNumber(tx: Tx, day: string): Promise<string> {
    const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('group_buy_number_seq') AS n`;
    return `GB-${day.replaceAll('-', '')}-${(row?.n ?? 0n).toString().padStart(6, '0')}`;
  }

  createCampaign(tx: Tx, data: Prisma.GroupBuyCampaignUncheckedCreateInput) {
    return tx.groupBuyCampaign.create({ data });
  }

  findCampaign(db: Db, id: string) {
    return db.groupBuyCampaign.findUnique({ where: { id } });
  }

  /**
   * The campaign and a company's commitment in it, in one prepared statement (the join path runs
   * it on every request): the row as `findCampaign` reads it, and the commitment or null.
   */
  async campaignWithCommitment(
    id: string,
    companyId: string,
  ): Promise<{ campaign: GroupBuyCampaignRow; commitment: GroupBuyCommitmentRowOf | null } | null> {
    const [row] = await this.prisma.client.$queryRaw<
      Array<GroupBuyCampaignRow & { mine: unknown }>
    >`/* prepare */
      SELECT c.*, to_jsonb(m) AS mine
      FROM group_buy_campaigns c
      LEFT JOIN group_buy_commitments m ON m."campaignId" = c.id AND m."buyerId" = ${companyId}::uuid
      WHERE c.id = ${id}::uuid`;
    if (!row) return null;
    const { mine, ...campaign } = row;
    const m = mine as null | (Record<string, unknown> & { quantity: number | string });
    return {
      campaign: campaign as GroupBuyCampaignRow,
      commitment: m
        ? {
            campaignId: String(m['campaignId']),
            buyerId: String(m['buyerId']),
            quantity: new Prisma.Decimal(String(m.quantity)),
            deliveryMonth: String(m['deliveryMonth']),
            depositMinor: BigInt(String(m['depositMinor'])),
            depositStatus: m['depositStatus'] as GroupBuyCommitmentRowOf['depositStatus'],
            orderId: (m['orderId'] as string | null) ?? null,
            createdById: (m['createdById'] as string | null) ?? null,
            departmentId: (m['departmentId'] as string | null) ?? null,
            joinedAt: utc(m['joinedAt']),
            updatedAt: utc(m['updatedAt']),
          }
        : null,
    };
  }

  /** The campaign's pool under its row lock: joins, settlement and cancellation of one campaign are serial. */
  async lockPool(tx: RawSql, id: string): Promise<PoolRow | null> {
    const [row] = await tx.$queryRaw<PoolRow[]>`
      SELECT id, "sellerId", status::text AS status, ladder, "minTotal"::text AS "minTotal",
             "maxTotal"::text AS "maxTotal", "perBuyerMin"::text AS "perBuyerMin",
             "perBuyerMax"::text AS "perBuyerMax", "lockAt", deadline, regions, "deliveryMonths",
             "depositBps", total::text AS total, participants, version
      FROM group_buy_campaigns WHERE id = ${id}::uuid FOR UPDATE`;
    return row ?? null;
  }

  /** Locks the campaign's row until the transaction ends (a join batch that lost a race). */
  async lockCampaign(tx: RawSql, id: string): Promise<void> {
    await tx.$queryRaw`/* prepare */ SELECT 1 AS locked FROM group_buy_campaigns WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /**
   * What the join desk judges a batch by, in one prepared statement and one snapshot: the pool
   * (terms, total, version), the batch's buyers' commitments and who those buyers are (kinds,
   * province). Not locked: the write that follows is guarded by the version read here.
   */
  async joinSnapshot(
    db: RawSql,
    campaignId: string,
    buyerIds: readonly string[],
  ): Promise<{
    pool: PoolRow;
    commitments: Array<{ buyerId: string; quantity: string; deliveryMonth: string }>;
    companies: Map<string, { kinds: string[]; regionCode: string | null }>;
  } | null> {
    const [row] = await db.$queryRaw<
      Array<
        PoolRow & {
          commitments: Array<{ buyerId: string; quantity: string; deliveryMonth: string }>;
          companies: Array<{ id: string; kinds: string[]; regionCode: string | null }>;
        }
      >
    >`/* prepare */
      SELECT p.id, p."sellerId", p.status::text AS status, p.ladder, p."minTotal"::text AS "minTotal",
             p."maxTotal"::text AS "maxTotal", p."perBuyerMin"::text AS "perBuyerMin",
             p."perBuyerMax"::text AS "perBuyerMax", p."lockAt", p.deadline, p.regions, p."deliveryMonths",
             p."depositBps", p.total::text AS total, p.participants, p.version,
             COALESCE((SELECT jsonb_agg(jsonb_build_object('buyerId', m."buyerId", 'quantity', m.quantity::text,
                                                           'deliveryMonth', m."deliveryMonth"))
                       FROM group_buy_commitments m
                       WHERE m."campaignId" = p.id AND m."buyerId" = ANY(${[...buyerIds]}::uuid[])), '[]') AS commitments,
             COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'kinds', c.kinds::text[],
                                                           'regionCode', c."regionCode"))
                       FROM companies c WHERE c.id = ANY(${[...buyerIds]}::uuid[])), '[]') AS companies
      FROM group_buy_campaigns p WHERE p.id = ${campaignId}::uuid`;
    if (!row) return null;
    const { commitments, companies, ...pool } = row;
    return {
      pool,
      commitments,
      companies: new Map(companies.map((c) => [c.id, { kinds: c.kinds, regionCode: c.regionCode }])),
    };
  }

  /**
   * Writes a judged batch in one statement: the pool (guarded by its version), the commitments
   * (upserted, or deleted when withdrawn) and their change log. False when the version moved.
   */
  async writeCommitments(
    tx: RawSql,
    campaignId: string,
    expectedVersion: number,
    writes: readonly CommitmentWrite[],
    pool: { total: string; participants: number },
  ): Promise<boolean> {
    const kept = writes.filter((w) => w.kind !== 'withdrawn');
    const gone = writes.filter((w) => w.kind === 'withdrawn').map((w) => w.buyerId);
    // the last write of a buyer in the batch is what stands
    const last = new Map(kept.map((w) => [w.buyerId, w]));
    for (const b of gone) if (writes.findLast((w) => w.buyerId === b)?.kind === 'withdrawn') last.delete(b);
    const standing = [...last.values()];
    const removed = [...new Set(gone)].filter((b) => !last.has(b));
    const [row] = await tx.$queryRaw<Array<{ updated: number }>>`
      WITH pool AS (
        UPDATE group_buy_campaigns SET total = ${pool.total}::numeric, participants = ${pool.participants},
               version = version + 1, "updatedAt" = now()
        WHERE id = ${campaignId}::uuid AND version = ${expectedVersion}
        RETURNING id
      ), upserted AS (
        INSERT INTO group_buy_commitments ("campaignId", "buyerId", quantity, "deliveryMonth", "depositMinor",
               "depositStatus", "createdById", "departmentId", "joinedAt", "updatedAt")
        SELECT ${campaignId}::uuid, c.buyer, c.quantity, c.month, c.deposit, 'held', c.usr, c.dept,
               c.at::timestamptz AT TIME ZONE 'UTC', c.at::timestamptz AT TIME ZONE 'UTC'
        FROM unnest(${standing.map((w) => w.buyerId)}::uuid[], ${standing.map((w) => w.quantity)}::numeric[],
                    ${standing.map((w) => w.deliveryMonth)}::text[], ${standing.map((w) => w.depositMinor)}::bigint[],
                    ${standing.map((w) => w.userId)}::uuid[], ${standing.map((w) => w.departmentId)}::uuid[],
                    ${standing.map((w) => w.at.toISOString())}::text[])
          AS c(buyer, quantity, month, deposit, usr, dept, at)
        WHERE EXISTS (SELECT 1 FROM pool)
        ON CONFLICT ("campaignId", "buyerId") DO UPDATE SET quantity = EXCLUDED.quantity,
               "deliveryMonth" = EXCLUDED."deliveryMonth", "depositMinor" = EXCLUDED."depositMinor",
               "updatedAt" = EXCLUDED."updatedAt"
        RETURNING 1
      ), deleted AS (
        DELETE FROM group_buy_commitments
        WHERE "campaignId" = ${campaignId}::uuid AND "buyerId" = ANY(${removed}::uuid[]) AND EXISTS (SELECT 1 FROM pool)
        RETURNING 1
      ), logged AS (
        INSERT INTO group_buy_commitment_changes ("campaignId", "buyerId", "userId", kind, quantity, delta, total,
               "deliveryMonth", "depositMinor", at)
        SELECT ${campaignId}::uuid, c.buyer, c.usr, c.kind, c.quantity, c.delta, c.total, c.month, c.deposit,
               c.at::timestamptz AT TIME ZONE 'UTC'
        FROM unnest(${writes.map((w) => w.buyerId)}::uuid[], ${writes.map((w) => w.userId)}::uuid[],
                    ${writes.map((w) => w.kind)}::text[], ${writes.map((w) => w.quantity)}::numeric[],
                    ${writes.map((w) => w.delta)}::numeric[], ${writes.map((w) => w.total)}::numeric[],
                    ${writes.map((w) => w.deliveryMonth)}::text[], ${writes.map((w) => w.depositMinor)}::bigint[],
                    ${writes.map((w) => w.at.toISOString())}::text[])
          AS c(buyer, usr, kind, quantity, delta, total, month, deposit, at)
        WHERE EXISTS (SELECT 1 FROM pool)
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM pool)::int AS updated, (SELECT count(*) FROM upserted)::int AS upserted,
             (SELECT count(*) FROM deleted)::int AS deleted, (SELECT count(*) FROM logged)::int AS logged`;
    return row?.updated === 1;
  }

  /** A status change guarded by the status it leaves (false when another writer moved first). */
  async setStatus(
    tx: Tx,
    id: string,
    from: CampaignStatusValue,
    data: Prisma.GroupBuyCampaignUncheckedUpdateInput,
  ): Promise<boolean> {
    const r = await tx.groupBuyCampaign.updateMany({
      where: { id, status: from },
      data: { ...data, version: { increment: 1 } },
    });
    return r.count === 1;
  }

  addEvent(tx: Tx, data: Prisma.GroupBuyEventUncheckedCreateInput) {
    return tx.groupBuyEvent.create({ data });
  }

  /** A buyer company's kinds and province (who may join). */
  company(db: Db, id: string) {
    return db.company.findUnique({ where: { id }, select: { id: true, kinds: true, regionCode: true } });
  }

  /** The SKU a campaign sells: its seller, unit, product name and category VAT. */
  sku(db: Db, id: string) {
    return db.sku.findUnique({
      where: { id },
      select: {
        id: true,
        code: true,
        sellerId: true,
        unit: true,
        product: { select: { nameZh: true, nameEn: true, category: { select: { taxRateBps: true } } } },
      },
    });
  }

  skus(db: Db, ids: readonly string[]) {
    return db.sku.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, code: true, product: { select: { nameZh: true, nameEn: true } } },
    });
  }

  commitment(db: Db, campaignId: string, buyerId: string) {
    return db.groupBuyCommitment.findUnique({ where: { campaignId_buyerId: { campaignId, buyerId } } });
  }

  /** A page of campaigns (newest deadline last), with the total count. */
  async list(
    db: Db,
    where: Prisma.GroupBuyCampaignWhereInput,
    page: { skip: number; take: number },
    orderBy: Prisma.GroupBuyCampaignOrderByWithRelationInput[],
  ) {
    const [items, total] = await Promise.all([
      db.groupBuyCampaign.findMany({ where, orderBy, skip: page.skip, take: page.take }),
      db.groupBuyCampaign.count({ where }),
    ]);
    return { items, total };
  }

  /** Campaigns my company joined (ids), for "mine". */
  async joinedIds(db: Db, buyerId: string): Promise<string[]> {
    const rows = await db.groupBuyCommitment.findMany({ where: { buyerId }, select: { campaignId: true } });
    return rows.map((r) => r.campaignId);
  }

  participants(db: Db, campaignId: string) {
    return db.groupBuyCommitment.findMany({ where: { campaignId }, orderBy: { joinedAt: 'asc' } });
  }

  /** The pooled total after each change, in order (the monitor's curve). */
  totals(db: Db, campaignId: string) {
    return db.groupBuyCommitmentChange.findMany({
      where: { campaignId, kind: { in: ['joined', 'raised', 'reduced', 'withdrawn'] } },
      orderBy: { id: 'asc' },
      select: { at: true, total: true },
    });
  }

  /** Open campaigns whose deadline passed, and campaigns left settling (a worker died): the sweep's work. */
  async dueForSettlement(db: Db, now: Date): Promise<string[]> {
    const rows = await db.groupBuyCampaign.findMany({
      where: { OR: [{ status: 'open', deadline: { lte: now } }, { status: 'settling' }] },
      select: { id: true },
      orderBy: { deadline: 'asc' },
      take: 100,
    });
    return rows.map((r) => r.id);
  }

  /** Commitments the settlement has not yet turned into an order or released. */
  unsettled(tx: Tx, campaignId: string, take: number) {
    return tx.groupBuyCommitment.findMany({
      where: { campaignId, depositStatus: 'held', orderId: null },
      orderBy: { buyerId: 'asc' },
      take,
    });
  }

  /** Settles commitments: applied to their orders, or released; with their change rows. */
  async settle(
    tx: Tx,
    campaignId: string,
    done: ReadonlyArray<{
      buyerId: string;
      status: 'applied' | 'released';
      orderId: string | null;
      quantity: string;
      deliveryMonth: string;
      depositMinor: bigint;
      total: string;
    }>,
    at: Date,
  ): Promise<void> {
    for (const d of done) {
      await tx.groupBuyCommitment.update({
        where: { campaignId_buyerId: { campaignId, buyerId: d.buyerId } },
        data: { depositStatus: d.status, orderId: d.orderId },
      });
    }
    await tx.groupBuyCommitmentChange.createMany({
      data: done.map((d) => ({
        campaignId,
        buyerId: d.buyerId,
        userId: null,
        kind: d.status,
        quantity: d.quantity,
        delta: '0',
        total: d.total,
        deliveryMonth: d.deliveryMonth,
        depositMinor: d.depositMinor,
        orderId: d.orderId,
        at,
      })),
    });
  }

  // ---- commitments waiting for the buyer's approval ----------------------------------------------

  createRequest(tx: Tx, data: Prisma.GroupBuyCommitmentRequestUncheckedCreateInput) {
    return tx.groupBuyCommitmentRequest.create({ data });
  }

  findRequest(db: Db, id: string) {
    return db.groupBuyCommitmentRequest.findUnique({ where: { id } });
  }

  /**
   * Approved requests not yet joined, decided before `decidedBefore` (the process that should have
   * joined them died first), oldest first.
   */
  async approvedNotApplied(db: Db, decidedBefore: Date, limit = 100): Promise<string[]> {
    const rows = await db.groupBuyCommitmentRequest.findMany({
      where: { status: 'approved', decidedAt: { lt: decidedBefore } },
      orderBy: { decidedAt: 'asc' },
      take: limit,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** The latest request of a buyer in a campaign. */
  latestRequest(db: Db, campaignId: string, buyerId: string) {
    return db.groupBuyCommitmentRequest.findFirst({
      where: { campaignId, buyerId },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** A status change guarded by the status it leaves. */
  async setRequest(
    db: Db,
    id: string,
    from: 'pending_approval' | 'approved',
    data: Prisma.GroupBuyCommitmentRequestUncheckedUpdateInput,
  ): Promise<boolean> {
    const r = await db.groupBuyCommitmentRequest.updateMany({ where: { id, status: from }, data });
    return r.count === 1;
  }

  /** Approved requests never applied (the process died between the approval and the join). */
  approvedRequests(db: Db, campaignId: string) {
    return db.groupBuyCommitmentRequest.findMany({ where: { campaignId, status: 'approved' } });
  }
}
