import { Module } from '@nestjs/common';
import { RfqRepository } from '@tradeway/server/rfq/data-access';
import { RfqAwardService } from './rfq-award.service';
import { RfqDeadlineJob } from './rfq-deadline.job';
import { RfqQuoteService } from './rfq-quote.service';
import { RfqController } from './rfq.controller';
import { RfqService } from './rfq.service';

/**
 * RFQs, quotes, comparison, negotiation rounds and awards (DESIGN.md §5). Needs the approval
 * gateway and the order placement gateway (both global).
 */
@Module({
  controllers: [RfqController],
  providers: [RfqRepository, RfqService, RfqQuoteService, RfqAwardService],
})
export class RfqModule {}

/**
 * The worker's part: the deadline jobs; publication and award approvals decided or escalated
 * there reach the RFQ (the hooks are registered by the services).
 */
@Module({
  providers: [RfqRepository, RfqService, RfqQuoteService, RfqAwardService, RfqDeadlineJob],
})
export class RfqJobsModule {}
