import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf, idempotencyKeyOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { OrderService } from './order.service';

const o = contract.orders;

/** Orders of both sides (`/api/orders/*`): thin, one service call per route. */
@Controller()
export class OrderController {
  constructor(private readonly orders: OrderService) {}

  @Implement(o.place)
  place(@Req() req: FastifyRequest) {
    return implement(o.place).handler(({ input }) =>
      this.orders.place(authOf(req), input, idempotencyKeyOf(req.headers)),
    );
  }

  @Implement(o.list)
  list(@Req() req: FastifyRequest) {
    return implement(o.list).handler(({ input }) => this.orders.list(authOf(req), input));
  }

  @Implement(o.get)
  get(@Req() req: FastifyRequest) {
    return implement(o.get).handler(({ input }) => this.orders.get(authOf(req), input.orderId));
  }

  @Implement(o.confirm)
  confirm(@Req() req: FastifyRequest) {
    return implement(o.confirm).handler(({ input: { orderId, ...rest } }) =>
      this.orders.confirm(authOf(req), orderId, rest),
    );
  }

  @Implement(o.reject)
  reject(@Req() req: FastifyRequest) {
    return implement(o.reject).handler(({ input: { orderId, ...rest } }) =>
      this.orders.reject(authOf(req), orderId, rest),
    );
  }

  @Implement(o.cancel)
  cancel(@Req() req: FastifyRequest) {
    return implement(o.cancel).handler(({ input: { orderId, ...rest } }) =>
      this.orders.cancel(authOf(req), orderId, rest),
    );
  }
}
