import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_ACCEPT_SCHEDULER_ID, AutoAcceptanceJob, ReceiptService } from '@tradeway/server/orders/feature';
import { loadConfig, QUEUES, redisConnectionOptions } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { WorkerModule } from './worker.module';

const DAY = 86_400_000;

/**
 * The auto-acceptance job in the worker as it runs (DESIGN.md §8): the worker module on a real
 * database and Redis, its repeatable schedule registered once, a sweep run on demand through
 * BullMQ accepting exactly the delivered orders whose period has passed and that have no open
 * dispute; a second run changes nothing.
 */
describe('order auto-acceptance job', { timeout: 60_000 }, () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let app: INestApplicationContext;
  let queue: Queue;
  const ids = {} as Record<
    'due' | 'dueShortPeriod' | 'notDue' | 'disputed' | 'openDispute' | 'inFulfilment',
    string
  >;
  let buyerId = '';
  let sellerId = '';

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
    const buyer = await make.company(['buyer'], { name: '华鑫食品' });
    const seller = await make.company(['seller'], { name: '桂糖制糖' });
    buyerId = buyer.id;
    sellerId = seller.id;
    await make.member(buyer.id, 'owner', 'owner@buyer.auto.test');
    await make.member(seller.id, 'owner', 'owner@seller.auto.test');
    const now = Date.now();
    const order = (
      n: string,
      status: 'delivered' | 'disputed' | 'in_fulfilment',
      deliveredAgoMs: number | null,
      days = 7,
    ) =>
      db.prisma.order.create({
        data: {
          number: `PO-AUTO-${n}`,
          buyerId,
          sellerId,
          source: 'catalog_quote',
          channel: 'self_service',
          status,
          currency: 'CNY',
          paymentTerm: 'cash',
          delivery: { mode: 'delivery', region: 'CN-GD' },
          netMinor: 10000n,
          taxMinor: 1300n,
          totalMinor: 11300n,
          placedAt: new Date(now - 30 * DAY),
          deliveredAt: deliveredAgoMs === null ? null : new Date(now - deliveredAgoMs),
          autoAcceptDays: days,
          version: 5,
          lines: {
            create: {
              lineNo: 1,
              skuCode: 'WS-GB1',
              description: '白砂糖',
              quantity: '1',
              unit: 't',
              unitPrice: '100',
              taxRateBps: 1300,
              netMinor: 10000n,
              taxMinor: 1300n,
              totalMinor: 11300n,
            },
          },
        },
      });
    ids.due = (await order('1', 'delivered', 7 * DAY + 60_000)).id;
    ids.dueShortPeriod = (await order('2', 'delivered', DAY + 60_000, 1)).id;
    ids.notDue = (await order('3', 'delivered', 7 * DAY - 60_000)).id;
    ids.disputed = (await order('4', 'disputed', 30 * DAY)).id;
    // A delivered order with an unresolved dispute (cannot arise through the API; the sweep must still leave it).
    ids.openDispute = (await order('5', 'delivered', 30 * DAY)).id;
    ids.inFulfilment = (await order('6', 'in_fulfilment', null)).id;
    for (const orderId of [ids.disputed, ids.openDispute]) {
      await db.prisma.dispute.create({ data: { orderId, reason: 'short', openedById: buyerId } });
    }

    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await app.init();
    queue = new Queue(QUEUES.orderAutoAcceptance, {
      connection: redisConnectionOptions(redis.url),
      prefix: redis.prefix,
    });
  });

  afterAll(async () => {
    await queue?.close();
    await app?.close();
    await redis?.cleanup();
    await db?.drop();
  });

  /** Queues a sweep through the job and waits for the worker to finish it. */
  async function sweep(): Promise<{ accepted: number; skipped: number; failed: number }> {
    const id = await app.get(AutoAcceptanceJob).runNow();
    const deadline = Date.now() + 20_000;
    for (;;) {
      const job = await Job.fromId(queue, id);
      if (job?.finishedOn) {
        expect(job.failedReason ?? null).toBeNull();
        return job.returnvalue as { accepted: number; skipped: number; failed: number };
      }
      if (Date.now() > deadline) throw new Error(`sweep ${id} did not finish`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const statusOf = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries(ids).map(async ([k, id]) => [
          k,
          (await db.prisma.order.findUniqueOrThrow({ where: { id } })).status,
        ]),
      ),
    );

  it('is scheduled every 10 minutes under one scheduler id', async () => {
    const scheduler = await queue.getJobScheduler(AUTO_ACCEPT_SCHEDULER_ID);
    expect(scheduler?.pattern).toBe('*/10 * * * *');
    expect((await queue.getJobSchedulers()).filter((s) => s.key === AUTO_ACCEPT_SCHEDULER_ID)).toHaveLength(
      1,
    );
  });

  it('accepts exactly the delivered orders past their period without an open dispute', async () => {
    expect(await sweep()).toEqual({ accepted: 2, skipped: 0, failed: 0 });
    expect(await statusOf()).toEqual({
      due: 'accepted',
      dueShortPeriod: 'accepted',
      notDue: 'delivered',
      disputed: 'disputed',
      openDispute: 'delivered',
      inFulfilment: 'in_fulfilment',
    });
    const accepted = await db.prisma.order.findUniqueOrThrow({ where: { id: ids.due } });
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.version).toBe(6);
    const events = await db.prisma.orderEvent.findMany({ where: { orderId: ids.due } });
    expect(events.map((e) => e.kind)).toEqual(['order.auto_accepted']);
    expect(events[0]).toMatchObject({ actorCompanyId: null, actorUserId: null });
    expect(events[0]?.data).toMatchObject({ from: 'delivered', to: 'accepted', autoAcceptDays: 7 });
    const audit = await db.prisma.auditEntry.findMany({ where: { subjectId: ids.due } });
    expect(audit.map((a) => [a.action, a.actorUserId])).toEqual([['order.auto_accept', null]]);
    // Both sides hear of it.
    const mail = await db.prisma.outboxMail.findMany({ where: { text: { contains: 'PO-AUTO-1' } } });
    expect(mail.map((m) => m.to).sort()).toEqual(['owner@buyer.auto.test', 'owner@seller.auto.test']);
  });

  it('changes nothing when it runs again, through the queue or directly', async () => {
    const before = {
      events: await db.prisma.orderEvent.count(),
      audit: await db.prisma.auditEntry.count(),
      mail: await db.prisma.outboxMail.count(),
    };
    expect(await sweep()).toEqual({ accepted: 0, skipped: 0, failed: 0 });
    expect(await app.get(ReceiptService).autoAcceptDue()).toEqual({ accepted: 0, skipped: 0, failed: 0 });
    expect({
      events: await db.prisma.orderEvent.count(),
      audit: await db.prisma.auditEntry.count(),
      mail: await db.prisma.outboxMail.count(),
    }).toEqual(before);
  });

  it('accepts an order once its period has passed, at the instant it does', async () => {
    const service = app.get(ReceiptService);
    const notDue = await db.prisma.order.findUniqueOrThrow({ where: { id: ids.notDue } });
    const dueAt = new Date((notDue.deliveredAt?.getTime() ?? 0) + 7 * DAY);
    expect(await service.autoAcceptDue(new Date(dueAt.getTime() - 1))).toEqual({
      accepted: 0,
      skipped: 0,
      failed: 0,
    });
    expect(await service.autoAcceptDue(dueAt)).toEqual({ accepted: 1, skipped: 0, failed: 0 });
    expect((await statusOf())['notDue']).toBe('accepted');
  });
});
