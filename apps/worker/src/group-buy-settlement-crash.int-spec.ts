import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLEMENT_BATCH } from '@tradeway/server/group-buy/feature';
import { QUEUES, redisConnectionOptions } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { guangxiBuyers, sugarCampaign, sugarMill } from './testing/group-buy-fixture';
import { buildWorker, type WorkerProcesses } from './testing/worker-process';

/**
 * Issue 8, "Done when": the worker is killed in the middle of settling a campaign of 1 000
 * participants; after restart exactly one order per participant exists. Unlike
 * group-buy-settlement.int-spec.ts (a failure injected in process), here the real worker process
 * (the built main.js) gets SIGKILL while it settles — no shutdown hook runs, its open transaction
 * dies with its connections and its BullMQ job is left active — and a new process finishes.
 *
 * Settling 1 000 orders is ~25 s of one worker's time (~20 ms per order, a batch of 50 ~1 s); the
 * test took 40–60 s on a shared 2-core machine under load 4–12. The time-outs leave room for worse.
 */
const PARTICIPANTS = 1000;
/** 2 t each: 2 000 t in all, past the 1 000 t tier (¥4 800/t) and the 600 t minimum. */
const QUANTITY = '2.000';
/** 10 % of 2 t at the first tier's ¥5 000/t, in fen. */
const DEPOSIT_MINOR = 100_000n;

describe('group-buy settlement: worker process killed mid-way', { timeout: 150_000 }, () => {
  let workers: WorkerProcesses;
  let db: TestDatabase;
  let redis: TestRedis;
  let deadlines: Queue;
  let env: Record<string, string>;
  let campaignId = '';
  let sellerSalesEmail = '';

  beforeAll(async () => {
    workers = buildWorker();
    db = await createTestDatabase();
    redis = createTestRedis();
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      LOG_LEVEL: 'info',
      HOUSEKEEPING_CRON: 'off',
      WORKER_SHUTDOWN_GRACE_MS: '500',
      WORKER_LOCK_DURATION_MS: '2000',
      GROUP_BUY_SWEEP_EVERY_MS: '1000',
    };
    deadlines = new Queue(QUEUES.groupBuyDeadlines, {
      connection: redisConnectionOptions(redis.url),
      prefix: redis.prefix,
    });

    // A seller, its SKU, and 1 000 buyers committed to a campaign already past its deadline.
    sellerSalesEmail = 'sales@mill.gbcrash.test';
    const mill = await sugarMill(db.prisma, 'gbcrash', { salesEmail: sellerSalesEmail });
    const buyerIds = await guangxiBuyers(db.prisma, PARTICIPANTS);
    const now = Date.now();
    campaignId = await sugarCampaign(db.prisma, mill, {
      total: (Number(QUANTITY) * PARTICIPANTS).toFixed(3),
      participants: PARTICIPANTS,
      lockAt: new Date(now - 2_000),
      deadline: new Date(now - 1_000),
    });
    await db.prisma.groupBuyCommitment.createMany({
      data: buyerIds.map((buyerId) => ({
        campaignId,
        buyerId,
        quantity: QUANTITY,
        deliveryMonth: '2027-01',
        depositMinor: DEPOSIT_MINOR,
        createdById: mill.ownerId,
        joinedAt: new Date(now - 60_000),
        updatedAt: new Date(now - 60_000),
      })),
    });
  });

  afterAll(async () => {
    await workers?.cleanup();
    await deadlines?.close();
    await redis?.cleanup();
    await db?.drop();
  });

  const orderCount = () => db.prisma.order.count({ where: { source: 'group_buy', sourceId: campaignId } });
  const duplicates = () =>
    db.prisma.$queryRaw<{ buyerId: string; n: bigint }[]>`
      SELECT "buyerId", count(*) AS n FROM orders
      WHERE source = 'group_buy' AND "sourceId" = ${campaignId}::uuid
      GROUP BY "buyerId" HAVING count(*) > 1`;
  const commitments = (depositStatus: 'held' | 'applied' | 'released') =>
    db.prisma.groupBuyCommitment.count({ where: { campaignId, depositStatus } });
  const campaign = () => db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id: campaignId } });
  const events = (kind: string) => db.prisma.groupBuyEvent.count({ where: { campaignId, kind } });
  /** Everything the settlement writes, to compare before and after a re-run. */
  const footprint = async () => ({
    orders: await orderCount(),
    applied: await commitments('applied'),
    changes: await db.prisma.groupBuyCommitmentChange.count({ where: { campaignId } }),
    events: await db.prisma.groupBuyEvent.count({ where: { campaignId } }),
    audit: await db.prisma.auditEntry.count({ where: { subjectId: campaignId } }),
    mails: await db.prisma.outboxMail.count({ where: { to: sellerSalesEmail } }),
  });

  it('SIGKILL while settling 1 000 participants, then a new worker: exactly one order each', async () => {
    // The deadline job, as the product queues it when the campaign is published (the 1 s sweep
    // would find the campaign too).
    await deadlines.add('settle', { campaignId }, { jobId: `group-buy-settle-${campaignId}` });

    // 1. Worker A starts settling; a tight poll (20 ms, a batch of 50 takes ~1 s) sees its first
    //    batch committed, and A is killed while it works on the next one.
    const a = workers.startWorker(env);
    const seen = await workers.until(
      'the settlement under way',
      async () => {
        const n = await orderCount();
        return n > 0 && n < PARTICIPANTS ? n : undefined;
      },
      30_000,
      20,
    );
    a.proc.kill('SIGKILL');
    await a.exited;
    expect(a.proc.signalCode).toBe('SIGKILL');

    // 2. Partial and consistent: whole batches only, each order marked on its commitment.
    const partial = await orderCount();
    expect(partial).toBeGreaterThanOrEqual(seen);
    expect(partial).toBeLessThan(PARTICIPANTS);
    expect(partial % SETTLEMENT_BATCH).toBe(0);
    expect(await duplicates()).toEqual([]);
    expect(await commitments('applied')).toBe(partial);
    expect(await db.prisma.groupBuyCommitment.count({ where: { campaignId, orderId: { not: null } } })).toBe(
      partial,
    );
    expect(await commitments('held')).toBe(PARTICIPANTS - partial);
    const halfway = await campaign();
    expect([halfway.status, halfway.succeeded, halfway.finalPrice?.toFixed(0)]).toEqual([
      'settling',
      true,
      '4800',
    ]);
    expect(await events('campaign.succeeded')).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { subjectId: campaignId } })).toBe(0);

    // 3. Worker B, same configuration: A's job lapses and is retried, the sweep finds the campaign.
    const b = workers.startWorker(env);
    await workers.until(
      'the campaign settled',
      async () => (await campaign()).status === 'succeeded',
      90_000,
    );

    const orders = await db.prisma.order.findMany({
      where: { source: 'group_buy', sourceId: campaignId },
      select: { id: true, buyerId: true, netMinor: true },
    });
    expect(orders).toHaveLength(PARTICIPANTS);
    expect(new Set(orders.map((o) => o.buyerId)).size).toBe(PARTICIPANTS);
    expect(await duplicates()).toEqual([]);
    // every order at the final price: 2 t × ¥4 800
    expect(new Set(orders.map((o) => o.netMinor))).toEqual(new Set([960_000n]));
    // each commitment points at its own participant's order, deposit applied; nothing released
    const linked = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM group_buy_commitments c
      JOIN orders o ON o.id = c."orderId" AND o."buyerId" = c."buyerId" AND o."sourceId" = c."campaignId"
      WHERE c."campaignId" = ${campaignId}::uuid AND c."depositStatus" = 'applied'`;
    expect(linked[0]?.n).toBe(BigInt(PARTICIPANTS));
    expect(await commitments('applied')).toBe(PARTICIPANTS);
    expect(await commitments('held')).toBe(0);
    expect(await commitments('released')).toBe(0);
    // the change log has one 'applied' row per participant: A's rolled-back batch left none
    const changes = await db.prisma.groupBuyCommitmentChange.groupBy({
      by: ['kind'],
      where: { campaignId },
      _count: { _all: true },
    });
    expect(changes.map((c) => [c.kind, c._count._all])).toEqual([['applied', PARTICIPANTS]]);
    // the outcome is recorded and told once
    const done = await campaign();
    expect([done.status, done.finalPrice?.toFixed(0), done.settledAt]).toEqual([
      'succeeded',
      '4800',
      expect.any(Date),
    ]);
    expect(await events('campaign.settling')).toBe(1);
    expect(await events('campaign.succeeded')).toBe(1);
    expect(
      await db.prisma.auditEntry.count({ where: { subjectId: campaignId, action: 'group_buy.succeeded' } }),
    ).toBe(1);
    expect(await db.prisma.outboxMail.count({ where: { to: sellerSalesEmail } })).toBe(1);

    // 4. The deadline job once more, and a few sweeps: nothing changes.
    const before = await footprint();
    const again = await deadlines.add(
      'settle',
      { campaignId },
      { jobId: `group-buy-settle-${campaignId}-again` },
    );
    await workers.until('the third pass', async () => (await again.getState()) === 'completed');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await footprint()).toEqual(before);
    expect(await duplicates()).toEqual([]);

    b.proc.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  });
});
