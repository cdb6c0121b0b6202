import { err, ok } from '@tradeway/shared/kernel';
import type { ApprovalResult } from './approval.errors';
import type { Member, PolicyLevel } from './approval.types';

const OWNER_ROLE = 'owner';

function holdsRole(member: Member, role: string): boolean {
  return member.roles.includes(role) || (role === OWNER_ROLE && member.isOwner);
}

const sortedUnique = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/**
 * The users who decide a level: active members holding one of its roles, plus the users it
 * names who are active members — never the requester (no one approves their own request).
 * Deduplicated and sorted, so the same inputs always give the same tasks.
 *
 * When nobody is left (roles nobody holds, named users gone), the level falls back to the
 * company's active owners other than the requester; when there are none either, the level
 * cannot be decided: NO_ELIGIBLE_APPROVER.
 */
export function resolveApprovers(
  level: PolicyLevel,
  members: readonly Member[],
  requesterId: string,
): ApprovalResult<string[]> {
  const eligible = members.filter((m) => !m.disabled && m.userId !== requesterId);
  const named = new Set(level.approverUserIds);
  const approvers = sortedUnique(
    eligible
      .filter((m) => named.has(m.userId) || level.approverRoles.some((role) => holdsRole(m, role)))
      .map((m) => m.userId),
  );
  if (approvers.length > 0) return ok(approvers);

  const owners = sortedUnique(eligible.filter((m) => m.isOwner).map((m) => m.userId));
  if (owners.length > 0) return ok(owners);
  return err({ code: 'NO_ELIGIBLE_APPROVER', level: level.order });
}
