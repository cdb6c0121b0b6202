import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { type DeliveryRun, WebhookDeliveryService } from './webhook-delivery.service';

export const WEBHOOK_DELIVERY_SCHEDULER_ID = 'webhook-delivery-every-3s';
/** How often the worker looks for due deliveries: the usual delay between an event and its POST. */
export const WEBHOOK_POLL_MS = 3_000;

/**
 * The worker's webhook relay: a repeatable job under one scheduler id (restarts and several
 * workers never add a second schedule) that sends the due deliveries. The processor is thin;
 * the state is in PostgreSQL (decision 0015), so a handed-back or repeated poll is harmless.
 */
@Injectable()
export class WebhookDeliveryJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookDeliveryJob.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly deliveries: WebhookDeliveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.webhookDelivery);
    await queue.upsertJobScheduler(
      WEBHOOK_DELIVERY_SCHEDULER_ID,
      { every: WEBHOOK_POLL_MS },
      {
        name: 'deliver',
        data: {},
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 1_000 } },
      },
    );
    this.queues.worker<Record<string, never>, DeliveryRun>(
      QUEUES.webhookDelivery,
      async (job, token, signal) =>
        handBackOnAbort(job, token, signal, async () => {
          const run = await this.deliveries.deliverDue();
          if (run.delivered || run.retrying || run.failed) this.logger.log({ msg: 'webhooks sent', ...run });
          return run;
        }),
    );
    this.logger.log(`processing ${QUEUES.webhookDelivery} (every ${WEBHOOK_POLL_MS} ms)`);
  }
}
