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

  it("counts the RFQs each sales rep answered first and their average response time; revisions and other days don't count", async () => {
    const make = factories(db.prisma);
    const buyer = await make.company(['buyer'], { name: '华鑫' });
    const purchaser = await make.member(buyer.id, 'purchaser', 'buyer@huaxin.test');
    const seller = await make.company(['seller'], { name: '南宁糖业' });
    const fast = await make.member(seller.id, 'sales', 'fast@nanning.test');
    const slow = await make.member(seller.id, 'sales', 'slow@nanning.test');
    const other = await make.company(['seller'], { name: '别家' });
    const stranger = await make.member(other.id, 'sales', 'stranger@other.test');
    const published = new Date('2026-11-24T01:00:00Z'); // 09:00 in China, on the 24th
    let n = 0;
    const answer = async (
      by: { user: { id: string } },
      sellerId: string,
      minutes: number[], // one version per entry, minutes after publication
    ) => {
      n += 1;
      const rfq = await db.prisma.rfq.create({
        data: {
          number: `RFQ-TEST-${n}`,
          buyerId: buyer.id,
          title: `询价 ${n}`,
          deliveryDate: new Date('2026-12-20'),
          deliveryRegion: 'CN-GD',
          acceptedPaymentTerms: ['cash'],
          deadline: new Date('2026-11-30T00:00:00Z'),
          status: 'open',
          createdById: purchaser.user.id,
          publishedAt: published,
        },
      });
      await db.prisma.rfqQuote.create({
        data: {
          rfqId: rfq.id,
          sellerId,
          status: 'active',
          currentVersion: minutes.length,
          versions: {
            create: minutes.map((m, i) => ({
              version: i + 1,
              paymentTerm: 'cash',
              deliveryDate: new Date('2026-12-15'),
              validUntil: new Date('2026-12-31T00:00:00Z'),
              lines: [],
              createdById: by.user.id,
              createdAt: new Date(published.getTime() + m * 60_000),
            })),
          },
        },
      });
    };
    await answer(fast, seller.id, [30, 300]); // answered in 30 min, revised later: one answer
    await answer(fast, seller.id, [90]);
    await answer(slow, seller.id, [600]);
    await answer(slow, seller.id, [60 * 24]); // the 25th in China: another day
    await answer(stranger, other.id, [5]);

    const report = await service.report(
      { companyId: seller.id, userId: fast.user.id } as never,
      'day',
      '2026-11-24T04:00:00Z',
    );
    const row = (email: string) => report.rows.find((r) => r.email === email);
    expect(row('fast@nanning.test')).toMatchObject({ rfqsAnswered: 2, avgRfqResponseMinutes: 60 });
    expect(row('slow@nanning.test')).toMatchObject({ rfqsAnswered: 1, avgRfqResponseMinutes: 600 });
    expect(report.rows.some((r) => r.email === 'stranger@other.test')).toBe(false);
    const week = await service.report({ companyId: seller.id } as never, 'week', '2026-11-24T04:00:00Z');
    expect(week.rows.find((r) => r.email === 'slow@nanning.test')).toMatchObject({
      rfqsAnswered: 2,
      avgRfqResponseMinutes: 1020,
    });
  });
});
