import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { type AutoAcceptanceRun, ReceiptService } from './receipt.service';

export const AUTO_ACCEPT_SCHEDULER_ID = 'order-auto-acceptance';

/**
 * The worker's auto-acceptance sweep (DESIGN.md §8): a repeatable job under one scheduler id
 * (ORDER_AUTO_ACCEPT_CRON, every 10 minutes by default; restarts and several workers never
 * add a second schedule), and on demand (`runNow`). The processor is thin: the sweep is
 * ReceiptService.autoAcceptDue, idempotent (a second run finds nothing due), so a retried or
 * handed-back job is harmless.
 */
@Injectable()
export class AutoAcceptanceJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(AutoAcceptanceJob.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly receipts: ReceiptService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.orderAutoAcceptance);
    if (this.config.ORDER_AUTO_ACCEPT_CRON === 'off') {
      await queue.removeJobScheduler(AUTO_ACCEPT_SCHEDULER_ID);
    } else {
      await queue.upsertJobScheduler(
        AUTO_ACCEPT_SCHEDULER_ID,
        { pattern: this.config.ORDER_AUTO_ACCEPT_CRON, tz: 'UTC' },
        { name: 'sweep', data: {} },
      );
    }
    this.queues.worker<Record<string, never>, AutoAcceptanceRun>(
      QUEUES.orderAutoAcceptance,
      async (job, token, signal) =>
        handBackOnAbort(job, token, signal, async () => {
          const run = await this.receipts.autoAcceptDue();
          if (run.accepted || run.failed) this.logger.log({ msg: 'orders auto-accepted', ...run });
          return run;
        }),
    );
    this.logger.log(
      `processing ${QUEUES.orderAutoAcceptance} (schedule: ${this.config.ORDER_AUTO_ACCEPT_CRON})`,
    );
  }

  /** Queues a sweep now (an operator's button, a test); returns the job id. */
  async runNow(): Promise<string> {
    const job = await this.queues.queue(QUEUES.orderAutoAcceptance).add('sweep', {});
    return String(job.id);
  }
}
