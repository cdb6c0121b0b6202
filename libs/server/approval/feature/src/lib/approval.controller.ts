import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { ApprovalService } from './approval.service';
import { RequisitionService } from './requisition.service';

const a = contract.approval;
const r = contract.requisitions;

@Controller()
export class ApprovalController {
  constructor(
    private readonly approvals: ApprovalService,
    private readonly requisitions: RequisitionService,
  ) {}

  @Implement(a.listPolicies)
  listPolicies(@Req() req: FastifyRequest) {
    return implement(a.listPolicies).handler(async ({ input }) => ({
      items: await this.approvals.listPolicies(authOf(req), input.subjectType),
    }));
  }

  @Implement(a.createPolicy)
  createPolicy(@Req() req: FastifyRequest) {
    return implement(a.createPolicy).handler(({ input }) => this.approvals.createPolicy(authOf(req), input));
  }

  @Implement(a.updatePolicy)
  updatePolicy(@Req() req: FastifyRequest) {
    return implement(a.updatePolicy).handler(({ input }) => {
      const { policyId, ...policy } = input;
      return this.approvals.updatePolicy(authOf(req), policyId, policy);
    });
  }

  @Implement(a.deletePolicy)
  deletePolicy(@Req() req: FastifyRequest) {
    return implement(a.deletePolicy).handler(({ input }) =>
      this.approvals.deletePolicy(authOf(req), input.policyId),
    );
  }

  @Implement(a.inbox)
  inbox(@Req() req: FastifyRequest) {
    return implement(a.inbox).handler(({ input }) => this.approvals.inbox(authOf(req), input));
  }

  @Implement(a.getRequest)
  getRequest(@Req() req: FastifyRequest) {
    return implement(a.getRequest).handler(({ input }) =>
      this.approvals.getRequest(authOf(req), input.requestId),
    );
  }

  @Implement(a.decide)
  decide(@Req() req: FastifyRequest) {
    return implement(a.decide).handler(({ input }) => this.approvals.decide(authOf(req), input));
  }

  @Implement(a.listDelegations)
  listDelegations(@Req() req: FastifyRequest) {
    return implement(a.listDelegations).handler(async () => ({
      items: await this.approvals.listDelegations(authOf(req)),
    }));
  }

  @Implement(a.createDelegation)
  createDelegation(@Req() req: FastifyRequest) {
    return implement(a.createDelegation).handler(({ input }) =>
      this.approvals.createDelegation(authOf(req), input),
    );
  }

  @Implement(a.deleteDelegation)
  deleteDelegation(@Req() req: FastifyRequest) {
    return implement(a.deleteDelegation).handler(({ input }) =>
      this.approvals.deleteDelegation(authOf(req), input.delegationId),
    );
  }

  @Implement(a.listSpendingLimits)
  listSpendingLimits(@Req() req: FastifyRequest) {
    return implement(a.listSpendingLimits).handler(async () => ({
      items: await this.approvals.listSpendingLimits(authOf(req)),
    }));
  }

  @Implement(a.setSpendingLimit)
  setSpendingLimit(@Req() req: FastifyRequest) {
    return implement(a.setSpendingLimit).handler(({ input }) =>
      this.approvals.setSpendingLimit(authOf(req), input),
    );
  }

  @Implement(a.deleteSpendingLimit)
  deleteSpendingLimit(@Req() req: FastifyRequest) {
    return implement(a.deleteSpendingLimit).handler(({ input }) =>
      this.approvals.deleteSpendingLimit(authOf(req), input.limitId),
    );
  }

  @Implement(r.create)
  createRequisition(@Req() req: FastifyRequest) {
    return implement(r.create).handler(({ input }) => this.requisitions.create(authOf(req), input));
  }

  @Implement(r.list)
  listRequisitions(@Req() req: FastifyRequest) {
    return implement(r.list).handler(({ input }) => this.requisitions.list(authOf(req), input));
  }

  @Implement(r.get)
  getRequisition(@Req() req: FastifyRequest) {
    return implement(r.get).handler(({ input }) => this.requisitions.get(authOf(req), input.requisitionId));
  }

  @Implement(r.update)
  updateRequisition(@Req() req: FastifyRequest) {
    return implement(r.update).handler(({ input }) => {
      const { requisitionId, ...body } = input;
      return this.requisitions.update(authOf(req), requisitionId, body);
    });
  }

  @Implement(r.withdraw)
  withdrawRequisition(@Req() req: FastifyRequest) {
    return implement(r.withdraw).handler(({ input }) =>
      this.requisitions.withdraw(authOf(req), input.requisitionId),
    );
  }
}
