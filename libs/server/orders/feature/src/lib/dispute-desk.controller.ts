import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { DisputeService } from './dispute.service';

const r = contract.receipts;

/**
 * The operator's dispute desk (`/api/platform/disputes/*`): every route declares
 * `platform:operate`, which only takes effect in the operator company (the access guard
 * answers 403 to anyone else before the handler runs). Thin.
 */
@Controller()
export class DisputeDeskController {
  constructor(private readonly disputes: DisputeService) {}

  @Implement(r.deskList)
  list() {
    return implement(r.deskList).handler(({ input }) => this.disputes.deskList(input));
  }

  @Implement(r.deskGet)
  get(@Req() req: FastifyRequest) {
    return implement(r.deskGet).handler(({ input }) =>
      this.disputes.detailForOperator(input.disputeId, authOf(req)),
    );
  }

  @Implement(r.deskDecide)
  decide(@Req() req: FastifyRequest) {
    return implement(r.deskDecide).handler(({ input: { disputeId, ...rest } }) =>
      this.disputes.decide(authOf(req), disputeId, rest),
    );
  }

  @Implement(r.deskEvidence)
  evidence() {
    return implement(r.deskEvidence).handler(({ input }) =>
      this.disputes.downloadForOperator(input.disputeId, input.evidenceId),
    );
  }
}
