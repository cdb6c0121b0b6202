import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, HousekeepingService, PlatformModule } from '@tradeway/server/platform';
import { ApprovalEngineModule } from '@tradeway/server/approval/feature';
import { AuctionJobsModule } from '@tradeway/server/auction/feature';
import { GroupBuyJobsModule } from '@tradeway/server/group-buy/feature';
import { StaffActivityModule } from '@tradeway/server/company/feature';
import { OrderJobsModule } from '@tradeway/server/orders/feature';
import { PricingJobsModule } from '@tradeway/server/pricing/feature';
import { RfqJobsModule } from '@tradeway/server/rfq/feature';
import { CatalogImportProcessor } from './catalog-import.processor';
import { ApprovalEscalationProcessor } from './approval-escalation.processor';
import { HousekeepingProcessor } from './housekeeping.processor';
import { MailOutboxProcessor } from './mail-outbox.processor';
import { StaffActivityProcessor } from './staff-activity.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, { http: false }),
        ApprovalEngineModule,
        StaffActivityModule,
        PricingJobsModule,
        OrderJobsModule,
        RfqJobsModule,
        AuctionJobsModule,
        GroupBuyJobsModule,
      ],
      providers: [
        HousekeepingService,
        HousekeepingProcessor,
        ApprovalEscalationProcessor,
        StaffActivityProcessor,
        MailOutboxProcessor,
        CatalogImportProcessor,
      ],
    };
  }
}
