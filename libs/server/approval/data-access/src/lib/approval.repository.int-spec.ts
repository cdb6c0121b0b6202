import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { ApprovalRepository } from './approval.repository';

describe('ApprovalRepository', () => {
  let db: TestDatabase;
  let prisma: PrismaService;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  it('reads from its own test database', async () => {
    const before = Date.now();
    const t = await new ApprovalRepository(prisma).databaseTime();
    expect(t.getTime()).toBeGreaterThan(before - 60_000);
  });
});
