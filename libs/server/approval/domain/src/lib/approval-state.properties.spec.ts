import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApprovalState, Delegation, Member, PolicyLevel, Transition } from './approval.types';
import type { ApprovalResult } from './approval.errors';
import {
  APPROVAL_TRANSITIONS,
  decide,
  escalate,
  pendingApproversOf,
  startApproval,
  withdraw,
  type ApprovalCommand,
} from './approval-state';
import { isDelegationActive } from './delegation';

/**
 * Property-based tests of the state machine: random companies, random level configurations
 * and random sequences of decisions, escalations and withdrawals by random actors.
 */

const T0 = Date.UTC(2025, 8, 1, 2);
const HOUR = 3_600_000;
const USERS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5'] as const;
const ROLES = ['approver', 'finance', 'admin'] as const;

const userArb = fc.constantFrom(...USERS);
/** Stands for the scenario's requester, so that self-approval attempts are frequent. */
const REQUESTER = '@requester';
const actorArb = fc.oneof(userArb, fc.constant(REQUESTER));

const membersArb: fc.Arbitrary<Member[]> = fc
  .tuple(
    ...USERS.map((userId) =>
      fc.record({
        userId: fc.constant(userId),
        roles: fc.subarray([...ROLES]),
        disabled: fc.boolean().map((b) => b && userId !== 'u0'), // u0 (an owner) stays active
        isOwner: fc.constant(userId === 'u0'),
      }),
    ),
  )
  .map((ms) => [...ms]);

const levelArb = (order: number): fc.Arbitrary<PolicyLevel> =>
  fc
    .record({
      mode: fc.constantFrom('any' as const, 'all' as const),
      approverRoles: fc.subarray([...ROLES]),
      approverUserIds: fc.subarray([...USERS], { maxLength: 2 }),
      slaHours: fc.constantFrom(null, 1, 24),
      escalation: fc.oneof(
        fc.constant({ kind: 'notify' as const }),
        fc.constant({ kind: 'next_level' as const }),
        userArb.map((userId) => ({ kind: 'user' as const, userId })),
      ),
    })
    .map((l) => ({
      ...l,
      order,
      approverRoles: l.approverRoles.length + l.approverUserIds.length === 0 ? ['approver'] : l.approverRoles,
    }));

const levelsArb: fc.Arbitrary<PolicyLevel[]> = fc
  .integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => levelArb(i + 1))).map((ls) => [...ls]));

const delegationsArb: fc.Arbitrary<Delegation[]> = fc.array(
  fc
    .record({
      fromUserId: userArb,
      toUserId: actorArb,
      startH: fc.integer({ min: 0, max: 40 }),
      lengthH: fc.integer({ min: 1, max: 40 }),
    })
    .map((d) => ({
      fromUserId: d.fromUserId,
      toUserId: d.toUserId,
      startsAt: new Date(T0 + d.startH * HOUR),
      endsAt: new Date(T0 + (d.startH + d.lengthH) * HOUR),
    })),
  { maxLength: 4 },
);

type Step =
  | {
      kind: 'decide';
      /** Pick the approver among the pending ones (most useful), or any user. */
      pickPending: boolean;
      approverIdx: number;
      /** Act through someone else (a delegate, or an impostor). */
      viaOther: boolean;
      actor: string;
      decision: 'approve' | 'reject';
      comment: string | null;
      hoursLater: number;
    }
  | { kind: 'escalate'; levelOffset: number; hoursLater: number }
  | { kind: 'withdraw'; actor: string; hoursLater: number };

const decideStepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('decide' as const),
  pickPending: fc.boolean(),
  approverIdx: fc.nat({ max: 10 }),
  viaOther: fc.boolean(),
  actor: actorArb,
  decision: fc.constantFrom('approve' as const, 'approve' as const, 'reject' as const),
  comment: fc.constantFrom(null, '', '  ', 'ok', '价格偏高'),
  hoursLater: fc.integer({ min: 0, max: 6 }),
});

const anyStepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: decideStepArb },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('escalate' as const),
      levelOffset: fc.integer({ min: -1, max: 1 }),
      hoursLater: fc.integer({ min: 0, max: 30 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('withdraw' as const),
      actor: actorArb,
      hoursLater: fc.constant(0),
    }),
  },
);

interface Scenario {
  members: Member[];
  levels: PolicyLevel[];
  requesterId: string;
  delegations: Delegation[];
  steps: Step[];
}

const scenarioArb = (stepArb: fc.Arbitrary<Step>): fc.Arbitrary<Scenario> =>
  fc.record({
    members: membersArb,
    levels: levelsArb,
    requesterId: userArb,
    delegations: delegationsArb,
    steps: fc.array(stepArb, { maxLength: 20 }),
  });

interface Applied {
  command: ApprovalCommand;
  before: ApprovalState;
  result: ApprovalResult<Transition>;
}

/** Runs a scenario, returning every step with the state before it and its result. */
function run(s: Scenario): {
  initial: ApprovalState | null;
  applied: Applied[];
  final: ApprovalState | null;
  delegations: Delegation[];
} {
  const who = (userId: string): string => (userId === REQUESTER ? s.requesterId : userId);
  const delegations = s.delegations.map((d) => ({ ...d, toUserId: who(d.toUserId) }));
  const started = startApproval({
    requesterId: s.requesterId,
    levels: s.levels,
    members: s.members,
    now: new Date(T0),
  });
  if (!started.ok) return { initial: null, applied: [], final: null, delegations };
  let state = started.value.state;
  let now = T0;
  const applied: Applied[] = [];
  for (const step of s.steps) {
    now += step.hoursLater * HOUR;
    const at = new Date(now);
    let result: ApprovalResult<Transition>;
    if (step.kind === 'decide') {
      const pending = pendingApproversOf(state);
      const approverUserId =
        step.pickPending && pending.length > 0
          ? (pending[step.approverIdx % pending.length] as string)
          : (USERS[step.approverIdx % USERS.length] as string);
      const actorUserId = step.viaOther ? who(step.actor) : approverUserId;
      result = decide(state, {
        actorUserId,
        approverUserId,
        decision: step.decision,
        comment: step.comment,
        now: at,
        delegations,
        members: s.members,
      });
    } else if (step.kind === 'escalate') {
      const level = (state.currentLevel ?? 1) + step.levelOffset;
      result = escalate(state, { level, now: at, members: s.members });
    } else {
      result = withdraw(state, { actorUserId: who(step.actor) });
    }
    applied.push({ command: step.kind, before: state, result });
    if (result.ok) state = result.value.state;
  }
  return { initial: started.value.state, applied, final: state, delegations };
}

/** The invariants of any reachable state. */
function checkState(state: ApprovalState): void {
  // the requester never holds a task, so never decides one, as approver or as delegate
  for (const t of state.tasks) {
    expect(t.approverUserId).not.toBe(state.requesterId);
    expect(t.decidedByUserId).not.toBe(state.requesterId);
    expect(t.status === 'approved' || t.status === 'rejected').toBe(t.decidedByUserId !== null);
  }
  // one task per approver and level
  const keys = state.tasks.map((t) => `${t.level}/${t.approverUserId}`);
  expect(new Set(keys).size).toBe(keys.length);
  // pending tasks exist exactly at the current level of a pending request
  const pendingLevels = new Set(state.tasks.filter((t) => t.status === 'pending').map((t) => t.level));
  if (state.status === 'pending') {
    expect([...pendingLevels]).toEqual([state.currentLevel]);
  } else {
    expect(pendingLevels.size).toBe(0);
    expect(state.currentLevel).toBeNull();
  }
  expect(state.tasks.filter((t) => t.status === 'rejected').length).toBe(state.status === 'rejected' ? 1 : 0);
}

/**
 * Each level of an approved request was approved — for `any` by exactly one approver, for
 * `all` by every approver it started with or by the escalation approver, every task that was
 * not skipped being approved — or, when escalations are allowed, passed on to the next level
 * by a `next_level` escalation: then every task not approved before the deadline was skipped
 * with escalatedAt, and it is not the last level (there, `next_level` only notifies).
 */
function checkApproved(state: ApprovalState, allowPassedOn: boolean): void {
  const lastOrder = state.levels.length;
  for (const level of state.levels) {
    const tasks = state.tasks.filter((t) => t.level === level.order);
    const approvedTasks = tasks.filter((t) => t.status === 'approved');
    const passedOn =
      allowPassedOn &&
      level.escalation.kind === 'next_level' &&
      level.order < lastOrder &&
      tasks.some((t) => t.status === 'skipped') &&
      tasks
        .filter((t) => t.status !== 'approved')
        .every((t) => t.status === 'skipped' && t.escalatedAt !== null);
    expect(tasks.filter((t) => t.status !== 'skipped').every((t) => t.status === 'approved')).toBe(true);
    if (approvedTasks.length === 0) {
      expect(passedOn).toBe(true);
    } else if (level.mode === 'any') {
      expect(approvedTasks).toHaveLength(1);
    } else {
      const original = tasks.filter((t) => !t.addedByEscalation);
      const byEscalation = tasks.some((t) => t.addedByEscalation && t.status === 'approved');
      expect(byEscalation || original.every((t) => t.status === 'approved') || passedOn).toBe(true);
    }
  }
}

describe('approval state machine: properties', () => {
  it('(a) decisions alone: the requester never decides, and approval needs every level approved', () => {
    let approvedRuns = 0;
    fc.assert(
      fc.property(scenarioArb(decideStepArb), (scenario) => {
        const { initial, applied, final } = run(scenario);
        if (initial === null || final === null) return;
        for (const a of applied) if (a.result.ok) checkState(a.result.value.state);
        if (final.status === 'approved') {
          approvedRuns += 1;
          checkApproved(final, false);
        }
      }),
      { numRuns: 300 },
    );
    // the generator does reach approvals, so the check above is not vacuous
    expect(approvedRuns).toBeGreaterThan(0);
  });

  it('(a′) with escalations and withdrawals: the same, except levels passed on by next_level', () => {
    fc.assert(
      fc.property(scenarioArb(anyStepArb), (scenario) => {
        const { applied, final } = run(scenario);
        for (const a of applied) if (a.result.ok) checkState(a.result.value.state);
        if (final?.status === 'approved') checkApproved(final, true);
      }),
      { numRuns: 300 },
    );
  });

  it('(b) a closed task never changes, tasks are never removed, and only the table’s transitions happen', () => {
    fc.assert(
      fc.property(scenarioArb(anyStepArb), (scenario) => {
        for (const { command, before, result } of run(scenario).applied) {
          const allowed = APPROVAL_TRANSITIONS[before.status][command];
          if (!result.ok) continue;
          const after = result.value.state;
          if (allowed === undefined) {
            // only escalate answers a final state, and it changes nothing
            expect(command).toBe('escalate');
            expect(result.value).toEqual({ state: before, events: [] });
            continue;
          }
          expect(allowed).toContain(after.status);
          expect(after.tasks.length).toBeGreaterThanOrEqual(before.tasks.length);
          before.tasks.forEach((task, i) => {
            if (task.status !== 'pending') expect(after.tasks[i]).toEqual(task);
            else
              expect(after.tasks[i]).toMatchObject({
                level: task.level,
                approverUserId: task.approverUserId,
              });
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(a″) every decision is made by the approver, or by a delegate whose delegation was in force', () => {
    fc.assert(
      fc.property(scenarioArb(anyStepArb), (scenario) => {
        const { final, delegations } = run(scenario);
        for (const t of final?.tasks ?? []) {
          if (t.decidedByUserId === null || t.decidedByUserId === t.approverUserId) continue;
          expect(t.decidedAt).not.toBeNull();
          expect(
            isDelegationActive(delegations, t.approverUserId, t.decidedByUserId, t.decidedAt as Date),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(c) escalate applied twice equals escalate applied once', () => {
    fc.assert(
      fc.property(
        scenarioArb(anyStepArb),
        fc.integer({ min: -1, max: 1 }),
        fc.integer({ min: 0, max: 200 }),
        (scenario, levelOffset, hoursLater) => {
          const { final, members } = { ...run(scenario), members: scenario.members };
          if (final === null) return;
          const input = {
            level: (final.currentLevel ?? 1) + levelOffset,
            now: new Date(T0 + hoursLater * HOUR),
            members,
          };
          const once = escalate(final, input);
          if (!once.ok) return;
          const twice = escalate(once.value.state, input);
          expect(twice).toEqual({ ok: true, value: { state: once.value.state, events: [] } });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refusals change nothing: a refused command leaves the state as it was', () => {
    fc.assert(
      fc.property(scenarioArb(anyStepArb), (scenario) => {
        const { applied } = run(scenario);
        for (let i = 0; i + 1 < applied.length; i += 1) {
          const a = applied[i] as Applied;
          const next = applied[i + 1] as Applied;
          expect(next.before).toBe(a.result.ok ? a.result.value.state : a.before);
        }
      }),
      { numRuns: 100 },
    );
  });
});
