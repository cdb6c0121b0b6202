import { Module } from '@nestjs/common';
import { ApprovalRepository } from '@tradeway/server/approval/data-access';
import { ApprovalController } from './approval.controller';
import { ApprovalService } from './approval.service';
import { RequisitionService } from './requisition.service';

/** The approval engine with its policies, inbox, delegations and limits, and purchase requisitions. */
@Module({
  controllers: [ApprovalController],
  providers: [ApprovalRepository, ApprovalService, RequisitionService],
  exports: [ApprovalService],
})
export class ApprovalModule {}

/** The worker's part: the engine without HTTP, for the SLA escalation jobs. */
@Module({
  providers: [ApprovalRepository, ApprovalService, RequisitionService],
  exports: [ApprovalService],
})
export class ApprovalEngineModule {}
