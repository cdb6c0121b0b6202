import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  handBackOnAbort,
  HousekeepingService,
  QUEUES,
  QueueDriver,
} from '@tradeway/server/platform';

export const HOUSEKEEPING_SCHEDULER_ID = 'housekeeping-schedule';

/**
 * Registers the repeatable housekeeping job (one scheduler id: restarts and several workers
 * never add a second schedule) and processes it. The processor is thin: the work is the
 * platform's HousekeepingService, one transaction per run.
 */
@Injectable()
export class HousekeepingProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingProcessor.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly housekeeping: HousekeepingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.housekeeping);
    if (this.config.HOUSEKEEPING_CRON === 'off') {
      await queue.removeJobScheduler(HOUSEKEEPING_SCHEDULER_ID);
    } else {
      await queue.upsertJobScheduler(
        HOUSEKEEPING_SCHEDULER_ID,
        { pattern: this.config.HOUSEKEEPING_CRON, tz: 'UTC' },
        { name: 'housekeeping', data: {} },
      );
    }
    this.queues.worker(QUEUES.housekeeping, async (job, token, signal) => {
      const result = await handBackOnAbort(job, token, signal, () => this.housekeeping.run(String(job.id)));
      this.logger.log({ msg: 'housekeeping done', ...result });
      return result;
    });
    this.logger.log(`processing ${QUEUES.housekeeping} (schedule: ${this.config.HOUSEKEEPING_CRON})`);
  }
}
