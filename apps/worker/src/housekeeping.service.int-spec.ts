import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { HousekeepingService, loadConfig, PrismaService } from '@tradeway/server/platform';

const HOUR = 3_600_000;

describe('HousekeepingService', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let service: HousekeepingService;
  const now = new Date('2026-11-25T12:00:00Z');

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      IDEMPOTENCY_RETENTION_HOURS: '48',
    });
    prisma = new PrismaService(config);
    service = new HousekeepingService(prisma, config);
    const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
    await prisma.client.idempotencyKey.createMany({
      data: [
        { scope: 'c1', key: 'old-expired', requestHash: 'h', createdAt: at(72), expiresAt: at(1) },
        { scope: 'c1', key: 'young-expired', requestHash: 'h', createdAt: at(30), expiresAt: at(1) },
        { scope: 'c1', key: 'old-live', requestHash: 'h', createdAt: at(72), expiresAt: at(-1) },
      ],
    });
    await prisma.client.housekeepingRun.create({ data: { jobId: 'ancient', startedAt: at(24 * 31) } });
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  it('purges only keys both expired and past retention, and old run history', async () => {
    const r = await service.run('job-1', now);
    expect(r).toEqual({ jobId: 'job-1', purgedIdempotency: 1, purgedHousekeeping: 1 });
    const keys = (await prisma.client.idempotencyKey.findMany({ orderBy: { key: 'asc' } })).map((k) => k.key);
    expect(keys).toEqual(['old-live', 'young-expired']);
  });

  it('running the same job again leaves the same state', async () => {
    const before = await prisma.client.housekeepingRun.findMany({ orderBy: { jobId: 'asc' } });
    await service.run('job-1', now);
    const after = await prisma.client.housekeepingRun.findMany({ orderBy: { jobId: 'asc' } });
    expect(after.map((r) => [r.jobId, r.purgedIdempotency, r.purgedHousekeeping])).toEqual(
      before.map((r) => [r.jobId, r.purgedIdempotency, r.purgedHousekeeping]),
    );
    expect(await prisma.client.idempotencyKey.count()).toBe(2);
  });
});
