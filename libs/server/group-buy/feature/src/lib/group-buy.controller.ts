import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { GroupBuyService } from './group-buy.service';

const g = contract.groupBuys;

/** Group buys (`/api/group-buys/*`): thin, one service call per route. */
@Controller()
export class GroupBuyController {
  constructor(private readonly campaigns: GroupBuyService) {}

  @Implement(g.create)
  create(@Req() req: FastifyRequest) {
    return implement(g.create).handler(({ input }) => this.campaigns.create(authOf(req), input));
  }

  @Implement(g.list)
  list(@Req() req: FastifyRequest) {
    return implement(g.list).handler(({ input }) => this.campaigns.list(authOf(req), input));
  }

  @Implement(g.get)
  get(@Req() req: FastifyRequest) {
    return implement(g.get).handler(({ input }) => this.campaigns.get(authOf(req), input.campaignId));
  }

  @Implement(g.publish)
  publish(@Req() req: FastifyRequest) {
    return implement(g.publish).handler(({ input }) => this.campaigns.publish(authOf(req), input.campaignId));
  }

  @Implement(g.confirm)
  confirm(@Req() req: FastifyRequest) {
    return implement(g.confirm).handler(({ input }) => this.campaigns.confirm(authOf(req), input.campaignId));
  }

  @Implement(g.cancel)
  cancel(@Req() req: FastifyRequest) {
    return implement(g.cancel).handler(({ input }) =>
      this.campaigns.cancel(authOf(req), input.campaignId, input.reason),
    );
  }

  @Implement(g.join)
  join(@Req() req: FastifyRequest) {
    return implement(g.join).handler(({ input }) => this.campaigns.join(authOf(req), input));
  }

  @Implement(g.withdraw)
  withdraw(@Req() req: FastifyRequest) {
    return implement(g.withdraw).handler(({ input }) =>
      this.campaigns.join(authOf(req), { campaignId: input.campaignId, quantity: null }),
    );
  }

  @Implement(g.live)
  live(@Req() req: FastifyRequest) {
    return implement(g.live).handler(({ input, signal }) => {
      const gone = new AbortController();
      req.raw.socket.once('close', () => gone.abort());
      const ends = signal ? AbortSignal.any([signal, gone.signal]) : gone.signal;
      return this.campaigns.live(authOf(req), input.campaignId, ends);
    });
  }

  @Implement(g.monitor)
  monitor(@Req() req: FastifyRequest) {
    return implement(g.monitor).handler(({ input }) => this.campaigns.monitor(authOf(req), input.campaignId));
  }
}
