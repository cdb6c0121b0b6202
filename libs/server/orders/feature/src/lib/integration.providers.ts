import type { Provider, Type } from '@nestjs/common';
import { RepeatOrderRepository, WebhookRepository } from '@tradeway/server/orders/data-access';
import { IntegrationController } from './integration.controller';
import { RepeatOrderJob } from './repeat-order.job';
import { RepeatOrderService } from './repeat-order.service';
import { ReorderService } from './reorder.service';
import { WebhookController } from './webhook.controller';
import { WebhookDeliveryJob } from './webhook-delivery.job';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookService } from './webhook.service';

/**
 * The integration part of the order module (decision 0015): webhook endpoints and their
 * delivery log, reorders and repeat orders; the worker runs the webhook relay and the
 * repeat-order runner.
 */
export const INTEGRATION_CONTROLLERS: Type[] = [WebhookController, IntegrationController];
export const INTEGRATION_PROVIDERS: Provider[] = [
  WebhookRepository,
  RepeatOrderRepository,
  WebhookService,
  WebhookDeliveryService,
  ReorderService,
  RepeatOrderService,
];
export const INTEGRATION_JOB_PROVIDERS: Provider[] = [WebhookDeliveryJob, RepeatOrderJob];
