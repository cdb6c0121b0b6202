import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, handBackOnAbort, QUEUES, QueueDriver } from '@tradeway/server/platform';
import { CommitmentApprovals } from './commitment-approvals';
import { GroupBuySettlementService } from './group-buy-settlement.service';

export const GROUP_BUY_SWEEP_SCHEDULER_ID = 'group-buy-deadline-sweep';

/**
 * The worker's part of group buys: the settlement at each deadline, and the sweep (deadlines
 * missed or interrupted, approved joins left unapplied).
 */
@Injectable()
export class GroupBuyDeadlineJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(GroupBuyDeadlineJob.name);

  constructor(
    private readonly queues: QueueDriver,
    private readonly settlement: GroupBuySettlementService,
    private readonly commitmentApprovals: CommitmentApprovals,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues
      .queue(QUEUES.groupBuyDeadlines)
      .upsertJobScheduler(
        GROUP_BUY_SWEEP_SCHEDULER_ID,
        { every: this.config.GROUP_BUY_SWEEP_EVERY_MS },
        { name: 'sweep', data: {} },
      );
    this.queues.worker<{ campaignId?: string }, unknown>(
      QUEUES.groupBuyDeadlines,
      async (job, token, signal) =>
        handBackOnAbort(job, token, signal, async () => {
          if (job.name === 'settle' && job.data.campaignId)
            return this.settlement.settle(job.data.campaignId);
          // approved joins a stopped API process did not apply, then the deadlines
          await this.commitmentApprovals.applyForgotten();
          const runs = await this.settlement.sweep();
          if (runs.length > 0) this.logger.log({ msg: 'group-buy deadlines swept', settled: runs.length });
          return runs;
        }),
    );
    this.logger.log(
      `processing ${QUEUES.groupBuyDeadlines} (sweep every ${this.config.GROUP_BUY_SWEEP_EVERY_MS} ms)`,
    );
  }
}
