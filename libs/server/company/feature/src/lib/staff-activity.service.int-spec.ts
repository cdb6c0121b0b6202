import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompanyAdminRepository } from '@tradeway/server/company/data-access';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, factories, type TestDatabase } from '@tradeway/server/testing';
import { StaffActivityService } from './staff-activity.service';

describe('staff activity reports', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let service: StaffActivityService;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    service = new StaffActivityService(new CompanyAdminRepository(prisma));
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  it("mails yesterday's activity of each staff account to the owner, once however often the job runs", async () => {
    const make = factories(db.prisma);
    const seller = await make.company(['seller'], { name: '桂糖' });
    await make.member(seller.id, 'owner', 'boss@guitang.test');
    const busy = await make.member(seller.id, 'sales', 'busy@guitang.test');
    await make.member(seller.id, 'sales', 'idle@guitang.test');
    // 2026-11-24 in China: 16:00 UTC on the 23rd to 16:00 UTC on the 24th
    const yesterday = new Date('2026-11-24T03:00:00Z');
    const today = new Date('2026-11-25T00:30:00Z'); // 08:30 in China
    await db.prisma.activityEvent.createMany({
      data: [
        { companyId: seller.id, userId: busy.user.id, kind: 'sign_in', at: yesterday },
        { companyId: seller.id, userId: busy.user.id, kind: 'sign_in', at: new Date('2026-11-24T15:59:59Z') },
        { companyId: seller.id, userId: busy.user.id, kind: 'requisition.submit', at: yesterday },
        { companyId: seller.id, userId: busy.user.id, kind: 'quote.sent', at: yesterday },
        { companyId: seller.id, userId: busy.user.id, kind: 'quote.sent', at: yesterday },
        // outside the window: the day before, and today
        { companyId: seller.id, userId: busy.user.id, kind: 'sign_in', at: new Date('2026-11-23T15:59:59Z') },
        { companyId: seller.id, userId: busy.user.id, kind: 'sign_in', at: new Date('2026-11-24T16:00:00Z') },
      ],
    });

    expect(await service.sendReports('day', today)).toBe(1);
    expect(await service.sendReports('day', today)).toBe(0);
    const reports = await db.prisma.staffActivityReport.findMany({ where: { companyId: seller.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]?.periodStart.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    const mail = await db.prisma.outboxMail.findMany({ where: { to: 'boss@guitang.test' } });
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text).toContain(
      'busy@guitang.test>: 登录 sign-ins 2, 申请 requisitions 1, 报价 quotes 2',
    );
    expect(mail[0]?.text).toContain('idle@guitang.test>: 登录 sign-ins 0');
    expect(mail[0]?.text).toContain('无活动 no activity');
  });
});
