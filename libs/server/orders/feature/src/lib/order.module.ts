import { Module } from '@nestjs/common';
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
import { OrderController } from './order.controller';
import { OrderService } from './order.service';
import { RECEIPT_CONTROLLERS, RECEIPT_JOB_PROVIDERS, RECEIPT_PROVIDERS } from './receipt.providers';

/**
 * Orders (DESIGN.md §8): placing, confirming, rejecting, cancelling, reading; shipments and
 * pickup (fulfilment), receipt and disputes (receipt), webhooks and repeat orders
 * (integration). Needs the approval gateway (global).
 */
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
  ],
  exports: [OrderService],
})
export class OrderModule {}

/**
 * The worker's part: purchase-order approvals decided or escalated there reach the order; the
 * scheduled jobs of the parts (auto-acceptance, webhook deliveries, repeat orders).
 */
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
  ],
})
export class OrderJobsModule {}
