import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { AuctionAwardService } from './auction-award.service';
import { AuctionService } from './auction.service';

const a = contract.auctions;

/** Auctions (`/api/auctions/*`): thin, one service call per route. */
@Controller()
export class AuctionController {
  constructor(
    private readonly auctions: AuctionService,
    private readonly awards: AuctionAwardService,
  ) {}

  @Implement(a.create)
  create(@Req() req: FastifyRequest) {
    return implement(a.create).handler(({ input }) => this.auctions.create(authOf(req), input));
  }

  @Implement(a.list)
  list(@Req() req: FastifyRequest) {
    return implement(a.list).handler(({ input }) => this.auctions.list(authOf(req), input));
  }

  @Implement(a.get)
  get(@Req() req: FastifyRequest) {
    return implement(a.get).handler(({ input }) => this.auctions.get(authOf(req), input.auctionId));
  }

  @Implement(a.schedule)
  schedule(@Req() req: FastifyRequest) {
    return implement(a.schedule).handler(({ input }) => this.auctions.schedule(authOf(req), input.auctionId));
  }

  @Implement(a.cancel)
  cancel(@Req() req: FastifyRequest) {
    return implement(a.cancel).handler(({ input }) =>
      this.auctions.cancel(authOf(req), input.auctionId, input.reason),
    );
  }

  @Implement(a.bid)
  bid(@Req() req: FastifyRequest) {
    return implement(a.bid).handler(({ input }) => this.auctions.bid(authOf(req), input));
  }

  @Implement(a.live)
  live(@Req() req: FastifyRequest) {
    return implement(a.live).handler(({ input, signal }) => {
      // the stream ends when the client goes away (its socket closes), whatever oRPC notices
      const gone = new AbortController();
      req.raw.socket.once('close', () => gone.abort());
      const ends = signal ? AbortSignal.any([signal, gone.signal]) : gone.signal;
      return this.auctions.live(authOf(req), input.auctionId, ends);
    });
  }

  @Implement(a.award)
  award(@Req() req: FastifyRequest) {
    return implement(a.award).handler(async ({ input }) => {
      const auth = authOf(req);
      await this.awards.award(auth, input);
      return this.auctions.get(auth, input.auctionId);
    });
  }

  @Implement(a.result)
  result(@Req() req: FastifyRequest) {
    return implement(a.result).handler(({ input }) => this.auctions.result(authOf(req), input.auctionId));
  }

  @Implement(a.setParticipant)
  setParticipant(@Req() req: FastifyRequest) {
    return implement(a.setParticipant).handler(({ input }) =>
      this.auctions.setParticipant(authOf(req), input),
    );
  }

  @Implement(a.bidLog)
  bidLog(@Req() req: FastifyRequest) {
    return implement(a.bidLog).handler(({ input }) => this.auctions.bidLog(authOf(req), input.auctionId));
  }
}
