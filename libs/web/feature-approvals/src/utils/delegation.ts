import type { DelegationView } from '../data/types';

export type RangeProblem = 'required' | 'order' | 'past';

/**
 * Why a delegation's period cannot be saved: both ends needed, the end after the start
 * (as the API requires), and not already over.
 */
export function delegationRangeProblem(
  range: readonly [Date | null | undefined, Date | null | undefined] | null | undefined,
  now: Date,
): RangeProblem | null {
  const [start, end] = range ?? [null, null];
  if (!start || !end) return 'required';
  if (end.getTime() <= start.getTime()) return 'order';
  if (end.getTime() <= now.getTime()) return 'past';
  return null;
}

export type DelegationState = 'active' | 'upcoming' | 'ended';

export function delegationState(d: Pick<DelegationView, 'startsAt' | 'endsAt'>, now: Date): DelegationState {
  const t = now.getTime();
  if (t < Date.parse(d.startsAt)) return 'upcoming';
  return t < Date.parse(d.endsAt) ? 'active' : 'ended';
}
