import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { COMPANY_TIME_ZONE, StaffActivityService } from '@tradeway/server/company/feature';
import { handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';

export const STAFF_REPORT_SCHEDULES = [
  { id: 'staff-activity-daily', pattern: '0 8 * * *', period: 'day' },
  { id: 'staff-activity-weekly', pattern: '30 8 * * 1', period: 'week' },
] as const;

/** Mails each owner the daily (08:00) and weekly (Monday 08:30, China time) staff activity report. */
@Injectable()
export class StaffActivityProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(StaffActivityProcessor.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly activity: StaffActivityService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.staffActivity);
    for (const s of STAFF_REPORT_SCHEDULES) {
      await queue.upsertJobScheduler(
        s.id,
        { pattern: s.pattern, tz: COMPANY_TIME_ZONE },
        { name: s.period, data: { period: s.period } },
      );
    }
    this.queues.worker<{ period: 'day' | 'week' }, { sent: number }>(
      QUEUES.staffActivity,
      async (job, token, signal) =>
        handBackOnAbort(job, token, signal, async () => ({
          sent: await this.activity.sendReports(job.data.period),
        })),
    );
    this.logger.log(`processing ${QUEUES.staffActivity}`);
  }
}
