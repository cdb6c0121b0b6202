import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { RfqService } from './rfq.service';

export const RFQ_DEADLINE_SCHEDULER_ID = 'rfq-deadline-sweep';

/**
 * The worker's RFQ deadlines (DESIGN.md §5, §14): `close` jobs delayed to each RFQ's deadline
 * (queued at publication, id `rfq-close-<rfqId>`) and a sweep every minute that closes whatever
 * is due (a lost job, a Redis restart; RFQ_SWEEP_EVERY_MS) and expires RFQs never awarded. Both are idempotent
 * (`RfqService.closeIfDue` leaves an RFQ that is no longer open alone). Quotes after the
 * deadline are refused by the API itself, whether or not the close has run.
 */
@Injectable()
export class RfqDeadlineJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(RfqDeadlineJob.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly rfqs: RfqService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue(QUEUES.rfqDeadlines)
      .upsertJobScheduler(
        RFQ_DEADLINE_SCHEDULER_ID,
        { every: this.config.RFQ_SWEEP_EVERY_MS },
        { name: 'sweep', data: {} },
      );
    this.queues.worker<{ rfqId?: string }, unknown>(QUEUES.rfqDeadlines, async (job, token, signal) =>
      handBackOnAbort(job, token, signal, async () => {
        if (job.name === 'close' && job.data.rfqId) {
          return { closed: await this.rfqs.closeIfDue(job.data.rfqId) };
        }
        const run = await this.rfqs.sweep();
        if (run.closed || run.expired) this.logger.log({ msg: 'RFQ deadlines swept', ...run });
        return run;
      }),
    );
    this.logger.log(`processing ${QUEUES.rfqDeadlines} (sweep every ${this.config.RFQ_SWEEP_EVERY_MS} ms)`);
  }
}
