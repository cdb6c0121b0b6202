import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { RepeatOrderService, type RepeatRun } from './repeat-order.service';

export const REPEAT_ORDERS_SCHEDULER_ID = 'repeat-orders-every-5m';
export const REPEAT_ORDERS_POLL_MS = 5 * 60_000;

/**
 * The worker's repeat-order runner: a repeatable job every 5 minutes (one scheduler id) that
 * places the due scheduled orders. Each due date is claimed with a conditional update in the
 * placing transaction (decision 0015), so a retried, handed-back or doubled run never places
 * two orders for one due date.
 */
@Injectable()
export class RepeatOrderJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(RepeatOrderJob.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly repeats: RepeatOrderService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.repeatOrders);
    await queue.upsertJobScheduler(
      REPEAT_ORDERS_SCHEDULER_ID,
      { every: REPEAT_ORDERS_POLL_MS },
      { name: 'run-due', data: {} },
    );
    this.queues.worker<Record<string, never>, RepeatRun>(QUEUES.repeatOrders, async (job, token, signal) =>
      handBackOnAbort(job, token, signal, async () => {
        const run = await this.repeats.runDue();
        if (run.placed || run.failed) this.logger.log({ msg: 'repeat orders run', ...run });
        return run;
      }),
    );
    this.logger.log(`processing ${QUEUES.repeatOrders} (every ${REPEAT_ORDERS_POLL_MS / 60_000} min)`);
  }
}
