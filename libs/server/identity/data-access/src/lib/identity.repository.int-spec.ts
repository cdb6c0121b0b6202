import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { IdentityRepository } from './identity.repository';

describe('IdentityRepository', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: IdentityRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new IdentityRepository(prisma);
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  it('uses a reset token once and only before it expires', async () => {
    const user = await db.prisma.user.create({
      data: { email: 'a@example.com', displayName: 'A', passwordHash: 'x' },
    });
    const now = new Date();
    await repo.createResetToken(
      { userId: user.id, tokenHash: 'h1', expiresAt: new Date(now.getTime() + 60_000) },
      { to: user.email, subject: 'reset', text: 'link' },
    );
    const [first, second] = await Promise.all([
      repo.consumeResetToken('h1', now),
      repo.consumeResetToken('h1', now),
    ]);
    expect([first, second].filter(Boolean)).toEqual([user.id]);
    await repo.createResetToken(
      { userId: user.id, tokenHash: 'h2', expiresAt: new Date(now.getTime() - 1) },
      { to: user.email, subject: 'reset', text: 'link' },
    );
    expect(await repo.consumeResetToken('h2', now)).toBeNull();
    expect((await repo.listMail('A@EXAMPLE')).length).toBe(2);
  });

  it('counts failures per key inside the window only', async () => {
    const now = new Date();
    await repo.recordFailures(['account:x', 'ip:1'], new Date(now.getTime() - 20 * 60_000));
    await repo.recordFailures(['account:x', 'ip:1'], now);
    const f = await repo.failuresSince(['account:x', 'ip:1', 'ip:2'], new Date(now.getTime() - 15 * 60_000));
    expect(f.get('account:x')?.length).toBe(1);
    expect(f.get('ip:2')).toEqual([]);
    await repo.clearFailures('account:x');
    expect((await repo.failuresSince(['account:x'], new Date(0))).get('account:x')).toEqual([]);
  });
});
