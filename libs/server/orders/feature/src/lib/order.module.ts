import { Global, Module } from '@nestjs/common';
import { OrderPlacementGateway } from '@tradeway/server/platform';
import { OrderRepository } from '@tradeway/server/orders/data-access';
import {
  FULFILMENT_CONTROLLERS,
  FULFILMENT_JOB_PROVIDERS,
  FULFILMENT_PROVIDERS,
} from './fulfilment.providers';
import {
  INTEGRATION_CONTROLLERS,
  INTEGRATION_JOB_PROVIDERS,
  INTEGRATION_PROVIDERS,
} from './integration.providers';
import { AwardPlacementService } from './award-placement.service';
import { OrderController } from './order.controller';
import { OrderService } from './order.service';
import { RECEIPT_CONTROLLERS, RECEIPT_JOB_PROVIDERS, RECEIPT_PROVIDERS } from './receipt.providers';

/**
 * Orders (DESIGN.md §8): placing, confirming, rejecting, cancelling, reading; shipments and
 * pickup (fulfilment), receipt and disputes (receipt), webhooks and repeat orders
 * (integration). Needs the approval gateway (global). Global for its port: awards place
 * their orders through `OrderPlacementGateway`.
 */
@Global()
@Module({
  controllers: [
    OrderController,
    ...FULFILMENT_CONTROLLERS,
    ...RECEIPT_CONTROLLERS,
    ...INTEGRATION_CONTROLLERS,
  ],
  providers: [
    OrderRepository,
    OrderService,
    ...FULFILMENT_PROVIDERS,
    ...RECEIPT_PROVIDERS,
    ...INTEGRATION_PROVIDERS,
    AwardPlacementService,
    { provide: OrderPlacementGateway, useExisting: AwardPlacementService },
  ],
  exports: [OrderService, OrderPlacementGateway],
})
export class OrderModule {}

/**
 * The worker's part: purchase-order approvals decided or escalated there reach the order; the
 * scheduled jobs of the parts (auto-acceptance, webhook deliveries, repeat orders); awards
 * approved there place their orders through `OrderPlacementGateway`.
 */
@Global()
@Module({
  providers: [
    OrderRepository,
    OrderService,
    ...FULFILMENT_PROVIDERS,
    ...RECEIPT_PROVIDERS,
    ...INTEGRATION_PROVIDERS,
    ...FULFILMENT_JOB_PROVIDERS,
    ...RECEIPT_JOB_PROVIDERS,
    ...INTEGRATION_JOB_PROVIDERS,
    AwardPlacementService,
    { provide: OrderPlacementGateway, useExisting: AwardPlacementService },
  ],
  exports: [OrderPlacementGateway],
})
export class OrderJobsModule {}
