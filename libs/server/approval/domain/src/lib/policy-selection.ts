import type {
  ApprovalPolicy,
  PolicyConditions,
  PolicyLevel,
  SubjectFacts,
  SubjectType,
} from './approval.types';

/** Every condition that is set holds for the facts (an empty id list counts as not set). */
export function matchesConditions(conditions: PolicyConditions, facts: SubjectFacts): boolean {
  const c = conditions;
  if (c.minAmountMinor !== undefined && facts.amountMinor < c.minAmountMinor) return false;
  if (c.maxAmountMinor !== undefined && facts.amountMinor >= c.maxAmountMinor) return false;
  if (c.categoryIds !== undefined && c.categoryIds.length > 0) {
    const wanted = new Set(c.categoryIds);
    if (!facts.categoryIds.some((id) => wanted.has(id))) return false;
  }
  if (c.newSupplier !== undefined && facts.newSupplier !== c.newSupplier) return false;
  if (c.minDiscountBps !== undefined) {
    if (facts.discountBps === null || facts.discountBps < c.minDiscountBps) return false;
  }
  if (c.minPaymentTermDays !== undefined) {
    if (facts.paymentTermDays === null || facts.paymentTermDays <= c.minPaymentTermDays) return false;
  }
  if (c.departmentIds !== undefined && c.departmentIds.length > 0) {
    if (facts.departmentId === null || !c.departmentIds.includes(facts.departmentId)) return false;
  }
  if (c.overSpendingLimit !== undefined && facts.overSpendingLimit !== c.overSpendingLimit) return false;
  return true;
}

function byPriorityThenId(a: ApprovalPolicy, b: ApprovalPolicy): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The first active policy of the subject type whose conditions match, by ascending priority
 * and then by id (so the answer never depends on the order the policies were loaded in).
 */
export function selectPolicy(
  policies: readonly ApprovalPolicy[],
  subjectType: SubjectType,
  facts: SubjectFacts,
): ApprovalPolicy | null {
  const candidates = policies
    .filter((p) => p.active && p.subjectType === subjectType && matchesConditions(p.conditions, facts))
    .sort(byPriorityThenId);
  return candidates[0] ?? null;
}

export type ApprovalPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'levels'; readonly policyId: string | null; readonly levels: readonly PolicyLevel[] };

/**
 * The level used when a purchase is beyond the requester's remaining spending limit and no
 * policy asks for approval: the owner or an admin decides within a day (DESIGN.md §9).
 */
export const OVER_SPENDING_LIMIT_LEVEL: PolicyLevel = {
  order: 1,
  mode: 'any',
  approverRoles: ['owner', 'admin'],
  approverUserIds: [],
  slaHours: 24,
  escalation: { kind: 'notify' },
};

/**
 * Which approval a subject needs: the levels of the selected policy, or none when no policy
 * matches or the matching one has no levels — except that a purchase beyond the remaining
 * spending limit always goes to approval (OVER_SPENDING_LIMIT_LEVEL, policyId null).
 */
export function planApproval(
  policies: readonly ApprovalPolicy[],
  subjectType: SubjectType,
  facts: SubjectFacts,
): ApprovalPlan {
  const policy = selectPolicy(policies, subjectType, facts);
  if (policy !== null && policy.levels.length > 0) {
    return {
      kind: 'levels',
      policyId: policy.id,
      levels: [...policy.levels].sort((a, b) => a.order - b.order),
    };
  }
  if (facts.overSpendingLimit) {
    return { kind: 'levels', policyId: null, levels: [OVER_SPENDING_LIMIT_LEVEL] };
  }
  return { kind: 'none' };
}
