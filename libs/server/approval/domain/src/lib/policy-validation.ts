import { err, ok } from '@tradeway/shared/kernel';
import type { ApprovalResult, PolicyProblem } from './approval.errors';
import type { ApprovalPolicy, PolicyConditions, PolicyLevel } from './approval.types';

const MAX_BPS = 10_000;

const isBlank = (s: string): boolean => s.trim() === '';

/**
 * Problems of a list of levels: numbered 1..n without gaps or duplicates, each naming at
 * least one approver, SLA null or a positive number of hours, escalation user named.
 * Paths are relative to the list (`levels[0].order`).
 */
export function validateLevels(levels: readonly PolicyLevel[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const n = levels.length;
  const seen = new Set<number>();
  levels.forEach((level, i) => {
    const at = `levels[${i}]`;
    if (!Number.isInteger(level.order) || level.order < 1 || level.order > n) {
      problems.push({ path: `${at}.order`, message: `order must be a whole number from 1 to ${n}` });
    } else if (seen.has(level.order)) {
      problems.push({ path: `${at}.order`, message: `order ${level.order} is used by more than one level` });
    }
    seen.add(level.order);
    if (level.mode !== 'any' && level.mode !== 'all') {
      problems.push({ path: `${at}.mode`, message: "mode must be 'any' or 'all'" });
    }
    if (level.approverRoles.length === 0 && level.approverUserIds.length === 0) {
      problems.push({ path: `${at}.approverRoles`, message: 'a level must name at least one role or user' });
    }
    level.approverRoles.forEach((role, j) => {
      if (isBlank(role))
        problems.push({ path: `${at}.approverRoles[${j}]`, message: 'role must not be blank' });
    });
    level.approverUserIds.forEach((id, j) => {
      if (isBlank(id))
        problems.push({ path: `${at}.approverUserIds[${j}]`, message: 'user must not be blank' });
    });
    if (level.slaHours !== null && !(Number.isFinite(level.slaHours) && level.slaHours > 0)) {
      problems.push({ path: `${at}.slaHours`, message: 'SLA must be empty or a positive number of hours' });
    }
    if (level.escalation.kind === 'user' && isBlank(level.escalation.userId)) {
      problems.push({ path: `${at}.escalation.userId`, message: 'escalation to a user must name the user' });
    }
  });
  return problems;
}

/** Problems of conditions; paths are relative to the conditions (`minAmountMinor`). */
function validateConditions(c: PolicyConditions): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (c.minAmountMinor !== undefined && c.minAmountMinor < 0n) {
    problems.push({ path: 'minAmountMinor', message: 'amount must not be negative' });
  }
  if (c.maxAmountMinor !== undefined && c.maxAmountMinor < 0n) {
    problems.push({ path: 'maxAmountMinor', message: 'amount must not be negative' });
  }
  if (
    c.minAmountMinor !== undefined &&
    c.maxAmountMinor !== undefined &&
    c.minAmountMinor >= c.maxAmountMinor
  ) {
    problems.push({ path: 'maxAmountMinor', message: 'maximum amount must be greater than minimum amount' });
  }
  if (
    c.minDiscountBps !== undefined &&
    !(Number.isInteger(c.minDiscountBps) && c.minDiscountBps >= 0 && c.minDiscountBps <= MAX_BPS)
  ) {
    problems.push({
      path: 'minDiscountBps',
      message: `discount must be a whole number of bps from 0 to ${MAX_BPS}`,
    });
  }
  if (
    c.minPaymentTermDays !== undefined &&
    !(Number.isInteger(c.minPaymentTermDays) && c.minPaymentTermDays >= 0)
  ) {
    problems.push({
      path: 'minPaymentTermDays',
      message: 'payment term must be a whole number of days, 0 or more',
    });
  }
  return problems;
}

/** Every problem of a policy, with paths from the policy (`conditions.minAmountMinor`). Empty: valid. */
export function validatePolicy(policy: ApprovalPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (isBlank(policy.name)) problems.push({ path: 'name', message: 'name must not be blank' });
  if (!Number.isInteger(policy.priority)) {
    problems.push({ path: 'priority', message: 'priority must be a whole number' });
  }
  for (const p of validateConditions(policy.conditions)) {
    problems.push({ path: `conditions.${p.path}`, message: p.message });
  }
  problems.push(...validateLevels(policy.levels));
  return problems;
}

/** The policy itself when valid, else POLICY_INVALID with every problem (for saving a policy). */
export function checkPolicy(policy: ApprovalPolicy): ApprovalResult<ApprovalPolicy> {
  const problems = validatePolicy(policy);
  return problems.length === 0 ? ok(policy) : err({ code: 'POLICY_INVALID', problems });
}
