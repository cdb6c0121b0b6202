import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { CompanyAdminService } from './company-admin.service';
import { StaffActivityService } from './staff-activity.service';

const c = contract.companyAdmin;

@Controller()
export class CompanyAdminController {
  constructor(
    private readonly admin: CompanyAdminService,
    private readonly activity: StaffActivityService,
  ) {}

  @Implement(c.listMembers)
  listMembers(@Req() req: FastifyRequest) {
    return implement(c.listMembers).handler(async () => ({
      items: await this.admin.listMembers(authOf(req)),
    }));
  }

  @Implement(c.inviteMember)
  inviteMember(@Req() req: FastifyRequest) {
    return implement(c.inviteMember).handler(({ input }) => this.admin.inviteMember(authOf(req), input));
  }

  @Implement(c.updateMember)
  updateMember(@Req() req: FastifyRequest) {
    return implement(c.updateMember).handler(({ input }) => this.admin.updateMember(authOf(req), input));
  }

  @Implement(c.disableMember)
  disableMember(@Req() req: FastifyRequest) {
    return implement(c.disableMember).handler(({ input }) => this.admin.disableMember(authOf(req), input));
  }

  @Implement(c.listRoles)
  listRoles(@Req() req: FastifyRequest) {
    return implement(c.listRoles).handler(() => this.admin.listRoles(authOf(req)));
  }

  @Implement(c.createRole)
  createRole(@Req() req: FastifyRequest) {
    return implement(c.createRole).handler(({ input }) => this.admin.createRole(authOf(req), input));
  }

  @Implement(c.updateRole)
  updateRole(@Req() req: FastifyRequest) {
    return implement(c.updateRole).handler(({ input }) => this.admin.updateRole(authOf(req), input));
  }

  @Implement(c.deleteRole)
  deleteRole(@Req() req: FastifyRequest) {
    return implement(c.deleteRole).handler(({ input }) => this.admin.deleteRole(authOf(req), input.roleId));
  }

  @Implement(c.listDepartments)
  listDepartments(@Req() req: FastifyRequest) {
    return implement(c.listDepartments).handler(async () => ({
      items: await this.admin.listDepartments(authOf(req)),
    }));
  }

  @Implement(c.createDepartment)
  createDepartment(@Req() req: FastifyRequest) {
    return implement(c.createDepartment).handler(({ input }) =>
      this.admin.createDepartment(authOf(req), input),
    );
  }

  @Implement(c.updateDepartment)
  updateDepartment(@Req() req: FastifyRequest) {
    return implement(c.updateDepartment).handler(({ input }) =>
      this.admin.updateDepartment(authOf(req), input),
    );
  }

  @Implement(c.listApiKeys)
  listApiKeys(@Req() req: FastifyRequest) {
    return implement(c.listApiKeys).handler(async () => ({
      items: await this.admin.listApiKeys(authOf(req)),
    }));
  }

  @Implement(c.createApiKey)
  createApiKey(@Req() req: FastifyRequest) {
    return implement(c.createApiKey).handler(({ input }) => this.admin.createApiKey(authOf(req), input));
  }

  @Implement(c.revokeApiKey)
  revokeApiKey(@Req() req: FastifyRequest) {
    return implement(c.revokeApiKey).handler(({ input }) =>
      this.admin.revokeApiKey(authOf(req), input.apiKeyId),
    );
  }

  @Implement(c.staffActivity)
  staffActivity(@Req() req: FastifyRequest) {
    return implement(c.staffActivity).handler(({ input }) =>
      this.activity.report(authOf(req), input.period, input.at),
    );
  }

  @Implement(c.listAudit)
  listAudit(@Req() req: FastifyRequest) {
    return implement(c.listAudit).handler(({ input }) =>
      this.admin.listAudit([...authOf(req).visibleCompanyIds], input),
    );
  }

  @Implement(c.listPlatformAudit)
  listPlatformAudit() {
    return implement(c.listPlatformAudit).handler(({ input }) => {
      const { companyId, ...q } = input;
      return this.admin.listAudit(companyId ? [companyId] : null, q);
    });
  }
}
