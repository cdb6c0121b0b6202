import { Module } from '@nestjs/common';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { AuctionAwardService } from './auction-award.service';
import { AuctionClockJob } from './auction-clock.job';
import { AuctionFeed } from './auction-feed';
import { AuctionClockService } from './auction-clock.service';
import { AuctionController } from './auction.controller';
import { AuctionService } from './auction.service';
import { BidDesk } from './bid-desk';

/** Reverse and forward auctions (DESIGN.md §6): drafts, scheduling, bids through the bid desk, the bid log. */
@Module({
  controllers: [AuctionController],
  providers: [
    AuctionRepository,
    AuctionFeed,
    BidDesk,
    AuctionService,
    AuctionClockService,
    AuctionAwardService,
  ],
})
export class AuctionModule {}

/** The worker's part: the auction clock (start and close jobs, the sweep); award approvals decided there (escalations) reach the auction. */
@Module({
  providers: [AuctionRepository, AuctionFeed, AuctionClockService, AuctionClockJob, AuctionAwardService],
})
export class AuctionJobsModule {}
