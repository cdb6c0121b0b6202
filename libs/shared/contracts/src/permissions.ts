/**
 * Fine-grained permissions (DESIGN.md §2). Every route of the contract declares the one it
 * needs (see access.ts); roles are sets of them. `platform:*` permissions only ever take
 * effect inside the operator company.
 */
export const PERMISSIONS = [
  'company:view',
  'company:manage',
  'company:view_children',
  'user:view',
  'user:manage',
  'role:manage',
  'department:manage',
  'apikey:manage',
  'audit:view',
  'activity:view',
  'approval_policy:manage',
  'approval:decide',
  'requisition:create',
  'requisition:view_all',
  'rfq:create',
  'rfq:view',
  'rfq:award',
  'quote:create',
  'quote:view',
  'quote:approve_special_price',
  'quote:request',
  'catalog:manage',
  'price_list:view',
  'price_list:manage',
  'order:create',
  'order:view',
  'order:approve',
  'order:fulfil',
  'auction:create',
  'auction:bid',
  'auction:view',
  'group_buy:manage',
  'group_buy:join',
  'group_buy:view',
  'invoice:view',
  'payment:manage',
  'credit:view',
  'warehouse:operate',
  'platform:operate',
  'platform:credit',
  'platform:mailbox',
  'platform:queues',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const BUILT_IN_ROLES = [
  'owner',
  'admin',
  'purchaser',
  'approver',
  'finance',
  'sales',
  'sales_manager',
  'warehouse',
  'viewer',
] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** Read-only business data; who did what (audit, staff activity, members) is for admins. */
const ADMIN_VIEWS = new Set<Permission>(['audit:view', 'activity:view', 'user:view']);
const VIEW: Permission[] = PERMISSIONS.filter((p) => p.endsWith(':view') && !ADMIN_VIEWS.has(p));
const SALES: Permission[] = [
  'company:view',
  'quote:create',
  'quote:view',
  'rfq:view',
  'price_list:view',
  'auction:bid',
  'auction:view',
  'order:view',
  'order:fulfil',
  'group_buy:manage',
  'group_buy:view',
];

/** What each built-in role may do. Owner and admin hold every permission. */
export const BUILT_IN_ROLE_PERMISSIONS: Record<BuiltInRole, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  purchaser: [
    'company:view',
    'requisition:create',
    'rfq:create',
    'rfq:view',
    // proposes the award; the company's rfq_award policy decides (DESIGN.md §5, §9)
    'rfq:award',
    'quote:view',
    'quote:request',
    'price_list:view',
    'order:create',
    'order:view',
    'auction:create',
    // bids in forward auctions (a seller's or the operator's lot)
    'auction:bid',
    'auction:view',
    'group_buy:join',
    'group_buy:view',
    // gathers peers in a campaign of its own (DESIGN.md §7)
    'group_buy:manage',
  ],
  approver: [
    'company:view',
    'approval:decide',
    'requisition:view_all',
    'rfq:view',
    'quote:view',
    'order:view',
    'order:approve',
  ],
  finance: [
    'company:view',
    'approval:decide',
    'requisition:view_all',
    'order:view',
    'invoice:view',
    'payment:manage',
    'credit:view',
  ],
  sales: SALES,
  sales_manager: [
    ...SALES,
    // runs the company's forward auctions (its stock sold to the highest bidder)
    'auction:create',
    'price_list:manage',
    'catalog:manage',
    'quote:approve_special_price',
    'approval:decide',
    'activity:view',
    'user:view',
  ],
  warehouse: ['company:view', 'order:view', 'warehouse:operate'],
  viewer: VIEW,
};

/**
 * The permissions a member holds in a company: the union of their built-in and custom
 * roles, without the platform permissions unless the company is the operator.
 */
export function effectivePermissions(
  builtInRoles: readonly BuiltInRole[],
  customRolePermissions: ReadonlyArray<readonly string[]>,
  companyIsOperator: boolean,
): Set<Permission> {
  const known = new Set<string>(PERMISSIONS);
  const out = new Set<Permission>();
  for (const role of builtInRoles) for (const p of BUILT_IN_ROLE_PERMISSIONS[role]) out.add(p);
  for (const list of customRolePermissions) for (const p of list) if (known.has(p)) out.add(p as Permission);
  if (!companyIsOperator) for (const p of out) if (p.startsWith('platform:')) out.delete(p);
  return out;
}
