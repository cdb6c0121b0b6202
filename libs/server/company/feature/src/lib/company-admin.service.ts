import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import { CompanyAdminRepository, type MemberRow } from '@tradeway/server/company/data-access';
import {
  APP_CONFIG,
  type AppConfig,
  type AuditRecord,
  AuditService,
  portalOfCompany,
  Prisma,
  portalUrl,
  type RequestAuth,
  userIdOf,
} from '@tradeway/server/platform';
import {
  type ApiKey,
  BUILT_IN_ROLE_PERMISSIONS,
  BUILT_IN_ROLES,
  type CustomRole,
  type Department,
  type Member,
  type Permission,
} from '@tradeway/shared/contracts';

const INVITATION_MS = 7 * 24 * 3600_000;
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

export const notFound = (what: string) =>
  new ORPCError('NOT_FOUND', { status: 404, message: `${what} not found` });
export const unprocessable = (path: string, message: string) =>
  new ORPCError('UNPROCESSABLE_CONTENT', { status: 422, message, data: { fields: [{ path, message }] } });

function toMember(m: MemberRow, lastSignIn?: Date): Member {
  return {
    membershipId: m.id,
    userId: m.userId,
    email: m.user.email,
    displayName: m.user.displayName,
    role: m.role,
    customRoleIds: m.customRoles.map((r) => r.roleId),
    departmentId: m.departmentId,
    isOwner: m.isOwner,
    disabledAt: m.disabledAt?.toISOString() ?? null,
    lastSignInAt: lastSignIn?.toISOString() ?? null,
  };
}

const toApiKey = (k: {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiKey => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  permissions: k.permissions as Permission[],
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

/**
 * Company administration (DESIGN.md §2): members, custom roles, departments, API keys and
 * the audit log. Writes act in the caller's active company and are audited with the state
 * before and after.
 */
@Injectable()
export class CompanyAdminService {
  constructor(
    private readonly repo: CompanyAdminRepository,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listMembers(auth: RequestAuth): Promise<Member[]> {
    const rows = await this.repo.listMembers(auth.companyId);
    const last = await this.repo.lastSignIns(
      auth.companyId,
      rows.map((r) => r.userId),
    );
    return rows.map((r) => toMember(r, last.get(r.userId)));
  }

  private async checkReferences(auth: RequestAuth, customRoleIds?: string[], departmentId?: string | null) {
    if (
      customRoleIds &&
      (await this.repo.countOwnRoles(auth.companyId, customRoleIds)) !== new Set(customRoleIds).size
    ) {
      throw unprocessable('customRoleIds', 'Unknown role');
    }
    if (departmentId && !(await this.repo.departmentExists(auth.companyId, departmentId))) {
      throw unprocessable('departmentId', 'Unknown department');
    }
  }

  async inviteMember(
    auth: RequestAuth,
    input: {
      email: string;
      displayName: string;
      role: Member['role'];
      customRoleIds: string[];
      departmentId: string | null;
    },
  ): Promise<Member> {
    await this.checkReferences(auth, input.customRoleIds, input.departmentId);
    const db = this.repo.db;
    const existing = await db.user.findUnique({ where: { email: input.email } });
    if (
      existing &&
      (await db.membership.count({ where: { userId: existing.id, companyId: auth.companyId } }))
    ) {
      throw new ORPCError('CONFLICT', {
        status: 409,
        message: 'Already a member',
        data: { fields: [{ path: 'email', message: 'Already a member of this company' }] },
      });
    }
    const company = await db.company.findUniqueOrThrow({ where: { id: auth.companyId } });
    const membershipId = await this.repo.transaction(async (tx) => {
      const user =
        existing ??
        (await tx.user.create({
          // an unusable hash: the invitee sets a password through the mailed link
          data: {
            email: input.email,
            displayName: input.displayName,
            passwordHash: `!invited:${randomBytes(16).toString('hex')}`,
          },
        }));
      const m = await tx.membership.create({
        data: {
          userId: user.id,
          companyId: auth.companyId,
          role: input.role,
          departmentId: input.departmentId,
          customRoles: { create: input.customRoleIds.map((roleId) => ({ roleId })) },
        },
      });
      const token = randomBytes(32).toString('base64url');
      if (!existing) {
        await tx.passwordResetToken.create({
          data: {
            userId: user.id,
            tokenHash: sha256(token),
            expiresAt: new Date(Date.now() + INVITATION_MS),
          },
        });
      }
      const base = portalUrl(this.config, portalOfCompany(company.kinds));
      const link = existing
        ? new URL('/sign-in', base).toString()
        : new URL(`/reset-password?token=${token}`, base).toString();
      await tx.outboxMail.create({
        data: {
          to: input.email,
          subject: `${company.name} 邀请您加入 Tradeway / invites you to Tradeway`,
          text:
            `${input.displayName}，您好：${company.name} 已为您开通账号。请在 7 天内打开以下链接${existing ? '登录' : '设置密码'}：\n${link}\n\n` +
            `Hello ${input.displayName}, ${company.name} has given you an account. ${existing ? 'Sign in' : 'Set your password within 7 days'}:\n${link}\n`,
        },
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'member.invite',
          subjectType: 'membership',
          subjectId: m.id,
          after: {
            email: input.email,
            role: input.role,
            customRoleIds: input.customRoleIds,
            departmentId: input.departmentId,
          },
        },
        tx,
      );
      return m.id;
    });
    return toMember((await this.repo.findMember(auth.companyId, membershipId)) as MemberRow);
  }

  async updateMember(
    auth: RequestAuth,
    input: {
      membershipId: string;
      role?: Member['role'];
      customRoleIds?: string[];
      departmentId?: string | null;
    },
  ): Promise<Member> {
    const before = await this.repo.findMember(auth.companyId, input.membershipId);
    if (!before) throw notFound('Member');
    if (before.isOwner && input.role) throw unprocessable('role', "The owner's role cannot change");
    await this.checkReferences(auth, input.customRoleIds, input.departmentId);
    await this.repo.transaction(async (tx) => {
      await tx.membership.update({
        where: { id: before.id },
        data: {
          ...(input.role ? { role: input.role } : {}),
          ...(input.departmentId !== undefined ? { departmentId: input.departmentId } : {}),
        },
      });
      if (input.customRoleIds) {
        await tx.membershipRole.deleteMany({ where: { membershipId: before.id } });
        await tx.membershipRole.createMany({
          data: input.customRoleIds.map((roleId) => ({ membershipId: before.id, roleId })),
        });
      }
      const after = await this.repo.findMember(auth.companyId, before.id, tx);
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'member.update',
          subjectType: 'membership',
          subjectId: before.id,
          before: {
            role: before.role,
            customRoleIds: before.customRoles.map((r) => r.roleId),
            departmentId: before.departmentId,
          },
          after: {
            role: after?.role,
            customRoleIds: after?.customRoles.map((r) => r.roleId),
            departmentId: after?.departmentId,
          },
        },
        tx,
      );
    });
    return toMember((await this.repo.findMember(auth.companyId, before.id)) as MemberRow);
  }

  async disableMember(auth: RequestAuth, input: { membershipId: string; reassignToMembershipId?: string }) {
    const leaver = await this.repo.findMember(auth.companyId, input.membershipId);
    if (!leaver) throw notFound('Member');
    if (leaver.isOwner) throw unprocessable('membershipId', 'The owner account cannot be disabled');
    if (leaver.disabledAt) throw unprocessable('membershipId', 'Already disabled');
    if (leaver.userId === userIdOf(auth)) throw unprocessable('membershipId', 'You cannot disable yourself');
    const members = await this.repo.listMembers(auth.companyId);
    const heir = input.reassignToMembershipId
      ? members.find((m) => m.id === input.reassignToMembershipId)
      : members.find((m) => m.isOwner && !m.disabledAt);
    if (!heir || heir.disabledAt || heir.id === leaver.id) {
      throw unprocessable('reassignToMembershipId', 'Choose an active colleague of this company');
    }
    const reassigned = await this.repo.disableAndReassign(
      auth.companyId,
      { membershipId: leaver.id, userId: leaver.userId },
      { userId: heir.userId },
      new Date(),
      { service: this.audit, actor: auth },
    );
    return {
      member: toMember((await this.repo.findMember(auth.companyId, leaver.id)) as MemberRow),
      reassignedTo: heir.id,
      reassigned,
    };
  }

  async listRoles(auth: RequestAuth) {
    const custom = await this.repo.listRoles(auth.companyId);
    return {
      builtIn: BUILT_IN_ROLES.map((role) => ({ role, permissions: [...BUILT_IN_ROLE_PERMISSIONS[role]] })),
      custom: custom.map((r) => this.toRole(r)),
    };
  }

  private toRole(r: {
    id: string;
    name: string;
    permissions: string[];
    _count: { members: number };
  }): CustomRole {
    return {
      id: r.id,
      name: r.name,
      permissions: r.permissions as Permission[],
      memberCount: r._count.members,
    };
  }

  /** An audited change in the caller's active company. */
  private changed<T>(
    auth: RequestAuth,
    write: (tx: Prisma.TransactionClient) => Promise<T>,
    describe: (result: T) => Omit<AuditRecord, 'companyId'>,
  ): Promise<T> {
    return this.audit.change(auth, write, (r) => ({ companyId: auth.companyId, ...describe(r) }));
  }

  async createRole(
    auth: RequestAuth,
    input: { name: string; permissions: Permission[] },
  ): Promise<CustomRole> {
    const permissions = [...new Set(input.permissions)].sort();
    const role = await this.changed(
      auth,
      (tx) => tx.customRole.create({ data: { companyId: auth.companyId, name: input.name, permissions } }),
      (r) => ({
        action: 'role.create',
        subjectType: 'role',
        subjectId: r.id,
        after: { name: r.name, permissions },
      }),
    );
    return this.toRole({ ...role, _count: { members: 0 } });
  }

  async updateRole(auth: RequestAuth, input: { roleId: string; name?: string; permissions?: Permission[] }) {
    const before = await this.repo.findRole(auth.companyId, input.roleId);
    if (!before) throw notFound('Role');
    const permissions = input.permissions ? [...new Set(input.permissions)].sort() : before.permissions;
    await this.changed(
      auth,
      (tx) =>
        tx.customRole.update({
          where: { id: before.id },
          data: { name: input.name ?? before.name, permissions },
        }),
      (r) => ({
        action: 'role.update',
        subjectType: 'role',
        subjectId: r.id,
        before: { name: before.name, permissions: before.permissions },
        after: { name: r.name, permissions: r.permissions },
      }),
    );
    return this.toRole((await this.repo.findRole(auth.companyId, before.id)) as NonNullable<typeof before>);
  }

  async deleteRole(auth: RequestAuth, roleId: string) {
    const before = await this.repo.findRole(auth.companyId, roleId);
    if (!before) throw notFound('Role');
    await this.changed(
      auth,
      (tx) => tx.customRole.delete({ where: { id: before.id } }),
      () => ({
        action: 'role.delete',
        subjectType: 'role',
        subjectId: before.id,
        before: { name: before.name, permissions: before.permissions, memberCount: before._count.members },
      }),
    );
    return { ok: true as const };
  }

  private toDepartment(d: {
    id: string;
    name: string;
    budgetCode: string;
    _count: { memberships: number };
  }): Department {
    return { id: d.id, name: d.name, budgetCode: d.budgetCode, memberCount: d._count.memberships };
  }

  async listDepartments(auth: RequestAuth) {
    return (await this.repo.listDepartments(auth.companyId)).map((d) => this.toDepartment(d));
  }

  async createDepartment(auth: RequestAuth, input: { name: string; budgetCode: string }) {
    const d = await this.changed(
      auth,
      (tx) => tx.department.create({ data: { companyId: auth.companyId, ...input } }),
      (row) => ({ action: 'department.create', subjectType: 'department', subjectId: row.id, after: input }),
    );
    return this.toDepartment({ ...d, _count: { memberships: 0 } });
  }

  async updateDepartment(
    auth: RequestAuth,
    input: { departmentId: string; name?: string; budgetCode?: string },
  ) {
    const before = await this.repo.findDepartment(auth.companyId, input.departmentId);
    if (!before) throw notFound('Department');
    await this.changed(
      auth,
      (tx) =>
        tx.department.update({
          where: { id: before.id },
          data: { name: input.name ?? before.name, budgetCode: input.budgetCode ?? before.budgetCode },
        }),
      (after) => ({
        action: 'department.update',
        subjectType: 'department',
        subjectId: before.id,
        before: { name: before.name, budgetCode: before.budgetCode },
        after: { name: after.name, budgetCode: after.budgetCode },
      }),
    );
    return this.toDepartment(
      (await this.repo.findDepartment(auth.companyId, before.id)) as NonNullable<typeof before>,
    );
  }

  async listApiKeys(auth: RequestAuth) {
    return (await this.repo.listApiKeys(auth.companyId)).map(toApiKey);
  }

  async createApiKey(auth: RequestAuth, input: { name: string; permissions: Permission[] }) {
    // A key never holds more than its creator.
    const beyond = input.permissions.filter((p) => !auth.permissions.has(p));
    if (beyond.length) throw unprocessable('permissions', `You do not hold: ${beyond.join(', ')}`);
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('base64url');
    const key = await this.changed(
      auth,
      (tx) =>
        tx.apiKey.create({
          data: {
            companyId: auth.companyId,
            name: input.name,
            prefix,
            secretHash: sha256(secret),
            permissions: [...new Set(input.permissions)].sort(),
            createdById: userIdOf(auth),
          },
        }),
      (k) => ({
        action: 'apikey.create',
        subjectType: 'api_key',
        subjectId: k.id,
        after: { name: k.name, prefix, permissions: k.permissions },
      }),
    );
    return { apiKey: toApiKey(key), secret: `tw_${prefix}_${secret}` };
  }

  async revokeApiKey(auth: RequestAuth, apiKeyId: string) {
    const before = await this.repo.findApiKey(auth.companyId, apiKeyId);
    if (!before) throw notFound('API key');
    if (before.revokedAt) return toApiKey(before);
    const after = await this.changed(
      auth,
      (tx) => tx.apiKey.update({ where: { id: before.id }, data: { revokedAt: new Date() } }),
      (k) => ({
        action: 'apikey.revoke',
        subjectType: 'api_key',
        subjectId: k.id,
        before: { revokedAt: null },
        after: { revokedAt: k.revokedAt },
      }),
    );
    return toApiKey(after);
  }

  async listAudit(
    companyIds: string[] | null,
    q: {
      page: number;
      pageSize: number;
      action?: string;
      subjectType?: string;
      subjectId?: string;
      from?: string;
      to?: string;
    },
  ) {
    const { rows, total, names } = await this.repo.listAudit(companyIds, q);
    return {
      items: rows.map((r) => ({
        id: r.id,
        companyId: r.companyId,
        actorUserId: r.actorUserId,
        actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
        actorApiKeyId: r.actorApiKeyId,
        action: r.action,
        subjectType: r.subjectType,
        subjectId: r.subjectId,
        before: r.before ?? null,
        after: r.after ?? null,
        at: r.at.toISOString(),
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }
}
