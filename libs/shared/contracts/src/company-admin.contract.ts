import { z } from 'zod';
import { requires } from './access';
import { BuiltInRoleSchema, EmailSchema, OkSchema, PermissionSchema } from './identity.contract';
import { PageQuerySchema, pageOf } from './paging';

const Id = z.uuid();
const Name = z.string().trim().min(1).max(100);

export const MemberSchema = z.object({
  membershipId: Id,
  userId: Id,
  email: z.string(),
  displayName: z.string(),
  role: BuiltInRoleSchema,
  customRoleIds: z.array(Id),
  departmentId: Id.nullable(),
  isOwner: z.boolean(),
  disabledAt: z.iso.datetime().nullable(),
  lastSignInAt: z.iso.datetime().nullable(),
});
export type Member = z.infer<typeof MemberSchema>;

export const InviteMemberInputSchema = z.object({
  email: EmailSchema,
  displayName: z.string().trim().min(1).max(100),
  role: BuiltInRoleSchema.exclude(['owner']),
  customRoleIds: z.array(Id).max(20).default([]),
  departmentId: Id.nullable().default(null),
});

export const UpdateMemberInputSchema = z.object({
  membershipId: Id,
  role: BuiltInRoleSchema.exclude(['owner']).optional(),
  customRoleIds: z.array(Id).max(20).optional(),
  departmentId: Id.nullable().optional(),
});

export const DisableMemberInputSchema = z.object({
  membershipId: Id,
  /** Who takes over the leaver's customers, RFQs, quotes and requisitions; default: the owner. */
  reassignToMembershipId: Id.optional(),
});
export const DisableMemberResultSchema = z.object({
  member: MemberSchema,
  reassignedTo: Id,
  reassigned: z.record(z.string(), z.number().int().nonnegative()),
});

export const CustomRoleSchema = z.object({
  id: Id,
  name: z.string(),
  permissions: z.array(PermissionSchema),
  memberCount: z.number().int().nonnegative(),
});
export type CustomRole = z.infer<typeof CustomRoleSchema>;
export const RoleInputSchema = z.object({
  name: Name,
  permissions: z.array(PermissionSchema).min(1).max(100),
});

export const DepartmentSchema = z.object({
  id: Id,
  name: z.string(),
  budgetCode: z.string(),
  memberCount: z.number().int().nonnegative(),
});
export type Department = z.infer<typeof DepartmentSchema>;
export const DepartmentInputSchema = z.object({
  name: Name,
  budgetCode: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'Letters, digits, dot, dash or underscore; up to 32'),
});

export const ApiKeySchema = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  permissions: z.array(PermissionSchema),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const AuditEntrySchema = z.object({
  id: Id,
  companyId: Id.nullable(),
  actorUserId: Id.nullable(),
  actorName: z.string().nullable(),
  actorApiKeyId: Id.nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  at: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditQuerySchema = PageQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
  subjectType: z.string().trim().max(50).optional(),
  subjectId: z.string().trim().max(100).optional(),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
});

export const StaffActivityRowSchema = z.object({
  userId: Id,
  displayName: z.string(),
  email: z.string(),
  role: BuiltInRoleSchema,
  disabled: z.boolean(),
  signIns: z.number().int().nonnegative(),
  requisitionsSubmitted: z.number().int().nonnegative(),
  /** Quotes and special prices a sales rep sent to buyers. */
  quotesSent: z.number().int().nonnegative(),
  /** RFQs the account answered first for its company (first quote versions). */
  rfqsAnswered: z.number().int().nonnegative(),
  /** Their average response time in minutes (first quote − publication), null without any. */
  avgRfqResponseMinutes: z.number().int().nonnegative().nullable(),
  approvalsDecided: z.number().int().nonnegative(),
  /** Every audited change the account made (roles, policies, requisitions, decisions…). */
  actions: z.number().int().nonnegative(),
  lastActiveAt: z.iso.datetime().nullable(),
});
export type StaffActivityRow = z.infer<typeof StaffActivityRowSchema>;
export const StaffActivitySchema = z.object({
  period: z.enum(['day', 'week']),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  rows: z.array(StaffActivityRowSchema),
});

const tags = ['company admin'];

export const companyAdminContract = {
  listMembers: requires('company:view')
    .route({
      method: 'GET',
      path: '/api/company/members',
      summary: 'Members of the active company (colleagues, for delegations and approver pickers)',
      tags,
    })
    .output(z.object({ items: z.array(MemberSchema) })),
  inviteMember: requires('user:manage')
    .route({
      method: 'POST',
      path: '/api/company/members',
      successStatus: 201,
      summary: 'Add a staff account; a new user gets a mail to set a password',
      tags,
    })
    .input(InviteMemberInputSchema)
    .output(MemberSchema),
  updateMember: requires('user:manage')
    .route({
      method: 'PATCH',
      path: '/api/company/members/{membershipId}',
      summary: 'Change roles or department',
      tags,
    })
    .input(UpdateMemberInputSchema)
    .output(MemberSchema),
  disableMember: requires('user:manage')
    .route({
      method: 'POST',
      path: '/api/company/members/{membershipId}/disable',
      summary: 'Disable a staff account and hand its work to a colleague',
      description:
        'Customers, open RFQs, quotes and requisitions move to the colleague (default: the owner). Nothing is lost.',
      tags,
    })
    .input(DisableMemberInputSchema)
    .output(DisableMemberResultSchema),
  listRoles: requires('user:view')
    .route({ method: 'GET', path: '/api/company/roles', summary: 'Built-in and custom roles', tags })
    .output(
      z.object({
        builtIn: z.array(z.object({ role: BuiltInRoleSchema, permissions: z.array(PermissionSchema) })),
        custom: z.array(CustomRoleSchema),
      }),
    ),
  createRole: requires('role:manage')
    .route({
      method: 'POST',
      path: '/api/company/roles',
      successStatus: 201,
      summary: 'Create a custom role',
      tags,
    })
    .input(RoleInputSchema)
    .output(CustomRoleSchema),
  updateRole: requires('role:manage')
    .route({
      method: 'PATCH',
      path: '/api/company/roles/{roleId}',
      summary: 'Rename or change a custom role',
      tags,
    })
    .input(RoleInputSchema.partial().extend({ roleId: Id }))
    .output(CustomRoleSchema),
  deleteRole: requires('role:manage')
    .route({ method: 'DELETE', path: '/api/company/roles/{roleId}', summary: 'Delete a custom role', tags })
    .input(z.object({ roleId: Id }))
    .output(OkSchema),
  listDepartments: requires('company:view')
    .route({ method: 'GET', path: '/api/company/departments', summary: 'Departments (cost centres)', tags })
    .output(z.object({ items: z.array(DepartmentSchema) })),
  createDepartment: requires('department:manage')
    .route({
      method: 'POST',
      path: '/api/company/departments',
      successStatus: 201,
      summary: 'Add a department',
      tags,
    })
    .input(DepartmentInputSchema)
    .output(DepartmentSchema),
  updateDepartment: requires('department:manage')
    .route({
      method: 'PATCH',
      path: '/api/company/departments/{departmentId}',
      summary: 'Rename a department',
      tags,
    })
    .input(DepartmentInputSchema.partial().extend({ departmentId: Id }))
    .output(DepartmentSchema),
  listApiKeys: requires('apikey:manage')
    .route({ method: 'GET', path: '/api/company/api-keys', summary: 'Integration keys', tags })
    .output(z.object({ items: z.array(ApiKeySchema) })),
  createApiKey: requires('apikey:manage')
    .route({
      method: 'POST',
      path: '/api/company/api-keys',
      successStatus: 201,
      summary: 'Create a key; its secret is shown this once',
      tags,
    })
    .input(z.object({ name: Name, permissions: z.array(PermissionSchema).min(1).max(100) }))
    .output(z.object({ apiKey: ApiKeySchema, secret: z.string() })),
  revokeApiKey: requires('apikey:manage')
    .route({ method: 'POST', path: '/api/company/api-keys/{apiKeyId}/revoke', summary: 'Revoke a key', tags })
    .input(z.object({ apiKeyId: Id }))
    .output(ApiKeySchema),
  staffActivity: requires('activity:view')
    .route({
      method: 'GET',
      path: '/api/company/staff-activity',
      summary: 'Activity of each staff account over a day or a week (the owner also gets it by mail)',
      tags,
    })
    .input(z.object({ period: z.enum(['day', 'week']).default('day'), at: z.iso.datetime().optional() }))
    .output(StaffActivitySchema),
  listAudit: requires('audit:view')
    .route({
      method: 'GET',
      path: '/api/company/audit',
      summary: 'Audit log of the company (and its subsidiaries for a group admin)',
      tags,
    })
    .input(AuditQuerySchema)
    .output(pageOf(AuditEntrySchema)),
  listPlatformAudit: requires('platform:operate')
    .route({
      method: 'GET',
      path: '/api/platform/audit',
      summary: 'Audit log of every company (operator)',
      tags: ['platform'],
    })
    .input(AuditQuerySchema.extend({ companyId: Id.optional() }))
    .output(pageOf(AuditEntrySchema)),
};
