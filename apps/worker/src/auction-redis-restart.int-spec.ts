import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genesisHash } from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { BidDesk, type BidReceipt } from '@tradeway/server/auction/feature';
import { loadConfig, PrismaService, QUEUES, redisConnectionOptions } from '@tradeway/server/platform';
import { createTestDatabase, factories, type TestDatabase } from '@tradeway/server/testing';
import { WorkerModule } from './worker.module';

/**
 * Fault test (issue 7): Redis restarts in the middle of a running auction. Redis runs here as
 * production runs it (DESIGN.md §14: AOF, fsync), in a server of the test's own so the
 * machine's shared Redis is left alone. Bids go on while Redis is down (they need only
 * PostgreSQL), no accepted bid is lost, and the close still happens once Redis is back.
 */
describe('an auction across a Redis restart', { timeout: 60_000 }, () => {
  let db: TestDatabase;
  let app: INestApplicationContext;
  let prisma: PrismaService;
  let desk: BidDesk;
  let redis: ChildProcess | null = null;
  let port = 0;
  const dir = mkdtempSync(path.join(tmpdir(), 'tw-redis-'));
  const redisUrl = () => `redis://127.0.0.1:${port}`;

  async function freePort(): Promise<number> {
    return new Promise((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = server.address() as { port: number };
        server.close(() => resolve(p));
      });
    });
  }

  async function startRedis(): Promise<void> {
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    );
    const probe = new Redis(redisUrl(), {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    probe.on('error', () => undefined); // refused while the server starts: expected
    for (let i = 0; ; i++) {
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') break;
      } catch {
        if (i > 100) throw new Error('redis-server did not start');
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    probe.disconnect();
  }

  async function killRedis(): Promise<void> {
    const child = redis;
    if (!child) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    redis = null;
  }

  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    db = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl(),
      QUEUE_PREFIX: 'tw-restart',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      HOUSEKEEPING_CRON: 'off',
      WORKER_SHUTDOWN_GRACE_MS: '500',
      AUCTION_SWEEP_EVERY_MS: '60000',
    });
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await app.init();
    prisma = new PrismaService(config);
    desk = new BidDesk(new AuctionRepository(prisma));
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.onModuleDestroy();
    await killRedis();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes bids while Redis is down, loses none, and closes once Redis is back', async () => {
    const make = factories(db.prisma);
    const owner = await make.company(['buyer'], { name: '华鑫食品' });
    const mills = await Promise.all([make.company(['seller']), make.company(['seller'])]);
    const user = (await make.member(owner.id, 'purchaser')).user.id;
    const id = randomUUID();
    const end = new Date(Date.now() + 4_000);
    await db.prisma.auction.create({
      data: {
        id,
        number: 'AUC-RESTART-1',
        ownerId: owner.id,
        direction: 'reverse',
        visibility: 'best_price',
        status: 'running',
        title: '白砂糖 100 吨',
        quantity: '100',
        unit: 't',
        deliveryRegion: 'CN-GD',
        deliveryDate: new Date(Date.now() + 30 * 86_400_000),
        paymentTerm: 'cash',
        openingPrice: '6000',
        minStepAmount: '1',
        startsAt: new Date(Date.now() - 1_000),
        endsAt: end,
        currentEnd: end,
        snipingWindowSeconds: 0,
        headHash: genesisHash(id),
        createdById: user,
        participants: { create: mills.map((m, i) => ({ companyId: m.id, aliasNo: i + 1 })) },
      },
    });
    // the close job the API queues when the auction is scheduled
    const queue = new Queue(QUEUES.auctionClock, {
      connection: redisConnectionOptions(redisUrl()),
      prefix: 'tw-restart',
    });
    await queue.add(
      'close',
      { auctionId: id },
      { jobId: `auction-close-${id}-${end.getTime()}`, delay: end.getTime() - Date.now() },
    );
    await queue.close();

    const receipts: BidReceipt[] = [];
    let price = 5_990;
    const bidNow = async (k: number) => {
      const mill = mills[k % 2] as { id: string };
      receipts.push(
        await desk.place(id, { companyId: mill.id, userId: null, price: BigInt(price) * 10_000n }),
      );
      price -= 1;
    };
    for (let k = 0; k < 10; k++) await bidNow(k);
    await killRedis();
    // Redis is down: bids go on, on PostgreSQL alone
    for (let k = 10; k < 30; k++) await bidNow(k);
    await new Promise((r) => setTimeout(r, 500));
    await startRedis();
    for (let k = 30; k < 40; k++) await bidNow(k);

    // every bid was answered, and every answered bid is in the log as answered
    expect(receipts.every((r) => r.kind === 'judged' && r.accepted)).toBe(true);
    const log = await db.prisma.auctionBid.findMany({ where: { auctionId: id }, orderBy: { seq: 'asc' } });
    expect(log.map((b) => [b.seq, b.outcome, b.hash])).toEqual(
      receipts.map((r) => (r.kind === 'judged' ? [r.seq, 'accepted', r.hash] : null)),
    );
    // the close job survived in Redis's log and closes the auction at its end
    const deadline = Date.now() + 20_000;
    for (;;) {
      const row = await db.prisma.auction.findUniqueOrThrow({ where: { id } });
      if (row.status === 'closed') {
        expect(row.acceptedBids).toBe(40);
        expect(row.closedAt?.getTime()).toBeGreaterThanOrEqual(end.getTime());
        break;
      }
      if (Date.now() > deadline) throw new Error(`the auction is still ${row.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  });
});
