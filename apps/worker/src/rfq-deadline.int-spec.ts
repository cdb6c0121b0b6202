import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, QUEUES, redisConnectionOptions } from '@tradeway/server/platform';
import { RFQ_DEADLINE_SCHEDULER_ID } from '@tradeway/server/rfq/feature';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { WorkerModule } from './worker.module';

/**
 * RFQ deadlines in the worker as it runs (DESIGN.md §5, §14): the sweep is registered once as a
 * job scheduler; a `close` job delayed to the deadline closes an RFQ with quotes and expires
 * one without; running it again changes nothing; a close job for an RFQ not yet due leaves it
 * open. A lost job is covered by the sweep, run here through BullMQ.
 */
describe('RFQ deadline jobs', { timeout: 60_000 }, () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let app: INestApplicationContext;
  let queue: Queue;
  let buyerId = '';
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
    const buyer = await make.company(['buyer'], { name: '华鑫食品' });
    const seller = await make.company(['seller'], { name: '桂糖制糖' });
    buyerId = buyer.id;
    sellerId = seller.id;
    userId = (await make.member(buyer.id, 'owner', 'owner@buyer.rfqjob.test')).user.id;
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await app.init();
    queue = new Queue(QUEUES.rfqDeadlines, {
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

  let n = 0;
  /** An open RFQ of the buyer, its deadline `agoMs` in the past (negative: in the future). */
  async function openRfq(agoMs: number, withQuote: boolean): Promise<string> {
    n += 1;
    const rfq = await db.prisma.rfq.create({
      data: {
        number: `RFQ-JOB-${n}`,
        buyerId,
        title: `白砂糖 ${n}`,
        deliveryDate: new Date(Date.now() + 30 * 86_400_000),
        deliveryRegion: 'CN-GD',
        acceptedPaymentTerms: ['cash'],
        deadline: new Date(Date.now() - agoMs),
        status: 'open',
        createdById: userId,
        publishedAt: new Date(Date.now() - 86_400_000),
        items: { create: { itemNo: 1, description: '白砂糖', quantity: '100', unit: 't' } },
        invitations: { create: { sellerId } },
      },
    });
    if (withQuote) {
      await db.prisma.rfqQuote.create({
        data: {
          rfqId: rfq.id,
          sellerId,
          status: 'active',
          currentVersion: 1,
          versions: {
            create: {
              version: 1,
              paymentTerm: 'cash',
              deliveryDate: new Date(Date.now() + 20 * 86_400_000),
              validUntil: new Date(Date.now() + 20 * 86_400_000),
              lines: [
                {
                  itemNo: 1,
                  quantity: '100',
                  unitPrice: '5900',
                  freightPerUnit: '0',
                  taxRateBps: 1300,
                  note: '',
                },
              ],
              createdById: userId,
            },
          },
        },
      });
    }
    return rfq.id;
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

  const statusOf = async (id: string) => (await db.prisma.rfq.findUniqueOrThrow({ where: { id } })).status;

  it('registers the sweep once as a scheduler', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain(RFQ_DEADLINE_SCHEDULER_ID);
    expect(schedulers.filter((s) => s.key === RFQ_DEADLINE_SCHEDULER_ID)).toHaveLength(1);
  });

  it('closes at the deadline, once: closed with quotes, expired without; not before the deadline', async () => {
    const quoted = await openRfq(1_000, true);
    const empty = await openRfq(1_000, false);
    const future = await openRfq(-3_600_000, true);
    expect(await finished(await queue.add('close', { rfqId: quoted }))).toEqual({ closed: true });
    expect(await finished(await queue.add('close', { rfqId: empty }))).toEqual({ closed: true });
    expect(await finished(await queue.add('close', { rfqId: future }))).toEqual({ closed: false });
    expect([await statusOf(quoted), await statusOf(empty), await statusOf(future)]).toEqual([
      'closed',
      'expired',
      'open',
    ]);
    // a second run (a retried job, a duplicate) changes nothing
    expect(await finished(await queue.add('close', { rfqId: quoted }))).toEqual({ closed: false });
    const events = await db.prisma.rfqEvent.findMany({ where: { rfqId: quoted, kind: 'rfq.closed' } });
    expect(events).toHaveLength(1);
    const audit = await db.prisma.auditEntry.findMany({ where: { subjectId: quoted, action: 'rfq.close' } });
    expect(audit).toHaveLength(1);
  });

  it('the sweep closes what a lost job left open', async () => {
    const lost = await openRfq(60_000, true);
    const run = (await finished(await queue.add('sweep', {}))) as { closed: number; expired: number };
    expect(run.closed).toBeGreaterThanOrEqual(1);
    expect(await statusOf(lost)).toBe('closed');
    const again = (await finished(await queue.add('sweep', {}))) as { closed: number };
    expect(again.closed).toBe(0);
  });
});
