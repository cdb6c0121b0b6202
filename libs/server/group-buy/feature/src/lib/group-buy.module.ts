import { Module } from '@nestjs/common';
import { GroupBuyRepository } from '@tradeway/server/group-buy/data-access';
import { CampaignFeed } from './campaign-feed';
import { CommitmentApprovals } from './commitment-approvals';
import { GroupBuyDeadlineJob } from './group-buy-deadline.job';
import { GroupBuyDeadlines } from './group-buy-deadlines';
import { GroupBuySettlementService } from './group-buy-settlement.service';
import { GroupBuyController } from './group-buy.controller';
import { GroupBuyService } from './group-buy.service';
import { JoinDesk } from './join-desk';

/** Group buys (DESIGN.md §7): campaigns, commitments through the join desk, live progress. */
@Module({
  controllers: [GroupBuyController],
  providers: [
    GroupBuyRepository,
    CampaignFeed,
    JoinDesk,
    GroupBuyDeadlines,
    CommitmentApprovals,
    GroupBuyService,
  ],
})
export class GroupBuyModule {}

/**
 * The worker's part: settlement at each deadline, and the sweep that also resumes an interrupted
 * one and joins approved commitments left unapplied; the approval hooks are registered here too,
 * so a request decided in the worker (an escalation) is joined there.
 */
@Module({
  providers: [
    GroupBuyRepository,
    CampaignFeed,
    JoinDesk,
    CommitmentApprovals,
    GroupBuySettlementService,
    GroupBuyDeadlineJob,
  ],
})
export class GroupBuyJobsModule {}
