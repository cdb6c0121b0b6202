import { Injectable, Logger } from '@nestjs/common';
import { QUEUES, QueueDriver } from '@tradeway/server/platform';

/** Queues the settlement of a campaign at its deadline (the worker's sweep is the safety net). */
@Injectable()
export class GroupBuyDeadlines {
  private readonly logger = new Logger(GroupBuyDeadlines.name);

  constructor(private readonly queues: QueueDriver) {}

  async schedule(campaignId: string, deadline: Date, now = new Date()): Promise<void> {
    try {
      await this.queues
        .queue(QUEUES.groupBuyDeadlines)
        .add(
          'settle',
          { campaignId },
          { jobId: `group-buy-settle-${campaignId}`, delay: Math.max(0, deadline.getTime() - now.getTime()) },
        );
    } catch (err) {
      // Redis away: the sweep settles it after its deadline
      this.logger.warn(
        `could not schedule the deadline of campaign ${campaignId}: ${(err as Error).message}`,
      );
    }
  }
}
