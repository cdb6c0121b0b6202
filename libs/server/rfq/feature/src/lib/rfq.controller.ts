import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { RfqAwardService } from './rfq-award.service';
import { RfqQuoteService } from './rfq-quote.service';
import { RfqService } from './rfq.service';

const r = contract.rfqs;

/** RFQs of both sides (`/api/rfqs/*`, `/api/rfq-inbox`): thin, one service call per route. */
@Controller()
export class RfqController {
  constructor(
    private readonly rfqs: RfqService,
    private readonly quotes: RfqQuoteService,
    private readonly awards: RfqAwardService,
  ) {}

  @Implement(r.create)
  create(@Req() req: FastifyRequest) {
    return implement(r.create).handler(({ input }) => this.rfqs.create(authOf(req), input));
  }

  @Implement(r.update)
  update(@Req() req: FastifyRequest) {
    return implement(r.update).handler(({ input: { rfqId, ...rest } }) =>
      this.rfqs.update(authOf(req), rfqId, rest),
    );
  }

  @Implement(r.list)
  list(@Req() req: FastifyRequest) {
    return implement(r.list).handler(({ input }) => this.rfqs.list(authOf(req), input));
  }

  @Implement(r.inbox)
  inbox(@Req() req: FastifyRequest) {
    return implement(r.inbox).handler(({ input }) => this.rfqs.inbox(authOf(req), input));
  }

  @Implement(r.get)
  get(@Req() req: FastifyRequest) {
    return implement(r.get).handler(({ input }) => this.rfqs.get(authOf(req), input.rfqId));
  }

  @Implement(r.submit)
  submit(@Req() req: FastifyRequest) {
    return implement(r.submit).handler(({ input }) => this.rfqs.submit(authOf(req), input.rfqId));
  }

  @Implement(r.cancel)
  cancel(@Req() req: FastifyRequest) {
    return implement(r.cancel).handler(({ input }) =>
      this.rfqs.cancel(authOf(req), input.rfqId, input.reason),
    );
  }

  @Implement(r.uploadAttachment)
  uploadAttachment(@Req() req: FastifyRequest) {
    return implement(r.uploadAttachment).handler(({ input }) =>
      this.rfqs.addAttachment(authOf(req), input.rfqId, input.file),
    );
  }

  @Implement(r.downloadAttachment)
  downloadAttachment(@Req() req: FastifyRequest) {
    return implement(r.downloadAttachment).handler(({ input }) =>
      this.rfqs.downloadAttachment(authOf(req), input.rfqId, input.attachmentId),
    );
  }

  @Implement(r.quotes)
  quotesOf(@Req() req: FastifyRequest) {
    return implement(r.quotes).handler(({ input }) => this.awards.quotes(authOf(req), input.rfqId));
  }

  @Implement(r.comparison)
  comparison(@Req() req: FastifyRequest) {
    return implement(r.comparison).handler(({ input }) => this.awards.comparison(authOf(req), input));
  }

  @Implement(r.record)
  record(@Req() req: FastifyRequest) {
    return implement(r.record).handler(({ input }) =>
      this.awards.record(authOf(req), input.rfqId, input.lang),
    );
  }

  @Implement(r.counterOffer)
  counterOffer(@Req() req: FastifyRequest) {
    return implement(r.counterOffer).handler(({ input }) => this.awards.counterOffer(authOf(req), input));
  }

  @Implement(r.award)
  award(@Req() req: FastifyRequest) {
    return implement(r.award).handler(({ input }) => this.awards.award(authOf(req), input));
  }

  @Implement(r.myQuote)
  myQuote(@Req() req: FastifyRequest) {
    return implement(r.myQuote).handler(async ({ input }) => ({
      quote: await this.quotes.mine(authOf(req), input.rfqId),
    }));
  }

  @Implement(r.submitQuote)
  submitQuote(@Req() req: FastifyRequest) {
    return implement(r.submitQuote).handler(({ input }) => this.quotes.submit(authOf(req), input));
  }

  @Implement(r.suggestQuote)
  suggestQuote(@Req() req: FastifyRequest) {
    return implement(r.suggestQuote).handler(({ input }) =>
      this.quotes.suggest(authOf(req), input.rfqId, input.paymentTerm),
    );
  }

  @Implement(r.withdrawQuote)
  withdrawQuote(@Req() req: FastifyRequest) {
    return implement(r.withdrawQuote).handler(({ input }) => this.quotes.withdraw(authOf(req), input.rfqId));
  }
}
