import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import type { OnboardingApplicationInput } from '@tradeway/shared/contracts';
import { CompanyRepository } from './company.repository';

const application = (creditCode: string): OnboardingApplicationInput => ({
  companyName: '广西甜源糖业',
  creditCode,
  kinds: ['seller'],
  region: '广西',
  contactName: '黄经理',
  email: 'huang@sugar.example',
});

describe('CompanyRepository.submitApplication', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: CompanyRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new CompanyRepository(prisma);
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  it('accepts exactly one of many simultaneous applications for the same credit code', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => repo.submitApplication(application('91450100MA5L0A1B2C'))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error))).toEqual(
      Array(7).fill('APPLICATION_ALREADY_OPEN'),
    );
    expect(await db.prisma.onboardingApplication.count({ where: { creditCode: '91450100MA5L0A1B2C' } })).toBe(
      1,
    );
  });

  it('refuses a company that is already on the platform, writing nothing', async () => {
    await db.prisma.company.create({
      data: { code: 'x', name: 'X', kinds: ['buyer'], region: '山东', creditCode: '91370100MA3C0D1E2F' },
    });
    const r = await repo.submitApplication(application('91370100MA3C0D1E2F'));
    expect(r).toEqual({ ok: false, error: 'COMPANY_ALREADY_ONBOARDED' });
    expect(await db.prisma.onboardingApplication.count({ where: { creditCode: '91370100MA3C0D1E2F' } })).toBe(
      0,
    );
  });
});
