import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { handBackOnAbort, OutboxSender, QUEUES, QueueDriver } from '@tradeway/server/platform';

export const MAIL_OUTBOX_SCHEDULER_ID = 'mail-outbox-every-5s';

/** Drains the mail outbox over SMTP every 5 s when SMTP_URL is set; otherwise stays idle. */
@Injectable()
export class MailOutboxProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(MailOutboxProcessor.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly sender: OutboxSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.queues.queue(QUEUES.mailOutbox);
    if (!this.sender.enabled) {
      await queue.removeJobScheduler(MAIL_OUTBOX_SCHEDULER_ID);
      this.logger.log('SMTP_URL not set: mail stays in the outbox (dev mailbox)');
      return;
    }
    await queue.upsertJobScheduler(MAIL_OUTBOX_SCHEDULER_ID, { every: 5_000 }, { name: 'send', data: {} });
    this.queues.worker(QUEUES.mailOutbox, async (job, token, signal) =>
      handBackOnAbort(job, token, signal, () => this.sender.sendPending()),
    );
  }
}
