import { Injectable, Logger } from '@nestjs/common';
import { periodWindow } from '@tradeway/server/approval/domain';
import { CompanyAdminRepository, staffActivityRows } from '@tradeway/server/company/data-access';
import { Prisma, type RequestAuth } from '@tradeway/server/platform';

export const COMPANY_TIME_ZONE = 'Asia/Shanghai';
const DAY_MS = 24 * 3600_000;

/**
 * Staff activity reports (DESIGN.md §2, 业务员活跃报告): per staff account, sign-ins,
 * requisitions submitted and approvals decided over a day or a week; on screen for holders
 * of `activity:view`, and mailed to each company's owners by a repeatable job. A seller's
 * staff also show the RFQs they answered and their average response time (DESIGN.md §5).
 */
@Injectable()
export class StaffActivityService {
  private readonly logger = new Logger(StaffActivityService.name);

  constructor(private readonly repo: CompanyAdminRepository) {}

  async report(auth: RequestAuth, period: 'day' | 'week', at?: string) {
    const { start, end } = periodWindow(period, at ? new Date(at) : new Date(), COMPANY_TIME_ZONE);
    const rows = await staffActivityRows(this.repo.db, auth.companyId, start, end);
    return {
      period,
      windowStart: start.toISOString(),
      windowEnd: end.toISOString(),
      rows: rows.map(({ isOwner: _owner, ...r }) => r),
    };
  }

  /**
   * Sends the report of the period that just ended to every company's owners. Idempotent: a
   * report is stored once per company, period and start (unique key), and its mails are
   * written in the same transaction, so a second run sends nothing.
   */
  async sendReports(period: 'day' | 'week', now = new Date()): Promise<number> {
    const previous = new Date(now.getTime() - (period === 'day' ? DAY_MS : 7 * DAY_MS));
    const { start, end } = periodWindow(period, previous, COMPANY_TIME_ZONE);
    const companies = await this.repo.db.company.findMany({ select: { id: true, name: true } });
    let sent = 0;
    for (const company of companies) {
      const rows = await staffActivityRows(this.repo.db, company.id, start, end);
      const owners = rows.filter((r) => r.isOwner && !r.disabled);
      const staff = rows.filter((r) => !r.isOwner);
      if (owners.length === 0 || staff.length === 0) continue;
      try {
        await this.repo.transaction(async (tx) => {
          await tx.staffActivityReport.create({
            data: {
              companyId: company.id,
              period,
              periodStart: start,
              periodEnd: end,
              rows: staff as unknown as Prisma.InputJsonArray,
            },
          });
          const label = period === 'day' ? '日报 / daily' : '周报 / weekly';
          const lines = staff.map(
            (r) =>
              `${r.displayName} <${r.email}>: 登录 sign-ins ${r.signIns}, 申请 requisitions ${r.requisitionsSubmitted}, 报价 quotes ${r.quotesSent}, 询价应答 RFQs answered ${r.rfqsAnswered}${r.avgRfqResponseMinutes === null ? '' : ` (平均响应 avg response ${r.avgRfqResponseMinutes} min)`}, 审批 approvals ${r.approvalsDecided}, 操作 actions ${r.actions}${r.lastActiveAt ? `, 最近 last ${r.lastActiveAt}` : ', 无活动 no activity'}`,
          );
          for (const o of owners) {
            await tx.outboxMail.create({
              data: {
                to: o.email,
                subject: `员工活跃${label}: ${company.name} ${start.toISOString().slice(0, 10)}`,
                text: lines.join('\n'),
              },
            });
          }
        });
        sent++;
      } catch (e) {
        if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') continue; // already sent
        throw e;
      }
    }
    this.logger.log({ msg: 'staff activity reports', period, sent });
    return sent;
  }
}
