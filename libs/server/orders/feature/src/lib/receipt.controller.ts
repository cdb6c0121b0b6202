import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { DisputeService } from './dispute.service';
import { ReceiptService } from './receipt.service';

const r = contract.receipts;

/** Receipts and disputes of the order's two parties (`/api/orders/{id}/receipts…`, `/api/disputes/*`): thin. */
@Controller()
export class ReceiptController {
  constructor(
    private readonly receipts: ReceiptService,
    private readonly disputes: DisputeService,
  ) {}

  @Implement(r.overview)
  overview(@Req() req: FastifyRequest) {
    return implement(r.overview).handler(({ input }) => this.receipts.overview(authOf(req), input.orderId));
  }

  @Implement(r.record)
  record(@Req() req: FastifyRequest) {
    return implement(r.record).handler(({ input }) => this.receipts.record(authOf(req), input));
  }

  @Implement(r.accept)
  accept(@Req() req: FastifyRequest) {
    return implement(r.accept).handler(({ input: { orderId, ...rest } }) =>
      this.receipts.accept(authOf(req), orderId, rest),
    );
  }

  @Implement(r.openDispute)
  openDispute(@Req() req: FastifyRequest) {
    return implement(r.openDispute).handler(({ input: { orderId, ...rest } }) =>
      this.disputes.open(authOf(req), orderId, rest),
    );
  }

  @Implement(r.getDispute)
  getDispute(@Req() req: FastifyRequest) {
    return implement(r.getDispute).handler(({ input }) =>
      this.disputes.detailForParty(authOf(req), input.disputeId),
    );
  }

  @Implement(r.propose)
  propose(@Req() req: FastifyRequest) {
    return implement(r.propose).handler(({ input: { disputeId, ...rest } }) =>
      this.disputes.propose(authOf(req), disputeId, rest),
    );
  }

  @Implement(r.agree)
  agree(@Req() req: FastifyRequest) {
    return implement(r.agree).handler(({ input: { disputeId, ...rest } }) =>
      this.disputes.agree(authOf(req), disputeId, rest),
    );
  }

  @Implement(r.decline)
  decline(@Req() req: FastifyRequest) {
    return implement(r.decline).handler(({ input: { disputeId, ...rest } }) =>
      this.disputes.decline(authOf(req), disputeId, rest),
    );
  }

  @Implement(r.uploadEvidence)
  uploadEvidence(@Req() req: FastifyRequest) {
    return implement(r.uploadEvidence).handler(({ input }) =>
      this.disputes.addEvidence(authOf(req), input.disputeId, input.file),
    );
  }

  @Implement(r.listEvidence)
  listEvidence(@Req() req: FastifyRequest) {
    return implement(r.listEvidence).handler(({ input }) =>
      this.disputes.listEvidence(authOf(req), input.disputeId),
    );
  }

  @Implement(r.downloadEvidence)
  downloadEvidence(@Req() req: FastifyRequest) {
    return implement(r.downloadEvidence).handler(({ input }) =>
      this.disputes.downloadForParty(authOf(req), input.disputeId, input.evidenceId),
    );
  }
}
