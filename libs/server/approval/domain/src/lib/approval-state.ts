import { err, ok } from '@tradeway/shared/kernel';
import { approvalFailure, type ApprovalResult } from './approval.errors';
import type {
  ApprovalEvent,
  ApprovalState,
  ApprovalStatus,
  ApprovalTask,
  Decision,
  Delegation,
  Member,
  PolicyLevel,
  Transition,
} from './approval.types';
import { resolveApprovers } from './approver-resolution';
import { isDelegationActive } from './delegation';
import { validateLevels } from './policy-validation';

/**
 * The approval lifecycle as a pure state machine (STYLE.md habit 6). Every function takes
 * the current state and returns a new one with the events that happened, or a typed
 * refusal; nothing is mutated, and time is always passed in.
 *
 * | from      | command  | to                              |
 * |-----------|----------|---------------------------------|
 * | (none)    | start    | pending, or approved (no levels)|
 * | pending   | decide   | pending, approved or rejected   |
 * | pending   | escalate | pending                         |
 * | pending   | withdraw | withdrawn                       |
 * | approved, rejected, withdrawn | — | (final)              |
 */
export type ApprovalCommand = 'decide' | 'escalate' | 'withdraw';

export const APPROVAL_TRANSITIONS: Readonly<
  Record<ApprovalStatus, Readonly<Partial<Record<ApprovalCommand, readonly ApprovalStatus[]>>>>
> = {
  pending: {
    decide: ['pending', 'approved', 'rejected'],
    escalate: ['pending'],
    withdraw: ['withdrawn'],
  },
  approved: {},
  rejected: {},
  withdrawn: {},
};

function accepts(status: ApprovalStatus, command: ApprovalCommand): boolean {
  return APPROVAL_TRANSITIONS[status][command] !== undefined;
}

const HOUR_MS = 3_600_000;

function dueAtFor(level: PolicyLevel, now: Date): Date | null {
  return level.slaHours === null ? null : new Date(now.getTime() + level.slaHours * HOUR_MS);
}

function levelByOrder(state: ApprovalState, order: number): PolicyLevel | undefined {
  return state.levels.find((l) => l.order === order);
}

function pendingTask(
  level: number,
  approverUserId: string,
  dueAt: Date | null,
  addedByEscalation: boolean,
): ApprovalTask {
  return {
    level,
    approverUserId,
    status: 'pending',
    decidedByUserId: null,
    comment: null,
    decidedAt: null,
    dueAt,
    escalatedAt: null,
    addedByEscalation,
  };
}

/** The pending tasks of a level become skipped; decided tasks stay exactly as they are. */
function skipPending(
  tasks: readonly ApprovalTask[],
  level: number | null,
  escalatedAt: Date | null = null,
): ApprovalTask[] {
  return tasks.map((t) =>
    t.status === 'pending' && (level === null || t.level === level)
      ? { ...t, status: 'skipped', escalatedAt: escalatedAt ?? t.escalatedAt }
      : t,
  );
}

/**
 * Starts level `order` (its tasks and a level_started event), or approves the request when
 * there is no such level because the last one is done.
 */
function startLevel(
  state: ApprovalState,
  order: number,
  members: readonly Member[],
  now: Date,
  events: readonly ApprovalEvent[],
): ApprovalResult<Transition> {
  const level = levelByOrder(state, order);
  if (level === undefined) {
    return ok({
      state: { ...state, status: 'approved', currentLevel: null },
      events: [...events, { type: 'approved' }],
    });
  }
  const approvers = resolveApprovers(level, members, state.requesterId);
  if (!approvers.ok) return approvers;
  const dueAt = dueAtFor(level, now);
  return ok({
    state: {
      ...state,
      currentLevel: order,
      tasks: [...state.tasks, ...approvers.value.map((id) => pendingTask(order, id, dueAt, false))],
    },
    events: [...events, { type: 'level_started', level: order, approverUserIds: approvers.value, dueAt }],
  });
}

export interface StartApprovalInput {
  readonly requesterId: string;
  /** The plan's levels (planApproval); they become the request's snapshot. */
  readonly levels: readonly PolicyLevel[];
  readonly members: readonly Member[];
  readonly now: Date;
}

/**
 * Opens a request: level 1 starts with a task for each of its approvers, due `slaHours`
 * after now. No levels: approved at once. Refusals: POLICY_INVALID (levels not numbered
 * 1..n, a level without approvers…), NO_ELIGIBLE_APPROVER (level 1 has nobody but the
 * requester).
 */
export function startApproval(input: StartApprovalInput): ApprovalResult<Transition> {
  const problems = validateLevels(input.levels);
  if (problems.length > 0) return err({ code: 'POLICY_INVALID', problems });
  const initial: ApprovalState = {
    status: 'pending',
    requesterId: input.requesterId,
    currentLevel: null,
    levels: [...input.levels].sort((a, b) => a.order - b.order),
    tasks: [],
  };
  return startLevel(initial, 1, input.members, input.now, []);
}

/**
 * Whether the decided tasks complete a level.
 * - `any`: one approval.
 * - `all`: every approver the level started with has approved — or an approver added by a
 *   `user` escalation has approved: that approval stands in for the approvers who were
 *   still pending when the level escalated (approvals given before it stay as they are).
 */
function levelComplete(level: PolicyLevel, tasks: readonly ApprovalTask[]): boolean {
  const ofLevel = tasks.filter((t) => t.level === level.order);
  if (level.mode === 'any') return ofLevel.some((t) => t.status === 'approved');
  if (ofLevel.some((t) => t.addedByEscalation && t.status === 'approved')) return true;
  return ofLevel.filter((t) => !t.addedByEscalation).every((t) => t.status === 'approved');
}

function normaliseComment(comment: string | null): string | null {
  const trimmed = comment?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export interface DecideInput {
  /** The signed-in user. */
  readonly actorUserId: string;
  /** The approver the actor acts as: the actor themself, or someone who delegated to them. */
  readonly approverUserId: string;
  readonly decision: Decision;
  readonly comment: string | null;
  readonly now: Date;
  readonly delegations: readonly Delegation[];
  /** The company's members, to resolve the approvers of the next level. */
  readonly members: readonly Member[];
}

/**
 * Records one approver's decision. Checks, in this order:
 * 1. NOT_PENDING — the request is approved, rejected or withdrawn.
 * 2. SELF_APPROVAL — the actor or the approver is the requester (a delegate included).
 * 3. DELEGATION_NOT_ACTIVE — the actor acts for someone else without a delegation from that
 *    approver in force at `now` (checked before the tasks, so it reveals nothing about them).
 * 4. ALREADY_DECIDED — the approver has no pending task at the current level but a closed
 *    one in this request (a second click, or a level that another approver completed);
 *    NOT_AN_APPROVER — the approver has no task in this request at all.
 * 5. COMMENT_REQUIRED — a rejection with a blank comment.
 *
 * Reject: the request is rejected and the level's other pending tasks are skipped.
 * Approve: when the level is complete (see levelComplete) its other pending tasks are
 * skipped and the next level starts, or the request is approved after the last level. If the
 * next level has no eligible approver the whole decision is refused (NO_ELIGIBLE_APPROVER)
 * and nothing is recorded, so the approver can retry once the company fixes its members.
 */
export function decide(state: ApprovalState, input: DecideInput): ApprovalResult<Transition> {
  const current = state.currentLevel;
  if (!accepts(state.status, 'decide') || current === null) return approvalFailure('NOT_PENDING');
  const { actorUserId, approverUserId, now } = input;
  if (actorUserId === state.requesterId || approverUserId === state.requesterId) {
    return approvalFailure('SELF_APPROVAL');
  }
  if (
    actorUserId !== approverUserId &&
    !isDelegationActive(input.delegations, approverUserId, actorUserId, now)
  ) {
    return approvalFailure('DELEGATION_NOT_ACTIVE');
  }
  const index = state.tasks.findIndex(
    (t) => t.level === current && t.approverUserId === approverUserId && t.status === 'pending',
  );
  const task = state.tasks[index];
  if (task === undefined) {
    const hadTask = state.tasks.some((t) => t.approverUserId === approverUserId);
    return approvalFailure(hadTask ? 'ALREADY_DECIDED' : 'NOT_AN_APPROVER');
  }
  const comment = normaliseComment(input.comment);
  if (input.decision === 'reject' && comment === null) return approvalFailure('COMMENT_REQUIRED');

  const decided: ApprovalTask = {
    ...task,
    status: input.decision === 'approve' ? 'approved' : 'rejected',
    decidedByUserId: actorUserId,
    comment,
    decidedAt: now,
  };
  const tasks = state.tasks.map((t, i) => (i === index ? decided : t));
  const decidedEvent: ApprovalEvent = {
    type: 'task_decided',
    level: current,
    approverUserId,
    decidedByUserId: actorUserId,
    decision: input.decision,
    comment,
  };

  if (input.decision === 'reject') {
    return ok({
      state: { ...state, status: 'rejected', currentLevel: null, tasks: skipPending(tasks, current) },
      events: [decidedEvent, { type: 'rejected', byUserId: actorUserId, comment: comment ?? '' }],
    });
  }
  const level = levelByOrder(state, current);
  if (level === undefined || !levelComplete(level, tasks)) {
    return ok({ state: { ...state, tasks }, events: [decidedEvent] });
  }
  return startLevel({ ...state, tasks: skipPending(tasks, current) }, current + 1, input.members, now, [
    decidedEvent,
  ]);
}

export interface EscalateInput {
  /** The level whose SLA ran out (the job was scheduled for it). */
  readonly level: number;
  readonly now: Date;
  readonly members: readonly Member[];
}

/**
 * Escalates an overdue level by its rule. Idempotent: the state comes back unchanged, with
 * no events, when the request is not pending, `level` is not the current level, the level
 * has already escalated, it has no SLA, or it is not yet due (now < its tasks' dueAt) — so a
 * job that runs twice, late or early does no harm.
 *
 * - `notify`: the pending tasks get escalatedAt; event escalated.
 * - `next_level`: the pending tasks are skipped (with escalatedAt) and the next level starts;
 *   on the last level there is no next one, so it notifies instead.
 * - `user`: the pending tasks get escalatedAt and the named user gets a pending task at the
 *   same level (addedByEscalation, due one SLA from now). With `any` they may decide alone;
 *   with `all` their approval completes the level in place of the approvers still pending,
 *   while those approvers may still decide too (if they all approve first, the escalation
 *   task is skipped). Either may reject. When the named user is the requester, is not an
 *   active member, or already holds a task at this level, it notifies instead.
 * The event's `kind` is the action taken. NO_ELIGIBLE_APPROVER when `next_level` finds
 * nobody to decide the next level (nothing changes).
 */
export function escalate(state: ApprovalState, input: EscalateInput): ApprovalResult<Transition> {
  const unchanged = ok({ state, events: [] });
  const { level: order, now } = input;
  if (!accepts(state.status, 'escalate') || state.currentLevel !== order) return unchanged;
  const level = levelByOrder(state, order);
  const ofLevel = state.tasks.filter((t) => t.level === order);
  if (level === undefined || ofLevel.some((t) => t.escalatedAt !== null || t.addedByEscalation)) {
    return unchanged;
  }
  const dueAt = ofLevel[0]?.dueAt ?? null;
  if (dueAt === null || now.getTime() < dueAt.getTime()) return unchanged;

  const notifiedTasks = state.tasks.map((t) =>
    t.level === order && t.status === 'pending' ? { ...t, escalatedAt: now } : t,
  );
  const notify = (): ApprovalResult<Transition> =>
    ok({
      state: { ...state, tasks: notifiedTasks },
      events: [{ type: 'escalated', level: order, kind: 'notify' }],
    });

  const rule = level.escalation;
  switch (rule.kind) {
    case 'notify':
      return notify();
    case 'next_level': {
      if (levelByOrder(state, order + 1) === undefined) return notify();
      const tasks = skipPending(state.tasks, order, now);
      return startLevel({ ...state, tasks }, order + 1, input.members, now, [
        { type: 'escalated', level: order, kind: 'next_level' },
      ]);
    }
    case 'user': {
      const target = rule.userId;
      const activeMember = input.members.some((m) => m.userId === target && !m.disabled);
      if (target === state.requesterId || !activeMember || ofLevel.some((t) => t.approverUserId === target)) {
        return notify();
      }
      return ok({
        state: {
          ...state,
          tasks: [...notifiedTasks, pendingTask(order, target, dueAtFor(level, now), true)],
        },
        events: [{ type: 'escalated', level: order, kind: 'user', toUserId: target }],
      });
    }
  }
}

export interface WithdrawInput {
  readonly actorUserId: string;
}

/**
 * The requester takes the request back while it is pending (for example to edit the subject,
 * which restarts approval). Its pending tasks are skipped. Refusals: NOT_REQUESTER,
 * NOT_PENDING.
 */
export function withdraw(state: ApprovalState, input: WithdrawInput): ApprovalResult<Transition> {
  if (input.actorUserId !== state.requesterId) return approvalFailure('NOT_REQUESTER');
  if (!accepts(state.status, 'withdraw')) return approvalFailure('NOT_PENDING');
  return ok({
    state: { ...state, status: 'withdrawn', currentLevel: null, tasks: skipPending(state.tasks, null) },
    events: [{ type: 'withdrawn' }],
  });
}

/** The users with a pending task at the current level, sorted: whose inbox shows the request. */
export function pendingApproversOf(state: ApprovalState): string[] {
  if (state.status !== 'pending') return [];
  const ids = state.tasks
    .filter((t) => t.level === state.currentLevel && t.status === 'pending')
    .map((t) => t.approverUserId);
  return [...new Set(ids)].sort();
}
