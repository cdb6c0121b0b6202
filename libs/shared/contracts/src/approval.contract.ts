import { z } from 'zod';
import { requires, signedInRoute } from './access';
import { BuiltInRoleSchema, OkSchema } from './identity.contract';
import { PageQuerySchema, pageOf } from './paging';

const Id = z.uuid();
/** Money in minor units (fen) as a JSON string or number of digits; never a float. */
export const MinorSchema = z.coerce
  .bigint()
  .nonnegative()
  .max(10n ** 15n);

/** Everything that can go through approval (DESIGN.md §9); the engine's subject types. */
export const SUBJECT_TYPES = [
  'purchase_requisition',
  'purchase_order',
  'rfq_publication',
  'rfq_award',
  'auction_award',
  'special_price',
  'group_buy_commitment',
  'credit_limit_change',
  'loan_disbursement',
] as const;
export const SubjectTypeSchema = z.enum(SUBJECT_TYPES);
export type SubjectType = z.infer<typeof SubjectTypeSchema>;

export const PolicyConditionsSchema = z
  .object({
    minAmountMinor: MinorSchema.optional(),
    maxAmountMinor: MinorSchema.optional(),
    categoryIds: z.array(Id).max(100).optional(),
    newSupplier: z.boolean().optional(),
    minDiscountBps: z.number().int().min(0).max(10_000).optional(),
    minPaymentTermDays: z.number().int().min(0).max(3650).optional(),
    departmentIds: z.array(Id).max(100).optional(),
    overSpendingLimit: z.boolean().optional(),
  })
  .strict();

export const EscalationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('notify') }),
  z.object({ kind: z.literal('next_level') }),
  z.object({ kind: z.literal('user'), userId: Id }),
]);

export const PolicyLevelSchema = z.object({
  order: z.number().int().min(1).max(20),
  mode: z.enum(['any', 'all']),
  approverRoles: z
    .array(z.union([BuiltInRoleSchema, Id]))
    .max(20)
    .default([]),
  approverUserIds: z.array(Id).max(50).default([]),
  slaHours: z
    .number()
    .positive()
    .max(24 * 90)
    .nullable()
    .default(null),
  escalation: EscalationSchema.default({ kind: 'notify' }),
});

export const PolicyInputSchema = z.object({
  subjectType: SubjectTypeSchema,
  name: z.string().trim().min(1).max(100),
  priority: z.number().int().min(0).max(10_000),
  active: z.boolean().default(true),
  conditions: PolicyConditionsSchema.default({}),
  levels: z.array(PolicyLevelSchema).max(20),
});
export type PolicyInput = z.infer<typeof PolicyInputSchema>;

export const PolicySchema = PolicyInputSchema.extend({
  id: Id,
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type Policy = z.infer<typeof PolicySchema>;

export const ApprovalTaskSchema = z.object({
  level: z.number().int(),
  approverUserId: Id,
  approverName: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'skipped']),
  decidedByUserId: Id.nullable(),
  decidedByName: z.string().nullable(),
  comment: z.string().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  escalatedAt: z.iso.datetime().nullable(),
});

export const ApprovalRequestSchema = z.object({
  id: Id,
  subjectType: SubjectTypeSchema,
  subjectId: Id,
  subjectVersion: z.number().int(),
  subjectTitle: z.string(),
  requesterId: Id,
  requesterName: z.string(),
  amountMinor: z.bigint(),
  currency: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
  currentLevel: z.number().int().nullable(),
  levels: z.array(PolicyLevelSchema),
  policyId: Id.nullable(),
  overSpendingLimit: z.boolean(),
  tasks: z.array(ApprovalTaskSchema),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequestSchema>;

export const InboxItemSchema = z.object({
  requestId: Id,
  subjectType: SubjectTypeSchema,
  subjectId: Id,
  subjectTitle: z.string(),
  requesterName: z.string(),
  amountMinor: z.bigint(),
  currency: z.string(),
  level: z.number().int(),
  levelCount: z.number().int(),
  /** The approver this task belongs to: the caller, or whom the caller stands in for. */
  approverUserId: Id,
  onBehalfOf: z.string().nullable(),
  taskStatus: z.enum(['pending', 'approved', 'rejected', 'skipped']),
  requestStatus: z.enum(['pending', 'approved', 'rejected', 'withdrawn']),
  dueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type InboxItem = z.infer<typeof InboxItemSchema>;

export const DelegationSchema = z.object({
  id: Id,
  fromUserId: Id,
  fromName: z.string(),
  toUserId: Id,
  toName: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
});

export const SpendingLimitSchema = z.object({
  id: Id,
  userId: Id.nullable(),
  departmentId: Id.nullable(),
  period: z.enum(['day', 'week', 'month', 'year']),
  limitMinor: z.bigint(),
  currency: z.string(),
  spentMinor: z.bigint(),
  remainingMinor: z.bigint(),
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
});

const tags = ['approvals'];

export const approvalContract = {
  listPolicies: requires('approval_policy:manage')
    .route({
      method: 'GET',
      path: '/api/approval/policies',
      summary: 'Approval policies of the company',
      tags,
    })
    .input(z.object({ subjectType: SubjectTypeSchema.optional() }))
    .output(z.object({ items: z.array(PolicySchema) })),
  createPolicy: requires('approval_policy:manage')
    .route({
      method: 'POST',
      path: '/api/approval/policies',
      successStatus: 201,
      summary: 'Add a policy',
      tags,
    })
    .input(PolicyInputSchema)
    .output(PolicySchema),
  updatePolicy: requires('approval_policy:manage')
    .route({
      method: 'PUT',
      path: '/api/approval/policies/{policyId}',
      summary: 'Replace a policy (running approvals keep the levels they started with)',
      tags,
    })
    .input(PolicyInputSchema.extend({ policyId: Id }))
    .output(PolicySchema),
  deletePolicy: requires('approval_policy:manage')
    .route({ method: 'DELETE', path: '/api/approval/policies/{policyId}', summary: 'Remove a policy', tags })
    .input(z.object({ policyId: Id }))
    .output(OkSchema),
  inbox: signedInRoute
    .route({
      method: 'GET',
      path: '/api/approval/inbox',
      summary: 'Approvals waiting for me (or decided by me)',
      tags,
    })
    .input(PageQuerySchema.extend({ status: z.enum(['pending', 'decided']).default('pending') }))
    .output(pageOf(InboxItemSchema)),
  getRequest: signedInRoute
    .route({
      method: 'GET',
      path: '/api/approval/requests/{requestId}',
      summary: 'One approval with its levels and decisions',
      tags,
    })
    .input(z.object({ requestId: Id }))
    .output(ApprovalRequestSchema),
  decide: signedInRoute
    .route({
      method: 'POST',
      path: '/api/approval/requests/{requestId}/decisions',
      summary: 'Approve or reject (a comment is required to reject)',
      description:
        'Refused for your own request (403), when the level is not yours (403) or already decided (409).',
      tags,
    })
    .input(
      z.object({
        requestId: Id,
        decision: z.enum(['approve', 'reject']),
        comment: z.string().trim().max(1000).default(''),
        /** Decide for an absent approver who delegated to you. */
        onBehalfOfUserId: Id.optional(),
      }),
    )
    .output(ApprovalRequestSchema),
  listDelegations: signedInRoute
    .route({ method: 'GET', path: '/api/approval/delegations', summary: 'Delegations from and to me', tags })
    .output(z.object({ items: z.array(DelegationSchema) })),
  createDelegation: requires('approval:decide')
    .route({
      method: 'POST',
      path: '/api/approval/delegations',
      successStatus: 201,
      summary: 'Let a colleague decide for me between two dates',
      tags,
    })
    .input(
      z
        .object({ toUserId: Id, startsAt: z.iso.datetime(), endsAt: z.iso.datetime() })
        .refine((d) => Date.parse(d.endsAt) > Date.parse(d.startsAt), {
          message: 'Ends after it starts',
          path: ['endsAt'],
        }),
    )
    .output(DelegationSchema),
  deleteDelegation: signedInRoute
    .route({
      method: 'DELETE',
      path: '/api/approval/delegations/{delegationId}',
      summary: 'End a delegation',
      tags,
    })
    .input(z.object({ delegationId: Id }))
    .output(OkSchema),
  listSpendingLimits: requires('approval_policy:manage')
    .route({
      method: 'GET',
      path: '/api/approval/spending-limits',
      summary: 'Spending limits with what is used',
      tags,
    })
    .output(z.object({ items: z.array(SpendingLimitSchema) })),
  setSpendingLimit: requires('approval_policy:manage')
    .route({
      method: 'POST',
      path: '/api/approval/spending-limits',
      successStatus: 201,
      summary: 'Set a limit for a user or a department',
      tags,
    })
    .input(
      z
        .object({
          userId: Id.optional(),
          departmentId: Id.optional(),
          period: z.enum(['day', 'week', 'month', 'year']),
          limitMinor: MinorSchema,
        })
        .refine((d) => (d.userId ? 1 : 0) + (d.departmentId ? 1 : 0) === 1, {
          message: 'Give a user or a department',
          path: ['userId'],
        }),
    )
    .output(SpendingLimitSchema),
  deleteSpendingLimit: requires('approval_policy:manage')
    .route({
      method: 'DELETE',
      path: '/api/approval/spending-limits/{limitId}',
      summary: 'Remove a limit',
      tags,
    })
    .input(z.object({ limitId: Id }))
    .output(OkSchema),
};

export const RequisitionLineSchema = z.object({
  description: z.string().trim().min(1).max(200),
  categoryId: Id.optional(),
  /** Decimal quantity as text, up to 3 decimals (e.g. "12.5"). */
  quantity: z
    .string()
    .trim()
    .regex(/^(?:0|[1-9]\d{0,9})(?:\.\d{1,3})?$/, 'A positive number with up to 3 decimals')
    .refine((q) => Number(q) > 0, 'Must be more than 0'),
  unit: z.string().trim().min(1).max(10),
  unitPriceMinor: MinorSchema,
});

export const RequisitionInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  departmentId: Id.nullable().default(null),
  currency: z.string().length(3).default('CNY'),
  lines: z.array(RequisitionLineSchema).min(1).max(100),
});
export type RequisitionInput = z.infer<typeof RequisitionInputSchema>;

export const RequisitionSchema = z.object({
  id: Id,
  number: z.string(),
  title: z.string(),
  requesterId: Id,
  requesterName: z.string(),
  ownerId: Id,
  departmentId: Id.nullable(),
  currency: z.string(),
  totalMinor: z.bigint(),
  lines: z.array(RequisitionLineSchema.extend({ lineTotalMinor: z.bigint() })),
  status: z.enum(['pending_approval', 'approved', 'rejected', 'withdrawn']),
  version: z.number().int(),
  approvalRequestId: Id.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Requisition = z.infer<typeof RequisitionSchema>;

const rtags = ['requisitions'];

export const requisitionContract = {
  create: requires('requisition:create')
    .route({
      method: 'POST',
      path: '/api/requisitions',
      successStatus: 201,
      summary: 'Ask to buy; goes to approval at once under the company policy',
      tags: rtags,
    })
    .input(RequisitionInputSchema)
    .output(RequisitionSchema),
  list: signedInRoute
    .route({
      method: 'GET',
      path: '/api/requisitions',
      summary: 'My requisitions (all of the company with requisition:view_all)',
      tags: rtags,
    })
    .input(
      PageQuerySchema.extend({
        status: z.enum(['pending_approval', 'approved', 'rejected', 'withdrawn']).optional(),
      }),
    )
    .output(pageOf(RequisitionSchema)),
  get: signedInRoute
    .route({
      method: 'GET',
      path: '/api/requisitions/{requisitionId}',
      summary: 'One requisition',
      tags: rtags,
    })
    .input(z.object({ requisitionId: Id }))
    .output(RequisitionSchema),
  update: requires('requisition:create')
    .route({
      method: 'PUT',
      path: '/api/requisitions/{requisitionId}',
      summary: 'Change a requisition: the running approval is withdrawn and starts again',
      tags: rtags,
    })
    .input(RequisitionInputSchema.extend({ requisitionId: Id }))
    .output(RequisitionSchema),
  withdraw: signedInRoute
    .route({
      method: 'POST',
      path: '/api/requisitions/{requisitionId}/withdraw',
      summary: 'Withdraw a pending requisition',
      tags: rtags,
    })
    .input(z.object({ requisitionId: Id }))
    .output(RequisitionSchema),
};
