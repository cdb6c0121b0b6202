import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf, idempotencyKeyOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { RepeatOrderService } from './repeat-order.service';
import { ReorderService } from './reorder.service';

const i = contract.integration;

/** Reorders and repeat orders (`/api/orders/{id}/reorder|repeat`, `/api/repeat-orders/*`): thin. */
@Controller()
export class IntegrationController {
  constructor(
    private readonly reorders: ReorderService,
    private readonly repeats: RepeatOrderService,
  ) {}

  @Implement(i.reorder)
  reorder(@Req() req: FastifyRequest) {
    return implement(i.reorder).handler(({ input }) =>
      this.reorders.reorder(authOf(req), input, idempotencyKeyOf(req.headers)),
    );
  }

  @Implement(i.createRepeatOrder)
  createRepeat(@Req() req: FastifyRequest) {
    return implement(i.createRepeatOrder).handler(({ input }) => this.repeats.create(authOf(req), input));
  }

  @Implement(i.listRepeatOrders)
  listRepeats(@Req() req: FastifyRequest) {
    return implement(i.listRepeatOrders).handler(({ input }) => this.repeats.list(authOf(req), input));
  }

  @Implement(i.getRepeatOrder)
  getRepeat(@Req() req: FastifyRequest) {
    return implement(i.getRepeatOrder).handler(({ input }) =>
      this.repeats.get(authOf(req), input.repeatOrderId),
    );
  }

  @Implement(i.pauseRepeatOrder)
  pause(@Req() req: FastifyRequest) {
    return implement(i.pauseRepeatOrder).handler(({ input }) =>
      this.repeats.pause(authOf(req), input.repeatOrderId),
    );
  }

  @Implement(i.resumeRepeatOrder)
  resume(@Req() req: FastifyRequest) {
    return implement(i.resumeRepeatOrder).handler(({ input }) =>
      this.repeats.resume(authOf(req), input.repeatOrderId, input.nextRunOn),
    );
  }

  @Implement(i.deleteRepeatOrder)
  deleteRepeat(@Req() req: FastifyRequest) {
    return implement(i.deleteRepeatOrder).handler(({ input }) =>
      this.repeats.delete(authOf(req), input.repeatOrderId),
    );
  }
}
