import { Module } from '@nestjs/common';
import { ApprovalRepository } from '@tradeway/server/approval/data-access';
import { ApprovalService } from './approval.service';

@Module({ providers: [ApprovalRepository, ApprovalService], exports: [ApprovalService] })
export class ApprovalModule {}
