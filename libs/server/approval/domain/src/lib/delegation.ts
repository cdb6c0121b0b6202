import type { Delegation } from './approval.types';

/**
 * Whether `toUserId` may act for `fromUserId` at `now`: some delegation between them has
 * started (start inclusive) and not yet ended (end exclusive). Delegations do not chain.
 */
export function isDelegationActive(
  delegations: readonly Delegation[],
  fromUserId: string,
  toUserId: string,
  now: Date,
): boolean {
  const t = now.getTime();
  return delegations.some(
    (d) =>
      d.fromUserId === fromUserId &&
      d.toUserId === toUserId &&
      d.startsAt.getTime() <= t &&
      t < d.endsAt.getTime(),
  );
}
