import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';

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

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: 30_000 });
  }

  async nextAuctionNumber(tx: Tx, day: string): Promise<string> {
    const [row] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('auction_number_seq') AS n`;
    return `AUC-${day.replaceAll('-', '')}-${(row?.n ?? 0n).toString().padStart(6, '0')}`;
  }

  // ---- the bid path ---------------------------------------------------------------------------

  /** The auction's rules and live state, its row locked until the transaction ends (bids one at a time). */
  async lockForBids(tx: Tx, auctionId: string): Promise<AuctionBidRow | null> {
    const rows = await tx.$queryRaw<AuctionBidRow[]>`
      SELECT id, "ownerId", direction::text AS direction, visibility::text AS visibility,
             status::text AS status, "openingPrice"::text AS "openingPrice",
             "reservePrice"::text AS "reservePrice", "minStepAmount"::text AS "minStepAmount",
             "minStepBps", "maxStepAmount"::text AS "maxStepAmount", "maxStepBps", "startsAt",
             "endsAt", "currentEnd", extensions, "snipingWindowSeconds", "extensionSeconds",
             "maxExtensions", "hardStopAt", "triggerRank", "lastSeq", "headHash", "acceptedBids", version
      FROM auctions WHERE id = ${auctionId}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  /** Every participant with its best accepted bid (the ranking's input). */
  participants(db: Db, auctionId: string): Promise<ParticipantRow[]> {
    return db.$queryRaw<ParticipantRow[]>`
      SELECT p."companyId", p."aliasNo", p.status::text AS status, p."bestPrice"::text AS "bestPrice",
             p."bestSeq", b."receivedAt" AS "bestAt"
      FROM auction_participants p
      LEFT JOIN auction_bids b ON b."auctionId" = p."auctionId" AND b.seq = p."bestSeq"
      WHERE p."auctionId" = ${auctionId}::uuid
      ORDER BY p."aliasNo"`;
  }

  /**
   * Writes a batch of judged bids: the log rows, the auction's live state (only if nobody else
   * wrote since `expectedSeq`: the caller holds the row lock, this is a second guard) and the
   * bidders' new bests. Returns false when the auction moved on.
   */
  async writeBids(
    tx: Tx,
    auctionId: string,
    expectedSeq: number,
    bids: readonly BidRowInput[],
    live: LiveUpdate,
    bests: ReadonlyArray<{ companyId: string; price: string; seq: number }>,
  ): Promise<boolean> {
    const updated = await tx.$executeRaw`
      UPDATE auctions SET status = ${live.status}::"AuctionStatus", "currentEnd" = ${live.currentEnd},
             extensions = ${live.extensions}, "lastSeq" = ${live.lastSeq}, "headHash" = ${live.headHash},
             "acceptedBids" = ${live.acceptedBids},
             "startedAt" = COALESCE("startedAt", CASE WHEN ${live.status} = 'running' THEN now() END)
      WHERE id = ${auctionId}::uuid AND "lastSeq" = ${expectedSeq}`;
    if (updated !== 1) return false;
    await tx.$executeRaw`
      INSERT INTO auction_bids ("auctionId", seq, "companyId", "userId", "aliasNo", price, "receivedAt", outcome, hash)
      SELECT ${auctionId}::uuid, b.seq, b.company, b.usr, b.alias, b.price,
             b.at::timestamptz AT TIME ZONE 'UTC', b.outcome, b.hash
      FROM unnest(${bids.map((b) => b.seq)}::int[], ${bids.map((b) => b.companyId)}::uuid[],
                  ${bids.map((b) => b.userId)}::uuid[], ${bids.map((b) => b.aliasNo)}::int[],
                  ${bids.map((b) => b.price)}::numeric[], ${bids.map((b) => b.receivedAt.toISOString())}::text[],
                  ${bids.map((b) => b.outcome)}::text[], ${bids.map((b) => b.hash)}::text[])
        AS b(seq, company, usr, alias, price, at, outcome, hash)`;
    if (bests.length > 0) {
      await tx.$executeRaw`
        UPDATE auction_participants p SET "bestPrice" = n.price, "bestSeq" = n.seq
        FROM unnest(${bests.map((b) => b.companyId)}::uuid[], ${bests.map((b) => b.price)}::numeric[],
                    ${bests.map((b) => b.seq)}::int[]) AS n(company, price, seq)
        WHERE p."auctionId" = ${auctionId}::uuid AND p."companyId" = n.company`;
    }
    return true;
  }

  /** The whole bid log in sequence order. */
  bidLog(db: Db, auctionId: string) {
    return db.auctionBid.findMany({ where: { auctionId }, orderBy: { seq: 'asc' } });
  }
}
