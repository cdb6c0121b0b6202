import { type DynamicModule, Module } from '@nestjs/common';
import { ApprovalModule } from '@tradeway/server/approval/feature';
import { AuctionModule } from '@tradeway/server/auction/feature';
import { GroupBuyModule } from '@tradeway/server/group-buy/feature';
import { CatalogModule } from '@tradeway/server/catalog/feature';
import { CompanyModule } from '@tradeway/server/company/feature';
import { IdentityModule } from '@tradeway/server/identity/feature';
import { OrderModule } from '@tradeway/server/orders/feature';
import { PricingModule } from '@tradeway/server/pricing/feature';
import { RfqModule } from '@tradeway/server/rfq/feature';
import { type AppConfig, HealthModule, PlatformModule } from '@tradeway/server/platform';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config, { http: true }),
        HealthModule,
        IdentityModule,
        CatalogModule,
        CompanyModule,
        ApprovalModule,
        PricingModule,
        OrderModule,
        RfqModule,
        AuctionModule,
        GroupBuyModule,
      ],
    };
  }
}
