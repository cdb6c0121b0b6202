import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupBuyRepository } from '@tradeway/server/group-buy/data-access';
import {
  CommitmentApprovals,
  GroupBuySettlementService,
  JoinDesk,
  type CommitOutcome,
} from '@tradeway/server/group-buy/feature';
import { AuditService, loadConfig, OrderPlacementGateway, PrismaService } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { guangxiBuyers, sugarCampaign, sugarMill } from './testing/group-buy-fixture';
import { WorkerModule } from './worker.module';

/**
 * Group buys under load and failure (DESIGN.md §7, issue 8), on a real PostgreSQL:
 * - 500 buyers join one campaign at once through two join desks (two API processes): the total
 *   is the sum of the accepted commitments and never above the maximum; none is lost;
 * - the settlement of 1 000 participants dies half-way (the order module fails inside a batch, as a
 *   killed worker's open transaction would be rolled back) and is run again, twice at once: exactly
 *   one order per participant;
 * - an approved join that the API process deciding it never applied is joined by the sweep, once.
 */
describe('group-buy joins and settlement', { timeout: 240_000 }, () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let app: INestApplicationContext;
  let prisma: PrismaService;
  let repo: GroupBuyRepository;
  let mill: Awaited<ReturnType<typeof sugarMill>>;
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
      GROUP_BUY_SWEEP_EVERY_MS: '3600000',
    });
    mill = await sugarMill(db.prisma, 'gbjob');
    userId = mill.ownerId;
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await app.init();
    prisma = new PrismaService(config);
    repo = new GroupBuyRepository(prisma);
  });

  afterAll(async () => {
    await app?.close();
    await prisma?.onModuleDestroy();
    await redis?.cleanup();
    await db?.drop();
  });

  const buyers = (n: number) => guangxiBuyers(db.prisma, n);
  const campaign = (over: { maxTotal?: string; minTotal?: string; deadline?: Date } = {}) =>
    sugarCampaign(db.prisma, mill, over);

  it('the sweep joins approved requests a stopped API process left unapplied, once, and refuses late ones', async () => {
    const id = await campaign();
    const late = await campaign({ deadline: new Date(Date.now() - 1_000) });
    const [early, fresh, tardy] = await buyers(3);
    const request = (campaignId: string, buyerId: string | undefined, decidedAgoMs: number) =>
      db.prisma.groupBuyCommitmentRequest.create({
        data: {
          campaignId,
          buyerId: buyerId ?? '',
          userId,
          quantity: '40',
          deliveryMonth: '2027-01',
          amountMinor: 20_000_000n,
          status: 'approved',
          createdAt: new Date(Date.now() - decidedAgoMs - 1_000),
          decidedAt: new Date(Date.now() - decidedAgoMs),
        },
      });
    const forgotten = await request(id, early, 120_000);
    // decided a moment ago: the API process that decided it is joining it now
    const current = await request(id, fresh, 1_000);
    const pastDeadline = await request(late, tardy, 120_000);
    const sweep = app.get(CommitmentApprovals);

    expect(await sweep.applyForgotten()).toBe(2);
    const status = async (requestId: string) =>
      (await db.prisma.groupBuyCommitmentRequest.findUniqueOrThrow({ where: { id: requestId } })).status;
    expect(await status(forgotten.id)).toBe('applied');
    expect(await status(current.id)).toBe('approved');
    expect(await status(pastDeadline.id)).toBe('refused');
    const pool = await db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id } });
    expect(pool.total.toString()).toBe('40');
    expect(pool.participants).toBe(1);
    const mine = await db.prisma.groupBuyCommitment.findMany({ where: { campaignId: id } });
    expect(mine.map((c) => [c.buyerId, c.quantity.toString()])).toEqual([[early, '40']]);
    expect(await db.prisma.groupBuyCommitment.count({ where: { campaignId: late } })).toBe(0);
    // a second sweep finds nothing left to do, and nothing changes
    expect(await sweep.applyForgotten()).toBe(0);
    expect((await db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id } })).version).toBe(
      pool.version,
    );
  });

  it('500 concurrent joins through two desks never pass the maximum and lose no commitment', async () => {
    const ids = await buyers(500);
    const id = await campaign({ maxTotal: '30000' });
    const desks = [new JoinDesk(repo), new JoinDesk(new GroupBuyRepository(prisma))];
    const wanted = ids.map((_, i) => 20 + ((i * 37) % 181)); // 20–200 t, ≈ 55 000 t asked in all
    const outcomes: CommitOutcome[] = await Promise.all(
      ids.map((buyerId, i) =>
        (desks[i % 2] as JoinDesk).commit(id, {
          buyerId,
          userId: null,
          departmentId: null,
          quantity: BigInt(wanted[i] as number) * 1000n,
          deliveryMonth: '2027-01',
        }),
      ),
    );
    const accepted = outcomes.flatMap((o, i) => (o.kind === 'done' ? [wanted[i] as number] : []));
    const refused = outcomes.filter((o) => o.kind === 'refused');
    const refusedAsks = outcomes.flatMap((o, i) => (o.kind === 'refused' ? [wanted[i] as number] : []));
    expect(accepted.length + refused.length).toBe(500);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.kind === 'refused' && r.error.code).toBe('JOIN_ABOVE_MAX_TOTAL');
    const row = await db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id } });
    const rows = await db.prisma.groupBuyCommitment.findMany({ where: { campaignId: id } });
    const sum = accepted.reduce((a, b) => a + b, 0);
    expect(Number(row.total.toFixed(3))).toBe(sum);
    expect(rows.reduce((a, r) => a + Number(r.quantity.toFixed(3)), 0)).toBe(sum);
    expect(rows).toHaveLength(accepted.length);
    expect(row.participants).toBe(accepted.length);
    expect(sum).toBeLessThanOrEqual(30_000);
    // the room only shrank: what is left is less than any refused ask (else it would have fitted)
    expect(30_000 - sum).toBeLessThan(Math.min(...refusedAsks));
    // the change log's last total is the pool's
    const last = await db.prisma.groupBuyCommitmentChange.findFirst({
      where: { campaignId: id },
      orderBy: { id: 'desc' },
    });
    expect(last?.total.toFixed(3)).toBe(row.total.toFixed(3));
  });

  it('a settlement of 1 000 participants that dies half-way ends, re-run, with exactly one order each', async () => {
    const ids = await buyers(1000);
    const id = await campaign();
    const desk = new JoinDesk(repo);
    const joined = await Promise.all(
      ids.map((buyerId) =>
        desk.commit(id, {
          buyerId,
          userId,
          departmentId: null,
          quantity: 2000n,
          deliveryMonth: '2027-01',
        }),
      ),
    );
    expect(joined.every((o) => o.kind === 'done')).toBe(true);
    await db.prisma.groupBuyCampaign.update({
      where: { id },
      data: { lockAt: new Date(Date.now() - 2000), deadline: new Date(Date.now() - 1000) },
    });

    // the order module fails on its 321st order: the batch it was in rolls back, as a killed
    // worker's transaction would
    const real = app.get(OrderPlacementGateway);
    let calls = 0;
    const dying: OrderPlacementGateway = {
      placeAwarded: (...args) => {
        calls++;
        if (calls === 321) throw new Error('worker killed');
        return real.placeAwarded(...args);
      },
    };
    const feedless = { announce: async () => undefined } as never;
    const audit = app.get(AuditService);
    const crashing = new GroupBuySettlementService(repo, dying, audit, feedless);
    await expect(crashing.settle(id)).rejects.toThrow('worker killed');
    const half = await db.prisma.order.count({ where: { sourceId: id } });
    expect(half).toBe(300); // six whole batches of 50 committed before the failing one
    expect((await db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id } })).status).toBe('settling');

    // the worker comes back (and, for good measure, a second one settles at the same time)
    const settlement = app.get(GroupBuySettlementService);
    const runs = await Promise.all([settlement.settle(id), settlement.sweep()]);
    expect(runs[0].outcome === 'succeeded' || runs[0].outcome === 'nothing').toBe(true);
    const orders = await db.prisma.order.findMany({ where: { sourceId: id }, select: { buyerId: true } });
    expect(orders).toHaveLength(1000);
    expect(new Set(orders.map((o) => o.buyerId)).size).toBe(1000);
    const row = await db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.finalPrice?.toFixed(0)]).toEqual(['succeeded', '4800']);
    expect(
      await db.prisma.groupBuyCommitment.count({ where: { campaignId: id, depositStatus: 'applied' } }),
    ).toBe(1000);
    // and once more: nothing new
    await settlement.settle(id);
    expect(await db.prisma.order.count({ where: { sourceId: id } })).toBe(1000);
  });
});
