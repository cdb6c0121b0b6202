import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { AuctionClockService } from './auction-clock.service';

export const AUCTION_CLOCK_SCHEDULER_ID = 'auction-clock-sweep';

/** The worker's part of the auction clock: the delayed start and close jobs, and the sweep. */
@Injectable()
export class AuctionClockJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuctionClockJob.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly clock: AuctionClockService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue(QUEUES.auctionClock)
      .upsertJobScheduler(
        AUCTION_CLOCK_SCHEDULER_ID,
        { every: this.config.AUCTION_SWEEP_EVERY_MS },
        { name: 'sweep', data: {} },
      );
    this.queues.worker<{ auctionId?: string }, unknown>(QUEUES.auctionClock, async (job, token, signal) =>
      handBackOnAbort(job, token, signal, async () => {
        if (job.name === 'start' && job.data.auctionId) return this.clock.startIfDue(job.data.auctionId);
        if (job.name === 'close' && job.data.auctionId) return this.clock.closeIfDue(job.data.auctionId);
        const run = await this.clock.sweep();
        if (run.started || run.closed) this.logger.log({ msg: 'auction clock swept', ...run });
        return run;
      }),
    );
    this.logger.log(
      `processing ${QUEUES.auctionClock} (sweep every ${this.config.AUCTION_SWEEP_EVERY_MS} ms)`,
    );
  }
}
