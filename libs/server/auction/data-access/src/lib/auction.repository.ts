import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type RawSql } from '@tradeway/server/platform';

type Tx = Prisma.TransactionClient;
type Db = Tx | PrismaService['client'];

/** The auction row as the bid path reads it, under its lock. */
export interface AuctionBidRow {
  id: string;
  ownerId: string;
  direction: 'reverse' | 'forward';
  visibility: 'rank_only' | 'best_price' | 'sealed';
  status: 'draft' | 'scheduled' | 'running' | 'closed' | 'awarded' | 'cancelled' | 'expired';
  openingPrice: string;
  reservePrice: string | null;
  minStepAmount: string | null;
  minStepBps: number | null;
  maxStepAmount: string | null;
  maxStepBps: number | null;
  startsAt: Date;
  endsAt: Date;
  currentEnd: Date;
  extensions: number;
  snipingWindowSeconds: number;
  extensionSeconds: number;
  maxExtensions: number | null;
  hardStopAt: Date | null;
  triggerRank: number;
  lastSeq: number;
  headHash: string;
  acceptedBids: number;
  version: number;
}

export interface ParticipantRow {
  companyId: string;
  aliasNo: number;
  status: 'invited' | 'suspended';
  /** 4 places, or null before its first accepted bid. */
  bestPrice: string | null;
  bestSeq: number | null;
  bestAt: Date | null;
}

export interface BidRowInput {
  seq: number;
  companyId: string;
  userId: string | null;
  aliasNo: number;
  /** 4 places */
  price: string;
  receivedAt: Date;
  outcome: string;
  hash: string;
}

export interface LiveUpdate {
  status: AuctionBidRow['status'];
  currentEnd: Date;
  extensions: number;
  lastSeq: number;
  headHash: string;
  acceptedBids: number;
}

/** The columns of an auction that judging bids needs (`AuctionBidRow`). */
const BID_ROW = Prisma.sql`
  SELECT id, "ownerId", direction::text AS direction, visibility::text AS visibility,
         status::text AS status, "openingPrice"::text AS "openingPrice",
         "reservePrice"::text AS "reservePrice", "minStepAmount"::text AS "minStepAmount",
         "minStepBps", "maxStepAmount"::text AS "maxStepAmount", "maxStepBps", "startsAt",
         "endsAt", "currentEnd", extensions, "snipingWindowSeconds", "extensionSeconds",
         "maxExtensions", "hardStopAt", "triggerRank", "lastSeq", "headHash", "acceptedBids", version
  FROM auctions`;

/**
 * The only code of the auction context that talks to Prisma. The bid path is written in plain
 * SQL: it runs hundreds of times a second on one row.
 */
@Injectable()
export class AuctionRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  /** The bid path's runner: the same database without Prisma (decision 0024). */
  get sql() {
    return this.prisma.sql;
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: 30_000 });
  }

  async nextAuctionNumber(tx: Tx, day: string): Promise<string> {
    const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('auction_number_seq') AS n`;
    return `AUC-${day.replaceAll('-', '')}-${(row?.n ?? 0n).toString().padStart(6, '0')}`;
  }

  // ---- auctions -------------------------------------------------------------------------------

  createAuction(tx: Tx, data: Prisma.AuctionUncheckedCreateInput) {
    return tx.auction.create({ data });
  }

  findAuction(db: Db, id: string) {
    return db.auction.findUnique({ where: { id } });
  }

  participant(db: Db, auctionId: string, companyId: string) {
    return db.auctionParticipant.findUnique({ where: { auctionId_companyId: { auctionId, companyId } } });
  }

  /** Sets a participant's standing and bumps the auction's version (bid desks reload). */
  async setParticipantStatus(tx: Tx, auctionId: string, companyId: string, status: 'invited' | 'suspended') {
    const n = await tx.auctionParticipant.updateMany({ where: { auctionId, companyId }, data: { status } });
    if (n.count === 1)
      await tx.auction.update({ where: { id: auctionId }, data: { version: { increment: 1 } } });
    return n.count === 1;
  }

  /** Companies among `ids` that are of `kind` (sellers for a reverse auction, buyers for a forward one). */
  async companiesOfKind(db: Db, ids: readonly string[], kind: 'buyer' | 'seller'): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.company.findMany({
      where: { id: { in: [...new Set(ids)] }, kinds: { has: kind } },
      select: { id: true },
    });
    return new Set(rows.map((r) => r.id));
  }

  async companyKinds(db: Db, id: string): Promise<string[]> {
    const c = await db.company.findUnique({ where: { id }, select: { kinds: true } });
    return c?.kinds ?? [];
  }

  /** Auctions the company runs or is invited to (never a draft of someone else), newest first. */
  async list(
    db: Db,
    companyId: string,
    filter: { page: number; pageSize: number; side?: 'owner' | 'bidder'; status?: readonly string[] },
  ) {
    const mine = { ownerId: companyId };
    const invited = { participants: { some: { companyId } }, status: { not: 'draft' as const } };
    const where: Prisma.AuctionWhereInput = {
      ...(filter.side === 'owner' ? mine : filter.side === 'bidder' ? invited : { OR: [mine, invited] }),
      ...(filter.status?.length
        ? { status: { in: filter.status as Prisma.EnumAuctionStatusFilter['in'] } }
        : {}),
    };
    const [rows, total] = await Promise.all([
      db.auction.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (filter.page - 1) * filter.pageSize,
        take: filter.pageSize,
      }),
      db.auction.count({ where }),
    ]);
    return { rows, total };
  }

  /** Moves the auction from `from` (only if it is still there): the lifecycle's writes. */
  async setStatus(
    tx: Tx,
    id: string,
    from: string,
    data: Omit<Prisma.AuctionUncheckedUpdateManyInput, 'status'> & {
      status: Prisma.AuctionUncheckedUpdateManyInput['status'];
    },
  ): Promise<boolean> {
    const r = await tx.auction.updateMany({
      where: { id, status: from as Prisma.EnumAuctionStatusFilter['equals'] },
      data: { ...data, version: { increment: 1 } },
    });
    return r.count === 1;
  }

  addEvent(
    tx: Tx,
    data: {
      auctionId: string;
      kind: string;
      actorCompanyId: string | null;
      actorUserId: string | null;
      data?: Prisma.InputJsonObject;
      at: Date;
    },
  ) {
    return tx.auctionEvent.create({ data: { ...data, data: data.data ?? {} } });
  }

  /** Scheduled auctions whose start has come, and running or scheduled ones whose end has passed. */
  async dueForClock(db: Db, now: Date, limit: number): Promise<{ toStart: string[]; toClose: string[] }> {
    const [toStart, toClose] = await Promise.all([
      db.auction.findMany({
        where: { status: 'scheduled', startsAt: { lte: now }, currentEnd: { gt: now } },
        orderBy: { startsAt: 'asc' },
        take: limit,
        select: { id: true },
      }),
      db.auction.findMany({
        where: { status: { in: ['scheduled', 'running'] }, currentEnd: { lte: now } },
        orderBy: { currentEnd: 'asc' },
        take: limit,
        select: { id: true },
      }),
    ]);
    return { toStart: toStart.map((r) => r.id), toClose: toClose.map((r) => r.id) };
  }

  // ---- awards ---------------------------------------------------------------------------------

  createAward(tx: Tx, data: Prisma.AuctionAwardUncheckedCreateInput) {
    return tx.auctionAward.create({ data });
  }

  /** The latest award of the auction (pending, approved or rejected), or null. */
  latestAward(db: Db, auctionId: string) {
    return db.auctionAward.findFirst({ where: { auctionId }, orderBy: { createdAt: 'desc' } });
  }

  findAward(db: Db, awardId: string) {
    return db.auctionAward.findUnique({ where: { id: awardId } });
  }

  /** Decides a pending award (only if still pending); false when it was not. */
  async decideAward(
    tx: Tx,
    awardId: string,
    data: { status: 'approved' | 'rejected'; decidedAt: Date; orderId?: string },
  ): Promise<boolean> {
    const n = await tx.auctionAward.updateMany({ where: { id: awardId, status: 'pending_approval' }, data });
    return n.count === 1;
  }

  /** The VAT rate of the SKU's category, or null without a SKU. */
  async skuTax(db: Db, skuId: string | null): Promise<{ code: string; taxRateBps: number } | null> {
    if (!skuId) return null;
    const sku = await db.sku.findUnique({
      where: { id: skuId },
      select: { code: true, product: { select: { category: { select: { taxRateBps: true } } } } },
    });
    return sku ? { code: sku.code, taxRateBps: sku.product.category.taxRateBps } : null;
  }

  // ---- the bid path ---------------------------------------------------------------------------

  /** The auction's rules and live state, its row locked until the transaction ends (the close, the award). */
  async lockForBids(tx: RawSql, auctionId: string): Promise<AuctionBidRow | null> {
    const rows = await tx.$queryRaw<AuctionBidRow[]>`/* prepare */
      ${BID_ROW} WHERE id = ${auctionId}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  /**
   * The same row, not locked: the bid desk reads it, judges a batch and writes it guarded by the
   * row's last sequence number and version (`writeBids`), so a writer in between (another API
   * process, the close, a suspension) makes the batch be judged again.
   */
  async bidRow(db: RawSql, auctionId: string): Promise<AuctionBidRow | null> {
    const rows = await db.$queryRaw<AuctionBidRow[]>`/* prepare */ ${BID_ROW} WHERE id = ${auctionId}::uuid`;
    return rows[0] ?? null;
  }

  /** Every participant with its best accepted bid (the ranking's input). */
  async participants(db: RawSql, auctionId: string): Promise<ParticipantRow[]> {
    return await db.$queryRaw<ParticipantRow[]>`
      SELECT p."companyId", p."aliasNo", p.status::text AS status, p."bestPrice"::text AS "bestPrice",
             p."bestSeq", b."receivedAt" AS "bestAt"
      FROM auction_participants p
      LEFT JOIN auction_bids b ON b."auctionId" = p."auctionId" AND b.seq = p."bestSeq"
      WHERE p."auctionId" = ${auctionId}::uuid
      ORDER BY p."aliasNo"`;
  }

  /**
   * Writes a batch of judged bids in one statement: the log rows, the auction's live state and the
   * bidders' new bests — only if nobody else wrote since the batch read the row (its last sequence
   * number and version are still `expected`). Returns false when the auction moved on.
   */
  async writeBids(
    tx: RawSql,
    auctionId: string,
    expected: { lastSeq: number; version: number },
    bids: readonly BidRowInput[],
    live: LiveUpdate,
    bests: ReadonlyArray<{ companyId: string; price: string; seq: number }>,
  ): Promise<boolean> {
    // one statement, one round trip: the live state (guarded), the log rows, the new bests
    const [row] = await tx.$queryRaw<Array<{ updated: number }>>`
      WITH live AS (
        UPDATE auctions SET status = ${live.status}::"AuctionStatus", "currentEnd" = ${live.currentEnd},
               extensions = ${live.extensions}, "lastSeq" = ${live.lastSeq}, "headHash" = ${live.headHash},
               "acceptedBids" = ${live.acceptedBids},
               "startedAt" = COALESCE("startedAt", CASE WHEN ${live.status} = 'running' THEN now() END)
        WHERE id = ${auctionId}::uuid AND "lastSeq" = ${expected.lastSeq} AND version = ${expected.version}
        RETURNING id
      ), logged AS (
        INSERT INTO auction_bids ("auctionId", seq, "companyId", "userId", "aliasNo", price, "receivedAt", outcome, hash)
        SELECT ${auctionId}::uuid, b.seq, b.company, b.usr, b.alias, b.price,
               b.at::timestamptz AT TIME ZONE 'UTC', b.outcome, b.hash
        FROM unnest(${bids.map((b) => b.seq)}::int[], ${bids.map((b) => b.companyId)}::uuid[],
                    ${bids.map((b) => b.userId)}::uuid[], ${bids.map((b) => b.aliasNo)}::int[],
                    ${bids.map((b) => b.price)}::numeric[], ${bids.map((b) => b.receivedAt.toISOString())}::text[],
                    ${bids.map((b) => b.outcome)}::text[], ${bids.map((b) => b.hash)}::text[])
          AS b(seq, company, usr, alias, price, at, outcome, hash)
        WHERE EXISTS (SELECT 1 FROM live)
        RETURNING 1
      ), bests AS (
        UPDATE auction_participants p SET "bestPrice" = n.price, "bestSeq" = n.seq
        FROM unnest(${bests.map((b) => b.companyId)}::uuid[], ${bests.map((b) => b.price)}::numeric[],
                    ${bests.map((b) => b.seq)}::int[]) AS n(company, price, seq)
        WHERE p."auctionId" = ${auctionId}::uuid AND p."companyId" = n.company AND EXISTS (SELECT 1 FROM live)
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM live)::int AS updated, (SELECT count(*) FROM logged)::int AS logged,
             (SELECT count(*) FROM bests)::int AS bested`;
    if (row?.updated !== 1) return false;
    return true;
  }

  /** The accepted bids in sequence order (the price curve). */
  acceptedBids(db: Db, auctionId: string) {
    return db.auctionBid.findMany({
      where: { auctionId, outcome: 'accepted' },
      orderBy: { seq: 'asc' },
      select: { seq: true, receivedAt: true, aliasNo: true, price: true },
    });
  }

  /** The whole bid log in sequence order. */
  bidLog(db: Db, auctionId: string) {
    return db.auctionBid.findMany({ where: { auctionId }, orderBy: { seq: 'asc' } });
  }
}
