import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, factories, type TestDatabase } from '@tradeway/server/testing';
import { PricingRepository } from './pricing.repository';

/** The hot quote insert: a taken number writes nothing and says so, so the caller draws another. */
describe('PricingRepository.insertQuoteWithAudit', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: PricingRepository;
  let buyerId: string;
  let userId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new PricingRepository(prisma);
    const make = factories(db.prisma);
    const buyer = await make.company(['buyer']);
    buyerId = buyer.id;
    userId = (await make.member(buyer.id, 'purchaser')).user.id;
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  const insert = (number: string) => {
    const now = new Date();
    return repo.insertQuoteWithAudit(
      {
        id: randomUUID(),
        number,
        sellerId: randomUUID(),
        buyerId,
        skuId: randomUUID(),
        origin: 'buyer_request',
        createdById: userId,
        status: 'active',
        priceListId: randomUUID(),
        request: '{}',
        result: '{"lines":[]}',
        currency: 'CNY',
        quantity: '1',
        unitPrice: '100',
        netMinor: 10000n,
        taxMinor: 1300n,
        totalMinor: 11300n,
        validUntil: new Date(now.getTime() + 86_400_000),
        createdAt: now,
        note: '',
      },
      { companyId: buyerId, actorUserId: userId, actorApiKeyId: null, action: 'quote.create', after: '{}' },
    );
  };

  it('writes the quote and its audit entry, and refuses a taken number without writing either', async () => {
    expect(await insert('Q-20261126-AAAAAAAAAAAA')).toBe(true);
    expect(await insert('Q-20261126-AAAAAAAAAAAA')).toBe(false);
    expect(await db.prisma.quote.count({ where: { number: 'Q-20261126-AAAAAAAAAAAA' } })).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { companyId: buyerId, action: 'quote.create' } })).toBe(
      1,
    );
  });
});
