import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  genesisHash,
  replayBids,
  verifyBidLog,
  type AuctionRules,
  type RecordedAttempt,
} from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, factories, type TestDatabase } from '@tradeway/server/testing';
import { aliasOf, rulesOf, storedPrice } from './auction-rules-of';
import { BidDesk, type BidReceipt } from './bid-desk';

/**
 * The bid desk on a real PostgreSQL under a storm: 200 bidders firing random bids at one
 * reverse auction for 30 s, across its end (with anti-sniping extensions and a hard stop),
 * through two desks with their own connections (two API processes racing for the same row).
 * Everything recorded is checked against the pure rules afterwards.
 */
const BIDDERS = 200;
const STORM_MS = 30_000;

describe('the bid desk', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let otherProcess: PrismaService;
  let repo: AuctionRepository;
  let desk: BidDesk;
  let otherDesk: BidDesk;
  let owner: { id: string };
  let creator: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new AuctionRepository(prisma);
    desk = new BidDesk(repo);
    otherProcess = new PrismaService(
      loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }),
    );
    otherDesk = new BidDesk(new AuctionRepository(otherProcess));
    const make = factories(db.prisma);
    owner = await make.company(['buyer'], { name: '华鑫食品' });
    creator = (await make.member(owner.id, 'purchaser')).user.id;
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await otherProcess?.onModuleDestroy();
    await db?.drop();
  });

  async function auction(over: {
    startsAt: Date;
    endsAt: Date;
    hardStopAt?: Date | null;
    windowSeconds?: number;
    extensionSeconds?: number;
    visibility?: 'best_price' | 'rank_only' | 'sealed';
    bidders: string[];
    suspended?: string[];
  }) {
    const id = randomUUID();
    await db.prisma.auction.create({
      data: {
        id,
        number: `AUC-TEST-${id.slice(0, 8)}`,
        ownerId: owner.id,
        direction: 'reverse',
        visibility: over.visibility ?? 'best_price',
        status: 'running',
        title: '一级白砂糖 500 吨',
        quantity: '500',
        unit: 't',
        deliveryRegion: 'CN-SD',
        deliveryDate: new Date('2026-12-20'),
        paymentTerm: 'net30',
        openingPrice: '6000',
        minStepAmount: '1',
        maxStepAmount: '200',
        startsAt: over.startsAt,
        endsAt: over.endsAt,
        currentEnd: over.endsAt,
        snipingWindowSeconds: over.windowSeconds ?? 300,
        extensionSeconds: over.extensionSeconds ?? 300,
        hardStopAt: over.hardStopAt ?? null,
        headHash: genesisHash(id),
        createdById: creator,
        participants: {
          create: over.bidders.map((companyId, i) => ({
            companyId,
            aliasNo: i + 1,
            status: over.suspended?.includes(companyId) ? ('suspended' as const) : ('invited' as const),
          })),
        },
      },
    });
    return id;
  }

  async function sellers(n: number): Promise<string[]> {
    const ids = Array.from({ length: n }, () => randomUUID());
    await db.prisma.company.createMany({
      data: ids.map((id, i) => ({
        id,
        code: `s-${id.slice(0, 8)}`,
        name: `糖厂 ${i + 1}`,
        kinds: ['seller' as const],
        region: '广西',
      })),
    });
    return ids;
  }

  const yuan = (v: number) => BigInt(Math.round(v * 10_000));

  it('judges a storm of 200 bidders over 30 s exactly as the pure rules do, with no accepted bid after the end', async () => {
    const bidders = await sellers(BIDDERS);
    const t0 = Date.now();
    const id = await auction({
      startsAt: new Date(t0 - 1_000),
      endsAt: new Date(t0 + 15_000),
      windowSeconds: 4,
      extensionSeconds: 3,
      hardStopAt: new Date(t0 + 24_000),
      bidders,
      suspended: [bidders[7] as string],
    });
    const outsider = randomUUID();
    const receipts: Array<{ companyId: string; price: bigint; receipt: BidReceipt }> = [];
    let best = 6000;
    // every bidder bids against the best it last saw: most attempts race each other and lose
    await Promise.all(
      bidders.map(async (companyId, i) => {
        while (Date.now() - t0 < STORM_MS) {
          const roll = Math.random();
          const price =
            roll < 0.02
              ? yuan(best - 500)
              : roll < 0.1
                ? yuan(best + 5)
                : yuan(best - 1 - Math.floor(Math.random() * 3));
          // half the bidders reach one API process, half the other
          const receipt = await (i % 2 === 0 ? desk : otherDesk).place(id, {
            companyId,
            userId: null,
            price,
          });
          receipts.push({ companyId, price, receipt });
          if (receipt.kind === 'judged' && receipt.accepted) best = Math.min(best, Number(price) / 10_000);
          if (i % 50 === 0 && Math.random() < 0.05) {
            const stray = await desk.place(id, { companyId: outsider, userId: null, price: yuan(best - 1) });
            expect(stray).toEqual({ kind: 'not_found' });
          }
        }
      }),
    );

    const row = await db.prisma.auction.findUniqueOrThrow({ where: { id } });
    const log = await repo.bidLog(db.prisma, id);
    const judged = receipts.filter((r) => r.receipt.kind === 'judged');
    // every attempt is in the log, under the sequence number its bidder was told; no gaps
    expect(log.length).toBe(judged.length);
    expect(log.map((b) => b.seq)).toEqual(Array.from({ length: log.length }, (_, k) => k + 1));
    expect(row.lastSeq).toBe(log.length);
    const told = judged
      .map(({ receipt, companyId }) =>
        receipt.kind === 'judged'
          ? `${receipt.seq}|${companyId}|${receipt.accepted ? 'accepted' : receipt.error?.code}|${receipt.hash}`
          : '',
      )
      .sort((a, b) => Number(a.split('|')[0]) - Number(b.split('|')[0]));
    expect(told).toEqual(log.map((b) => `${b.seq}|${b.companyId}|${b.outcome}|${b.hash}`));
    // a busy storm: many accepted, many refused, some late, extensions up to the hard stop
    const outcomes = log.map((b) => b.outcome);
    const accepted = log.filter((b) => b.outcome === 'accepted');
    expect(accepted.length).toBeGreaterThan(100);
    expect(outcomes).toContain('BID_STEP_TOO_SMALL');
    expect(outcomes).toContain('BID_STEP_TOO_LARGE');
    expect(outcomes).toContain('BID_AUCTION_ENDED');
    expect(outcomes).toContain('BID_BIDDER_SUSPENDED');
    expect(row.extensions).toBeGreaterThan(0);
    expect(row.currentEnd.getTime()).toBeLessThanOrEqual(t0 + 24_000);
    expect(row.acceptedBids).toBe(accepted.length);
    // strictly improving by at least the step, and none at or after the end
    for (let k = 1; k < accepted.length; k++) {
      expect(storedPrice(accepted[k]?.price.toFixed(4) ?? '')).toBeLessThanOrEqual(
        storedPrice(accepted[k - 1]?.price.toFixed(4) ?? '') - 10_000n,
      );
    }
    for (const b of accepted) expect(b.receivedAt.getTime()).toBeLessThan(row.currentEnd.getTime());
    // the replay of the log through the pure rules decides every attempt the same way
    const lockedRow = await db.prisma.$transaction((tx) => repo.lockForBids(tx, id));
    const rules: AuctionRules = rulesOf(lockedRow ?? (undefined as never));
    const suspended = bidders[7];
    const recorded: RecordedAttempt[] = log.map((b) => ({
      seq: b.seq,
      bidderId: b.companyId,
      price: storedPrice(b.price.toFixed(4)),
      receivedAt: b.receivedAt,
      standing: b.companyId === suspended ? 'suspended' : 'invited',
      outcome: b.outcome,
    }));
    const replay = replayBids(rules, recorded);
    expect(replay.ok).toBe(true);
    if (replay.ok) expect(replay.state.currentEnd).toEqual(row.currentEnd);
    // the chain verifies and its head is the auction's
    const verdict = verifyBidLog(
      id,
      log.map((b) => ({
        auctionId: id,
        seq: b.seq,
        alias: aliasOf('reverse', b.aliasNo),
        price: b.price.toFixed(4),
        receivedAt: b.receivedAt.toISOString(),
        outcome: b.outcome,
        hash: b.hash,
      })),
    );
    expect(verdict).toEqual({ ok: true, entries: log.length, head: row.headHash });
  }, 90_000);

  it('refuses to change or delete a recorded bid', async () => {
    const [a] = await sellers(1);
    const id = await auction({
      startsAt: new Date(Date.now() - 1000),
      endsAt: new Date(Date.now() + 60_000),
      bidders: [a as string],
    });
    const r = await desk.place(id, { companyId: a as string, userId: null, price: yuan(5990) });
    expect(r).toMatchObject({ kind: 'judged', seq: 1, accepted: true, rank: 1 });
    await expect(
      db.prisma.auctionBid.updateMany({ where: { auctionId: id }, data: { price: '1' } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.prisma.auctionBid.deleteMany({ where: { auctionId: id } })).rejects.toThrow(/immutable/);
  });
});
