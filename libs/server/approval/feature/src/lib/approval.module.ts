import { Global, Module } from '@nestjs/common';
import { ApprovalGateway } from '@tradeway/server/platform';
import { ApprovalRepository } from '@tradeway/server/approval/data-access';
import { ApprovalController } from './approval.controller';
import { ApprovalService } from './approval.service';
import { RequisitionService } from './requisition.service';

/** The approval engine with its policies, inbox, delegations and limits, and purchase requisitions. */
@Global()
@Module({
  controllers: [ApprovalController],
  providers: [
    ApprovalRepository,
    ApprovalService,
    RequisitionService,
    { provide: ApprovalGateway, useExisting: ApprovalService },
  ],
  exports: [ApprovalService, ApprovalGateway],
})
export class ApprovalModule {}

/** The worker's part: the engine without HTTP, for the SLA escalation jobs. */
@Global()
@Module({
  providers: [
    ApprovalRepository,
    ApprovalService,
    RequisitionService,
    { provide: ApprovalGateway, useExisting: ApprovalService },
  ],
  exports: [ApprovalService, ApprovalGateway],
})
export class ApprovalEngineModule {}
