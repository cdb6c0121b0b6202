import { apiProblem } from '@tradeway/web/data-access';
import type { ApprovalRequestView, ApprovalTaskView, DelegationView, PolicyLevelView } from '../data/types';

/** Someone the signed-in user may decide for on this request: themself, or an absent colleague. */
export interface DecisionOption {
  /** The approver whose task it is. */
  approverUserId: string;
  approverName: string;
  /** Set when deciding for a colleague who delegated to the user (`onBehalfOfUserId`). */
  onBehalfOfUserId?: string;
}

/** Delegations to `userId` in force at `now`: their givers may be stood in for. */
export function activeDelegators(
  delegations: readonly DelegationView[],
  userId: string,
  now: Date,
): Set<string> {
  const t = now.getTime();
  return new Set(
    delegations
      .filter((d) => d.toUserId === userId && Date.parse(d.startsAt) <= t && t < Date.parse(d.endsAt))
      .map((d) => d.fromUserId),
  );
}

/**
 * The pending tasks of the current level the user may decide: their own, then those of
 * colleagues who delegated to them now. None on a request the user filed (no one approves
 * their own request) or that is no longer pending.
 */
export function decisionOptions(
  request: Pick<ApprovalRequestView, 'status' | 'currentLevel' | 'tasks' | 'requesterId'>,
  userId: string,
  delegations: readonly DelegationView[],
  now: Date,
): DecisionOption[] {
  if (request.status !== 'pending' || request.currentLevel === null || request.requesterId === userId)
    return [];
  const delegators = activeDelegators(delegations, userId, now);
  const open = request.tasks.filter((t) => t.level === request.currentLevel && t.status === 'pending');
  const own = open
    .filter((t) => t.approverUserId === userId)
    .map((t) => ({ approverUserId: t.approverUserId, approverName: t.approverName }));
  const forOthers = open
    .filter((t) => t.approverUserId !== userId && delegators.has(t.approverUserId))
    .map((t) => ({
      approverUserId: t.approverUserId,
      approverName: t.approverName,
      onBehalfOfUserId: t.approverUserId,
    }));
  return [...own, ...forOthers];
}

export type LevelState = 'current' | 'approved' | 'rejected' | 'waiting' | 'not_reached';

export interface LevelStep {
  level: PolicyLevelView;
  state: LevelState;
  tasks: ApprovalTaskView[];
}

/**
 * The request's levels in order with what happened at each: decided (approved or rejected),
 * the one deciding now, those still to come, and those never reached (the request was
 * rejected or withdrawn before them).
 */
export function levelSteps(
  request: Pick<ApprovalRequestView, 'status' | 'currentLevel' | 'levels' | 'tasks'>,
): LevelStep[] {
  return [...request.levels]
    .sort((a, b) => a.order - b.order)
    .map((level) => {
      const tasks = request.tasks.filter((t) => t.level === level.order);
      let state: LevelState;
      if (tasks.some((t) => t.status === 'rejected')) state = 'rejected';
      else if (request.status === 'pending' && request.currentLevel === level.order) state = 'current';
      else if (tasks.length > 0 && tasks.every((t) => t.status === 'approved' || t.status === 'skipped'))
        state = 'approved';
      else if (request.status === 'pending' && (request.currentLevel ?? 0) < level.order) state = 'waiting';
      else state = tasks.some((t) => t.status === 'approved') ? 'approved' : 'not_reached';
      return { level, state, tasks };
    });
}

/** The refusals of a decision that the detail page explains in words of its own. */
export const DECISION_REFUSALS = [
  'SELF_APPROVAL',
  'NOT_AN_APPROVER',
  'DELEGATION_NOT_ACTIVE',
  'ALREADY_DECIDED',
  'NOT_PENDING',
  'COMMENT_REQUIRED',
] as const;
export type DecisionRefusal = (typeof DECISION_REFUSALS)[number];

/** Which known refusal the API answered a decision with, if any (by its code). */
export function decisionRefusal(error: unknown): DecisionRefusal | undefined {
  const code = apiProblem(error).code;
  return (DECISION_REFUSALS as readonly string[]).includes(code ?? '')
    ? (code as DecisionRefusal)
    : undefined;
}

/** A refusal that means the request moved on meanwhile: show it again as it is now. */
export const isStale = (refusal: DecisionRefusal | undefined) =>
  refusal === 'ALREADY_DECIDED' || refusal === 'NOT_PENDING' || refusal === 'NOT_AN_APPROVER';
