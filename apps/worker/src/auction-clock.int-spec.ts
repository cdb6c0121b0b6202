import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genesisHash } from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { AUCTION_CLOCK_SCHEDULER_ID, BidDesk } from '@tradeway/server/auction/feature';
import { loadConfig, PrismaService, QUEUES, redisConnectionOptions } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { WorkerModule } from './worker.module';

/**
 * The auction clock in the worker as it runs (DESIGN.md §6, §14): start and close jobs apply
 * the lifecycle once; a close that finds the end moved by an extension waits for the new end
 * (a job for it is queued); what a worker that was down left behind is closed by the sweep;
 * and once closed, the bid desk refuses every bid.
 */
describe('auction clock jobs', { timeout: 60_000 }, () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let app: INestApplicationContext;
  let queue: Queue;
  let prisma: PrismaService;
  let desk: BidDesk;
  let ownerId = '';
  let sellerId = '';
  let userId = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = createTestRedis();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      HOUSEKEEPING_CRON: 'off',
      WORKER_SHUTDOWN_GRACE_MS: '500',
    });
    const make = factories(db.prisma);
    const owner = await make.company(['buyer'], { name: '华鑫食品' });
    const seller = await make.company(['seller'], { name: '桂糖制糖' });
    ownerId = owner.id;
    sellerId = seller.id;
    userId = (await make.member(owner.id, 'owner', 'owner@buyer.auctionjob.test')).user.id;
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await app.init();
    queue = new Queue(QUEUES.auctionClock, {
      connection: redisConnectionOptions(redis.url),
      prefix: redis.prefix,
    });
    prisma = new PrismaService(config);
    desk = new BidDesk(new AuctionRepository(prisma));
  });

  afterAll(async () => {
    await queue?.close();
    await app?.close();
    await prisma?.onModuleDestroy();
    await redis?.cleanup();
    await db?.drop();
  });

  /** An auction of the owner, starting and ending `startMs`/`endMs` from now. */
  async function auction(status: 'scheduled' | 'running', startMs: number, endMs: number): Promise<string> {
    const id = randomUUID();
    await db.prisma.auction.create({
      data: {
        id,
        number: `AUC-JOB-${id.slice(0, 8)}`,
        ownerId,
        direction: 'reverse',
        visibility: 'rank_only',
        status,
        title: '白砂糖 100 吨',
        quantity: '100',
        unit: 't',
        deliveryRegion: 'CN-GD',
        deliveryDate: new Date(Date.now() + 30 * 86_400_000),
        paymentTerm: 'cash',
        openingPrice: '6000',
        minStepAmount: '10',
        startsAt: new Date(Date.now() + startMs),
        endsAt: new Date(Date.now() + endMs),
        currentEnd: new Date(Date.now() + endMs),
        headHash: genesisHash(id),
        // no anti-sniping: these auctions end when the test says
        snipingWindowSeconds: 0,
        createdById: userId,
        participants: { create: { companyId: sellerId, aliasNo: 1 } },
      },
    });
    return id;
  }

  async function finished(job: Job): Promise<unknown> {
    const until = Date.now() + 20_000;
    for (;;) {
      const done = await Job.fromId(queue, String(job.id));
      if (done?.finishedOn) {
        expect(done.failedReason ?? null).toBeNull();
        return done.returnvalue;
      }
      if (Date.now() > until) throw new Error(`job ${job.id} did not finish`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const statusOf = async (id: string) =>
    (await db.prisma.auction.findUniqueOrThrow({ where: { id } })).status;

  it('registers the sweep once as a scheduler', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.filter((s) => s.key === AUCTION_CLOCK_SCHEDULER_ID)).toHaveLength(1);
  });

  it('starts at the start and closes at the end, once: closed with bids, expired without', async () => {
    const a = await auction('scheduled', -1_000, 1_500);
    expect(await finished(await queue.add('start', { auctionId: a }))).toMatchObject({
      changed: true,
      to: 'running',
    });
    expect(await desk.place(a, { companyId: sellerId, userId: null, price: 59_900_000n })).toMatchObject({
      accepted: true,
    });
    // not yet due: nothing changes, and a close job for the end is waiting
    const early = (await finished(await queue.add('close', { auctionId: a }))) as { changed: boolean };
    expect(early.changed).toBe(false);
    const end = (await db.prisma.auction.findUniqueOrThrow({ where: { id: a } })).currentEnd.getTime();
    expect(await queue.getJob(`auction-close-${a}-${end}`)).toBeTruthy();
    // at the end, the job queued for it closes the auction (no one has to ask again)
    const until = Date.now() + 15_000;
    while ((await statusOf(a)) !== 'closed') {
      if (Date.now() > until) throw new Error('the close job at the end did not close the auction');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(Date.now()).toBeGreaterThanOrEqual(end);
    // another close (a retried job, a duplicate, the sweep) changes nothing
    expect(await finished(await queue.add('close', { auctionId: a }))).toMatchObject({ changed: false });
    expect(await statusOf(a)).toBe('closed');
    expect(await db.prisma.auctionEvent.count({ where: { auctionId: a, kind: 'auction.closed' } })).toBe(1);
    const audit = await db.prisma.auditEntry.findMany({ where: { subjectId: a, action: 'auction.close' } });
    expect(audit).toHaveLength(1);
    // the close seals the head of the log in the audit log
    const row = await db.prisma.auction.findUniqueOrThrow({ where: { id: a } });
    expect(audit[0]?.after).toMatchObject({ lastSeq: 1, headHash: row.headHash });
    // once closed, the desk refuses bids whatever their time
    expect(await desk.place(a, { companyId: sellerId, userId: null, price: 59_000_000n })).toMatchObject({
      accepted: false,
      error: { code: 'BID_AUCTION_NOT_RUNNING' },
    });

    const empty = await auction('running', -60_000, -1_000);
    expect(await finished(await queue.add('close', { auctionId: empty }))).toMatchObject({ to: 'expired' });
  });

  it('the sweep closes what a worker that was down left open, and starts what is due', async () => {
    const late = await auction('running', -120_000, -60_000);
    await db.prisma.auctionBid.create({
      data: {
        auctionId: late,
        seq: 1,
        companyId: sellerId,
        aliasNo: 1,
        price: '5900',
        receivedAt: new Date(Date.now() - 90_000),
        outcome: 'accepted',
        hash: 'a'.repeat(64),
      },
    });
    await db.prisma.auction.update({ where: { id: late }, data: { acceptedBids: 1, lastSeq: 1 } });
    const due = await auction('scheduled', -1_000, 3_600_000);
    const run = (await finished(await queue.add('sweep', {}))) as { started: number; closed: number };
    expect(run.closed).toBeGreaterThanOrEqual(1);
    expect(run.started).toBeGreaterThanOrEqual(1);
    expect([await statusOf(late), await statusOf(due)]).toEqual(['closed', 'running']);
    const again = (await finished(await queue.add('sweep', {}))) as { started: number; closed: number };
    expect(again).toEqual({ started: 0, closed: 0 });
  });
});
