import { describe, expect, it } from 'vitest';
import type { ApprovalErrorCode } from './approval.errors';
import type {
  ApprovalState,
  ApprovalTask,
  Delegation,
  Member,
  PolicyLevel,
  Transition,
} from './approval.types';
import {
  APPROVAL_TRANSITIONS,
  decide,
  escalate,
  pendingApproversOf,
  startApproval,
  withdraw,
  type DecideInput,
} from './approval-state';

const T0 = new Date('2025-09-01T02:00:00Z');
const hoursAfter = (h: number, from: Date = T0): Date => new Date(from.getTime() + h * 3_600_000);

const member = (userId: string, roles: string[], overrides: Partial<Member> = {}): Member => ({
  userId,
  roles,
  disabled: false,
  isOwner: false,
  ...overrides,
});

/** A buyer company: 采购员 req, two 采购经理, two finance staff, the 总经理 who owns the account. */
const members: Member[] = [
  member('req', ['purchaser']),
  member('mgr-a', ['approver']),
  member('mgr-b', ['approver']),
  member('fin-a', ['finance']),
  member('fin-b', ['finance']),
  member('boss', [], { isOwner: true }),
  member('deputy', ['purchaser']),
  member('legal', ['legal']),
  member('left', ['legal'], { disabled: true }),
];

const level = (order: number, overrides: Partial<PolicyLevel> = {}): PolicyLevel => ({
  order,
  mode: 'any',
  approverRoles: ['approver'],
  approverUserIds: [],
  slaHours: 24,
  escalation: { kind: 'notify' },
  ...overrides,
});

/** Level 1: any manager; level 2: both finance staff. */
const twoLevels: PolicyLevel[] = [
  level(1),
  level(2, { mode: 'all', approverRoles: ['finance'], slaHours: 48 }),
];

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function start(levels: PolicyLevel[] = twoLevels, requesterId = 'req'): ApprovalState {
  return value(startApproval({ requesterId, levels, members, now: T0 })).state;
}

const base = (overrides: Partial<DecideInput> = {}): DecideInput => ({
  actorUserId: 'mgr-a',
  approverUserId: 'mgr-a',
  decision: 'approve',
  comment: null,
  now: hoursAfter(1),
  delegations: [],
  members,
  ...overrides,
});

const approveAs = (state: ApprovalState, userId: string, at = hoursAfter(1)): Transition =>
  value(decide(state, base({ actorUserId: userId, approverUserId: userId, now: at })));

const summary = (state: ApprovalState): Array<[number, string, string]> =>
  state.tasks.map((t) => [t.level, t.approverUserId, t.status]);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('the transition table', () => {
  it('accepts decide, escalate and withdraw only while pending', () => {
    expect(Object.keys(APPROVAL_TRANSITIONS.pending).sort()).toEqual(['decide', 'escalate', 'withdraw']);
    expect(APPROVAL_TRANSITIONS.approved).toEqual({});
    expect(APPROVAL_TRANSITIONS.rejected).toEqual({});
    expect(APPROVAL_TRANSITIONS.withdrawn).toEqual({});
  });
});

describe('startApproval', () => {
  it('starts level 1 with a task per approver, due after the SLA', () => {
    const { state, events } = value(
      startApproval({ requesterId: 'req', levels: twoLevels, members, now: T0 }),
    );
    expect(state).toMatchObject({ status: 'pending', requesterId: 'req', currentLevel: 1 });
    expect(state.tasks).toEqual<ApprovalTask[]>(
      ['mgr-a', 'mgr-b'].map((approverUserId) => ({
        level: 1,
        approverUserId,
        status: 'pending',
        decidedByUserId: null,
        comment: null,
        decidedAt: null,
        dueAt: hoursAfter(24),
        escalatedAt: null,
        addedByEscalation: false,
      })),
    );
    expect(events).toEqual([
      { type: 'level_started', level: 1, approverUserIds: ['mgr-a', 'mgr-b'], dueAt: hoursAfter(24) },
    ]);
  });

  it('has no due date when the level has no SLA', () => {
    const state = start([level(1, { slaHours: null })]);
    expect(state.tasks.map((t) => t.dueAt)).toEqual([null, null]);
  });

  it('approves at once when there are no levels', () => {
    expect(value(startApproval({ requesterId: 'req', levels: [], members, now: T0 }))).toEqual({
      state: { status: 'approved', requesterId: 'req', currentLevel: null, levels: [], tasks: [] },
      events: [{ type: 'approved' }],
    });
  });

  it('keeps a snapshot of the levels sorted by order', () => {
    const state = start([twoLevels[1] as PolicyLevel, twoLevels[0] as PolicyLevel]);
    expect(state.levels.map((l) => l.order)).toEqual([1, 2]);
    expect(state.currentLevel).toBe(1);
    expect(state.tasks.map((t) => t.approverUserId)).toEqual(['mgr-a', 'mgr-b']);
  });

  it('never gives the requester a task', () => {
    const state = start([level(1)], 'mgr-a');
    expect(state.tasks.map((t) => t.approverUserId)).toEqual(['mgr-b']);
  });

  it('refuses levels that are not numbered 1..n with POLICY_INVALID', () => {
    const result = startApproval({ requesterId: 'req', levels: [level(2)], members, now: T0 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'POLICY_INVALID', problems: [expect.objectContaining({ path: 'levels[0].order' })] },
    });
  });

  it('refuses with NO_ELIGIBLE_APPROVER when only the requester could decide', () => {
    const company = [member('boss', ['approver'], { isOwner: true }), member('req', [])];
    const result = startApproval({ requesterId: 'boss', levels: [level(1)], members: company, now: T0 });
    expect(result).toEqual({ ok: false, error: { code: 'NO_ELIGIBLE_APPROVER', level: 1 } });
  });
});

describe('decide: transitions', () => {
  it("'any': the first approval completes the level, skips the others and starts the next", () => {
    const { state, events } = approveAs(start(), 'mgr-b');
    expect(summary(state)).toEqual([
      [1, 'mgr-a', 'skipped'],
      [1, 'mgr-b', 'approved'],
      [2, 'fin-a', 'pending'],
      [2, 'fin-b', 'pending'],
    ]);
    expect(state.currentLevel).toBe(2);
    expect(state.tasks[1]).toMatchObject({ decidedByUserId: 'mgr-b', decidedAt: hoursAfter(1) });
    expect(state.tasks[0]).toMatchObject({ decidedByUserId: null, decidedAt: null });
    expect(events).toEqual([
      {
        type: 'task_decided',
        level: 1,
        approverUserId: 'mgr-b',
        decidedByUserId: 'mgr-b',
        decision: 'approve',
        comment: null,
      },
      { type: 'level_started', level: 2, approverUserIds: ['fin-a', 'fin-b'], dueAt: hoursAfter(49) },
    ]);
  });

  it("'all': the level waits for every approver, then the request is approved after the last level", () => {
    const atLevel2 = approveAs(start(), 'mgr-a').state;
    const oneOfTwo = approveAs(atLevel2, 'fin-b', hoursAfter(2));
    expect(oneOfTwo.state).toMatchObject({ status: 'pending', currentLevel: 2 });
    expect(oneOfTwo.events.map((e) => e.type)).toEqual(['task_decided']);
    expect(pendingApproversOf(oneOfTwo.state)).toEqual(['fin-a']);

    const done = approveAs(oneOfTwo.state, 'fin-a', hoursAfter(3));
    expect(done.state).toMatchObject({ status: 'approved', currentLevel: null });
    expect(done.events.map((e) => e.type)).toEqual(['task_decided', 'approved']);
    expect(summary(done.state).filter(([lvl]) => lvl === 2)).toEqual([
      [2, 'fin-a', 'approved'],
      [2, 'fin-b', 'approved'],
    ]);
  });

  it('a rejection rejects the request and skips the pending tasks of the level', () => {
    const atLevel2 = approveAs(start(), 'mgr-a').state;
    const afterFinA = approveAs(atLevel2, 'fin-a', hoursAfter(2)).state;
    const { state, events } = value(
      decide(
        afterFinA,
        base({ actorUserId: 'fin-b', approverUserId: 'fin-b', decision: 'reject', comment: '  价格偏高 ' }),
      ),
    );
    expect(state).toMatchObject({ status: 'rejected', currentLevel: null });
    expect(summary(state).filter(([lvl]) => lvl === 2)).toEqual([
      [2, 'fin-a', 'approved'],
      [2, 'fin-b', 'rejected'],
    ]);
    expect(state.tasks[3]?.comment).toBe('价格偏高');
    expect(events).toEqual([
      {
        type: 'task_decided',
        level: 2,
        approverUserId: 'fin-b',
        decidedByUserId: 'fin-b',
        decision: 'reject',
        comment: '价格偏高',
      },
      { type: 'rejected', byUserId: 'fin-b', comment: '价格偏高' },
    ]);
  });

  it('a rejection at level 1 skips the other approver of the level', () => {
    const { state } = value(decide(start(), base({ decision: 'reject', comment: 'no budget' })));
    expect(summary(state)).toEqual([
      [1, 'mgr-a', 'rejected'],
      [1, 'mgr-b', 'skipped'],
    ]);
  });

  it('keeps an approval comment, trimmed, and stores a blank one as null', () => {
    expect(value(decide(start(), base({ comment: ' ok ' }))).state.tasks[0]?.comment).toBe('ok');
    expect(value(decide(start(), base({ comment: '   ' }))).state.tasks[0]?.comment).toBeNull();
  });

  it('lets a delegate decide in the approver’s name', () => {
    const delegations: Delegation[] = [
      { fromUserId: 'mgr-a', toUserId: 'deputy', startsAt: T0, endsAt: hoursAfter(48) },
    ];
    const { state, events } = value(
      decide(start(), base({ actorUserId: 'deputy', approverUserId: 'mgr-a', delegations })),
    );
    expect(state.tasks[0]).toMatchObject({
      approverUserId: 'mgr-a',
      decidedByUserId: 'deputy',
      status: 'approved',
    });
    expect(events[0]).toMatchObject({ approverUserId: 'mgr-a', decidedByUserId: 'deputy' });
  });

  it('refuses the whole decision when the next level has nobody to decide it', () => {
    const company = members.filter((m) => !m.roles.includes('finance') && !m.isOwner);
    const state = value(
      startApproval({ requesterId: 'req', levels: twoLevels, members: company, now: T0 }),
    ).state;
    const result = decide(state, base({ members: company }));
    expect(result).toEqual({ ok: false, error: { code: 'NO_ELIGIBLE_APPROVER', level: 2 } });
  });

  it('never mutates its input', () => {
    const state = deepFreeze(start());
    expect(() => approveAs(state, 'mgr-a')).not.toThrow();
    expect(state.tasks[0]?.status).toBe('pending');
  });
});

describe('decide: refusals', () => {
  const pending = start();
  const approved = value(startApproval({ requesterId: 'req', levels: [], members, now: T0 })).state;
  const rejected = value(decide(pending, base({ decision: 'reject', comment: 'no' }))).state;
  const withdrawn = value(withdraw(pending, { actorUserId: 'req' })).state;
  const atLevel2 = approveAs(pending, 'mgr-a').state;
  const finAApproved = approveAs(atLevel2, 'fin-a').state;
  const delegation: Delegation = {
    fromUserId: 'mgr-a',
    toUserId: 'deputy',
    startsAt: hoursAfter(1),
    endsAt: hoursAfter(25),
  };
  const requesterAsDelegate: Delegation = { ...delegation, toUserId: 'req' };

  it.each<[string, ApprovalState, Partial<DecideInput>, ApprovalErrorCode]>([
    ['an approved request', approved, {}, 'NOT_PENDING'],
    ['a rejected request', rejected, { actorUserId: 'mgr-b', approverUserId: 'mgr-b' }, 'NOT_PENDING'],
    ['a withdrawn request', withdrawn, {}, 'NOT_PENDING'],
    [
      'the requester acting as themself',
      pending,
      { actorUserId: 'req', approverUserId: 'req' },
      'SELF_APPROVAL',
    ],
    [
      'the requester as a delegate, even with a delegation in force',
      pending,
      { actorUserId: 'req', approverUserId: 'mgr-a', delegations: [requesterAsDelegate], now: hoursAfter(2) },
      'SELF_APPROVAL',
    ],
    [
      'someone acting for the requester',
      pending,
      { actorUserId: 'mgr-a', approverUserId: 'req' },
      'SELF_APPROVAL',
    ],
    [
      'acting for someone without any delegation',
      pending,
      { actorUserId: 'deputy', approverUserId: 'mgr-a' },
      'DELEGATION_NOT_ACTIVE',
    ],
    [
      'a delegation that has not started',
      pending,
      { actorUserId: 'deputy', approverUserId: 'mgr-a', delegations: [delegation], now: hoursAfter(0.5) },
      'DELEGATION_NOT_ACTIVE',
    ],
    [
      'a delegation at its end (exclusive)',
      pending,
      { actorUserId: 'deputy', approverUserId: 'mgr-a', delegations: [delegation], now: hoursAfter(25) },
      'DELEGATION_NOT_ACTIVE',
    ],
    [
      'a delegation in the other direction',
      pending,
      {
        actorUserId: 'deputy',
        approverUserId: 'mgr-a',
        delegations: [{ ...delegation, fromUserId: 'deputy', toUserId: 'mgr-a' }],
        now: hoursAfter(2),
      },
      'DELEGATION_NOT_ACTIVE',
    ],
    [
      'a member with no task',
      pending,
      { actorUserId: 'deputy', approverUserId: 'deputy' },
      'NOT_AN_APPROVER',
    ],
    [
      'an approver of a later level only',
      pending,
      { actorUserId: 'fin-a', approverUserId: 'fin-a' },
      'NOT_AN_APPROVER',
    ],
    [
      'a second decision at an `all` level',
      finAApproved,
      { actorUserId: 'fin-a', approverUserId: 'fin-a' },
      'ALREADY_DECIDED',
    ],
    [
      'a change of mind after approving',
      finAApproved,
      { actorUserId: 'fin-a', approverUserId: 'fin-a', decision: 'reject', comment: 'changed my mind' },
      'ALREADY_DECIDED',
    ],
    [
      'a stale click after another approver completed the level',
      atLevel2,
      { actorUserId: 'mgr-b', approverUserId: 'mgr-b' },
      'ALREADY_DECIDED',
    ],
    ['a rejection without comment', pending, { decision: 'reject', comment: null }, 'COMMENT_REQUIRED'],
    [
      'a rejection with a blank comment',
      pending,
      { decision: 'reject', comment: ' \n\t' },
      'COMMENT_REQUIRED',
    ],
  ])('refuses %s', (_label, state, input, code) => {
    expect(decide(state, base(input))).toEqual({ ok: false, error: { code } });
  });

  it.each([
    ['at the start (inclusive)', hoursAfter(1)],
    ['just before the end', new Date(hoursAfter(25).getTime() - 1)],
  ])('accepts a delegate %s', (_label, now) => {
    const result = decide(
      pending,
      base({ actorUserId: 'deputy', approverUserId: 'mgr-a', delegations: [delegation], now }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('escalate', () => {
  const due = hoursAfter(24);

  it("'notify' marks the pending tasks, leaves decided ones alone", () => {
    const atLevel2 = approveAs(start(), 'mgr-a').state;
    const partly = approveAs(atLevel2, 'fin-a', hoursAfter(2)).state;
    const { state, events } = value(escalate(partly, { level: 2, now: hoursAfter(49), members }));
    expect(state.tasks[2]).toEqual(partly.tasks[2]);
    expect(state.tasks[3]).toEqual({ ...partly.tasks[3], escalatedAt: hoursAfter(49) });
    expect(state.status).toBe('pending');
    expect(events).toEqual([{ type: 'escalated', level: 2, kind: 'notify' }]);
  });

  it.each<[string, () => ApprovalState, number, Date]>([
    ['the request is not pending', () => approveAs(start([level(1)]), 'mgr-a').state, 1, due],
    ['the level is not the current one', () => start(), 2, due],
    ['the level is not yet due', () => start(), 1, new Date(due.getTime() - 1)],
    ['the level has no SLA', () => start([level(1, { slaHours: null })]), 1, hoursAfter(1000)],
    [
      'the level has already escalated',
      () => value(escalate(start(), { level: 1, now: due, members })).state,
      1,
      hoursAfter(30),
    ],
  ])('does nothing when %s', (_label, make, lvl, now) => {
    const state = make();
    expect(escalate(state, { level: lvl, now, members })).toEqual({ ok: true, value: { state, events: [] } });
  });

  it('escalates exactly at the due time', () => {
    expect(value(escalate(start(), { level: 1, now: due, members })).events).toHaveLength(1);
  });

  it("'next_level' skips the overdue tasks and starts the next level", () => {
    const levels = [
      level(1, { escalation: { kind: 'next_level' } }),
      level(2, { approverRoles: ['finance'] }),
    ];
    const { state, events } = value(escalate(start(levels), { level: 1, now: due, members }));
    expect(summary(state)).toEqual([
      [1, 'mgr-a', 'skipped'],
      [1, 'mgr-b', 'skipped'],
      [2, 'fin-a', 'pending'],
      [2, 'fin-b', 'pending'],
    ]);
    expect(state.tasks[0]?.escalatedAt).toEqual(due);
    expect(state.currentLevel).toBe(2);
    expect(events).toEqual([
      { type: 'escalated', level: 1, kind: 'next_level' },
      { type: 'level_started', level: 2, approverUserIds: ['fin-a', 'fin-b'], dueAt: hoursAfter(48) },
    ]);
  });

  it("'next_level' on the last level notifies", () => {
    const { state, events } = value(
      escalate(start([level(1, { escalation: { kind: 'next_level' } })]), { level: 1, now: due, members }),
    );
    expect(summary(state)).toEqual([
      [1, 'mgr-a', 'pending'],
      [1, 'mgr-b', 'pending'],
    ]);
    expect(state.tasks.every((t) => t.escalatedAt?.getTime() === due.getTime())).toBe(true);
    expect(events).toEqual([{ type: 'escalated', level: 1, kind: 'notify' }]);
  });

  it("'next_level' refuses when the next level has nobody to decide it, changing nothing", () => {
    const company = members.filter((m) => !m.roles.includes('finance') && !m.isOwner);
    const levels = [
      level(1, { escalation: { kind: 'next_level' } }),
      level(2, { approverRoles: ['finance'] }),
    ];
    const state = value(startApproval({ requesterId: 'req', levels, members: company, now: T0 })).state;
    expect(escalate(state, { level: 1, now: due, members: company })).toEqual({
      ok: false,
      error: { code: 'NO_ELIGIBLE_APPROVER', level: 2 },
    });
  });

  describe("'user'", () => {
    const toLegal = { kind: 'user', userId: 'legal' } as const;

    it('adds a pending task for the named user, due one SLA later', () => {
      const { state, events } = value(
        escalate(start([level(1, { escalation: toLegal })]), { level: 1, now: due, members }),
      );
      expect(state.tasks[2]).toEqual({
        level: 1,
        approverUserId: 'legal',
        status: 'pending',
        decidedByUserId: null,
        comment: null,
        decidedAt: null,
        dueAt: hoursAfter(48),
        escalatedAt: null,
        addedByEscalation: true,
      });
      expect(state.tasks.slice(0, 2).map((t) => t.escalatedAt)).toEqual([due, due]);
      expect(events).toEqual([{ type: 'escalated', level: 1, kind: 'user', toUserId: 'legal' }]);
      expect(pendingApproversOf(state)).toEqual(['legal', 'mgr-a', 'mgr-b']);
    });

    it("with 'any' the escalation approver may decide alone", () => {
      const escalated = value(
        escalate(start([level(1, { escalation: toLegal })]), { level: 1, now: due, members }),
      );
      const { state } = approveAs(escalated.state, 'legal', hoursAfter(25));
      expect(state.status).toBe('approved');
      expect(summary(state)).toEqual([
        [1, 'mgr-a', 'skipped'],
        [1, 'mgr-b', 'skipped'],
        [1, 'legal', 'approved'],
      ]);
    });

    const allLevel = [level(1, { mode: 'all', escalation: toLegal })];

    it("with 'all' their approval stands in for the approvers still pending", () => {
      const oneApproved = approveAs(start(allLevel), 'mgr-a').state;
      const escalated = value(escalate(oneApproved, { level: 1, now: due, members })).state;
      const { state } = approveAs(escalated, 'legal', hoursAfter(25));
      expect(state.status).toBe('approved');
      expect(summary(state)).toEqual([
        [1, 'mgr-a', 'approved'],
        [1, 'mgr-b', 'skipped'],
        [1, 'legal', 'approved'],
      ]);
      expect(state.tasks[0]).toEqual(escalated.tasks[0]);
    });

    it("with 'all' the original approvers may still complete the level; the escalation task is then skipped", () => {
      const escalated = value(escalate(start(allLevel), { level: 1, now: due, members })).state;
      const afterA = approveAs(escalated, 'mgr-a', hoursAfter(25)).state;
      expect(afterA.status).toBe('pending');
      const { state } = approveAs(afterA, 'mgr-b', hoursAfter(26));
      expect(state.status).toBe('approved');
      expect(summary(state)).toEqual([
        [1, 'mgr-a', 'approved'],
        [1, 'mgr-b', 'approved'],
        [1, 'legal', 'skipped'],
      ]);
    });

    it('the escalation approver may reject', () => {
      const escalated = value(escalate(start(allLevel), { level: 1, now: due, members })).state;
      const { state } = value(
        decide(
          escalated,
          base({
            actorUserId: 'legal',
            approverUserId: 'legal',
            decision: 'reject',
            comment: '合同条款不合规',
          }),
        ),
      );
      expect(state.status).toBe('rejected');
      expect(summary(state)).toEqual([
        [1, 'mgr-a', 'skipped'],
        [1, 'mgr-b', 'skipped'],
        [1, 'legal', 'rejected'],
      ]);
    });

    it.each<[string, string, string]>([
      ['is the requester', 'legal', 'legal'],
      ['is disabled', 'left', 'req'],
      ['is not a member', 'stranger', 'req'],
      ['already holds a task at the level', 'mgr-b', 'req'],
    ])('notifies instead when the named user %s', (_label, userId, requesterId) => {
      const state = start([level(1, { escalation: { kind: 'user', userId } })], requesterId);
      const result = value(escalate(state, { level: 1, now: due, members }));
      expect(result.events).toEqual([{ type: 'escalated', level: 1, kind: 'notify' }]);
      expect(result.state.tasks).toHaveLength(state.tasks.length);
      expect(result.state.tasks.every((t) => t.escalatedAt !== null)).toBe(true);
    });

    it('escalates only once, even after the escalation task was added', () => {
      const once = value(
        escalate(start([level(1, { escalation: toLegal })]), { level: 1, now: due, members }),
      );
      expect(escalate(once.state, { level: 1, now: hoursAfter(100), members })).toEqual({
        ok: true,
        value: { state: once.state, events: [] },
      });
    });
  });
});

describe('withdraw', () => {
  it('lets the requester withdraw while pending; pending tasks are skipped, decisions kept', () => {
    const atLevel2 = approveAs(start(), 'mgr-a').state;
    const { state, events } = value(withdraw(atLevel2, { actorUserId: 'req' }));
    expect(state).toMatchObject({ status: 'withdrawn', currentLevel: null });
    expect(summary(state)).toEqual([
      [1, 'mgr-a', 'approved'],
      [1, 'mgr-b', 'skipped'],
      [2, 'fin-a', 'skipped'],
      [2, 'fin-b', 'skipped'],
    ]);
    expect(state.tasks[0]).toEqual(atLevel2.tasks[0]);
    expect(events).toEqual([{ type: 'withdrawn' }]);
  });

  it.each<[string, () => ApprovalState, string, ApprovalErrorCode]>([
    ['an approver', () => start(), 'mgr-a', 'NOT_REQUESTER'],
    ['the owner', () => start(), 'boss', 'NOT_REQUESTER'],
    ['the requester once approved', () => approveAs(start([level(1)]), 'mgr-a').state, 'req', 'NOT_PENDING'],
    [
      'the requester once rejected',
      () => value(decide(start(), base({ decision: 'reject', comment: 'no' }))).state,
      'req',
      'NOT_PENDING',
    ],
    [
      'the requester twice',
      () => value(withdraw(start(), { actorUserId: 'req' })).state,
      'req',
      'NOT_PENDING',
    ],
  ])('refuses %s', (_label, make, actorUserId, code) => {
    expect(withdraw(make(), { actorUserId })).toEqual({ ok: false, error: { code } });
  });
});

describe('pendingApproversOf', () => {
  it('lists the pending approvers of the current level only', () => {
    expect(pendingApproversOf(start())).toEqual(['mgr-a', 'mgr-b']);
    const atLevel2 = approveAs(start(), 'mgr-b').state;
    expect(pendingApproversOf(atLevel2)).toEqual(['fin-a', 'fin-b']);
  });

  it('is empty once the request is no longer pending', () => {
    expect(pendingApproversOf(value(withdraw(start(), { actorUserId: 'req' })).state)).toEqual([]);
    expect(pendingApproversOf(approveAs(start([level(1)]), 'mgr-a').state)).toEqual([]);
  });
});
