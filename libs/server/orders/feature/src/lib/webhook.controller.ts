import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { WebhookService } from './webhook.service';

const w = contract.integration;

/** Webhook endpoints and their delivery log (`/api/integration/webhooks/*`): thin, one service call per route. */
@Controller()
export class WebhookController {
  constructor(private readonly webhooks: WebhookService) {}

  @Implement(w.createWebhook)
  create(@Req() req: FastifyRequest) {
    return implement(w.createWebhook).handler(({ input }) => this.webhooks.create(authOf(req), input));
  }

  @Implement(w.listWebhooks)
  list(@Req() req: FastifyRequest) {
    return implement(w.listWebhooks).handler(() => this.webhooks.list(authOf(req)));
  }

  @Implement(w.getWebhook)
  get(@Req() req: FastifyRequest) {
    return implement(w.getWebhook).handler(({ input }) => this.webhooks.get(authOf(req), input.endpointId));
  }

  @Implement(w.updateWebhook)
  update(@Req() req: FastifyRequest) {
    return implement(w.updateWebhook).handler(({ input }) => this.webhooks.update(authOf(req), input));
  }

  @Implement(w.deleteWebhook)
  delete(@Req() req: FastifyRequest) {
    return implement(w.deleteWebhook).handler(({ input }) =>
      this.webhooks.delete(authOf(req), input.endpointId),
    );
  }

  @Implement(w.rotateWebhookSecret)
  rotate(@Req() req: FastifyRequest) {
    return implement(w.rotateWebhookSecret).handler(({ input }) =>
      this.webhooks.rotateSecret(authOf(req), input.endpointId, input.graceHours),
    );
  }

  @Implement(w.pingWebhook)
  ping(@Req() req: FastifyRequest) {
    return implement(w.pingWebhook).handler(({ input }) => this.webhooks.ping(authOf(req), input.endpointId));
  }

  @Implement(w.listWebhookDeliveries)
  deliveries(@Req() req: FastifyRequest) {
    return implement(w.listWebhookDeliveries).handler(({ input }) =>
      this.webhooks.listDeliveries(authOf(req), input),
    );
  }

  @Implement(w.getWebhookDelivery)
  delivery(@Req() req: FastifyRequest) {
    return implement(w.getWebhookDelivery).handler(({ input }) =>
      this.webhooks.getDelivery(authOf(req), input.endpointId, input.deliveryId),
    );
  }

  @Implement(w.redeliverWebhook)
  redeliver(@Req() req: FastifyRequest) {
    return implement(w.redeliverWebhook).handler(({ input }) =>
      this.webhooks.redeliver(authOf(req), input.endpointId, input.deliveryId),
    );
  }
}
