import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import type { ApprovalRequestView, ApprovalTaskView, DelegationView } from '../data/types';
import { activeDelegators, decisionOptions, decisionRefusal, isStale, levelSteps } from './approval-view';
import { delegationRangeProblem, delegationState } from './delegation';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ME = uuid(1);
const FINANCE = uuid(2);
const OWNER = uuid(3);
const PURCHASER = uuid(4);
const NOW = new Date('2026-11-25T08:00:00.000Z');

const task = (
  level: number,
  approverUserId: string,
  status: ApprovalTaskView['status'] = 'pending',
): ApprovalTaskView => ({
  level,
  approverUserId,
  approverName: approverUserId,
  status,
  decidedByUserId: status === 'pending' ? null : approverUserId,
  decidedByName: null,
  comment: null,
  decidedAt: null,
  dueAt: null,
  escalatedAt: null,
});
const level = (order: number, mode: 'any' | 'all' = 'any') => ({
  order,
  mode,
  approverRoles: ['approver'],
  approverUserIds: [],
  slaHours: 24,
  escalation: { kind: 'notify' as const },
});
const request = (over: Partial<ApprovalRequestView>): ApprovalRequestView =>
  ({
    status: 'pending',
    currentLevel: 2,
    requesterId: PURCHASER,
    levels: [level(1), level(2, 'all')],
    tasks: [task(1, ME, 'approved'), task(2, FINANCE), task(2, OWNER)],
    ...over,
  }) as ApprovalRequestView;
const delegation = (
  fromUserId: string,
  toUserId: string,
  startsAt: string,
  endsAt: string,
): DelegationView => ({
  id: uuid(900),
  fromUserId,
  fromName: fromUserId,
  toUserId,
  toName: toUserId,
  startsAt,
  endsAt,
});

describe('who may decide a request', () => {
  it('offers the user’s own pending task at the current level', () => {
    expect(decisionOptions(request({}), FINANCE, [], NOW)).toEqual([
      { approverUserId: FINANCE, approverName: FINANCE },
    ]);
    expect(decisionOptions(request({}), ME, [], NOW)).toEqual([]); // level 1 is decided
  });

  it('offers the tasks of colleagues who delegated to the user, only while the delegation is in force', () => {
    const inForce = delegation(OWNER, ME, '2026-11-25T07:00:00.000Z', '2026-11-25T09:00:00.000Z');
    expect(decisionOptions(request({}), ME, [inForce], NOW)).toEqual([
      { approverUserId: OWNER, approverName: OWNER, onBehalfOfUserId: OWNER },
    ]);
    const later = delegation(OWNER, ME, '2026-11-26T00:00:00.000Z', '2026-11-27T00:00:00.000Z');
    const ended = delegation(OWNER, ME, '2026-11-24T00:00:00.000Z', '2026-11-25T08:00:00.000Z');
    const toOther = delegation(OWNER, FINANCE, '2026-11-25T07:00:00.000Z', '2026-11-25T09:00:00.000Z');
    expect(decisionOptions(request({}), ME, [later, ended, toOther], NOW)).toEqual([]);
    expect([...activeDelegators([inForce, later, ended, toOther], ME, NOW)]).toEqual([OWNER]);
  });

  it('lists the user’s own task first, then those they stand in for', () => {
    const inForce = delegation(OWNER, FINANCE, '2026-11-25T07:00:00.000Z', '2026-11-25T09:00:00.000Z');
    expect(decisionOptions(request({}), FINANCE, [inForce], NOW).map((o) => o.onBehalfOfUserId)).toEqual([
      undefined,
      OWNER,
    ]);
  });

  it('offers nothing on one’s own request, nor on one that is no longer pending', () => {
    const inForce = delegation(OWNER, PURCHASER, '2026-11-25T07:00:00.000Z', '2026-11-25T09:00:00.000Z');
    expect(decisionOptions(request({}), PURCHASER, [inForce], NOW)).toEqual([]);
    expect(decisionOptions(request({ status: 'approved', currentLevel: null }), FINANCE, [], NOW)).toEqual(
      [],
    );
    expect(decisionOptions(request({ status: 'withdrawn' }), FINANCE, [], NOW)).toEqual([]);
  });
});

describe('the levels of a request', () => {
  it('shows what happened at each level mid-way: decided, deciding now, still to come', () => {
    const steps = levelSteps(
      request({
        levels: [level(2, 'all'), level(1), level(3)],
        tasks: [task(1, ME, 'approved'), task(2, FINANCE, 'approved'), task(2, OWNER)],
      }),
    );
    expect(steps.map((s) => [s.level.order, s.state, s.tasks.length])).toEqual([
      [1, 'approved', 1],
      [2, 'current', 2],
      [3, 'waiting', 0],
    ]);
  });

  it('marks the rejected level and the ones never reached', () => {
    const steps = levelSteps(
      request({ status: 'rejected', currentLevel: null, tasks: [task(1, ME, 'rejected')] }),
    );
    expect(steps.map((s) => s.state)).toEqual(['rejected', 'not_reached']);
    const withdrawn = levelSteps(
      request({ status: 'withdrawn', currentLevel: null, tasks: [task(1, ME, 'approved')] }),
    );
    expect(withdrawn.map((s) => s.state)).toEqual(['approved', 'not_reached']);
    const anyDone = levelSteps(
      request({
        status: 'approved',
        currentLevel: null,
        tasks: [
          task(1, ME, 'approved'),
          task(1, OWNER, 'skipped'),
          task(2, FINANCE, 'approved'),
          task(2, OWNER, 'approved'),
        ],
      }),
    );
    expect(anyDone.map((s) => s.state)).toEqual(['approved', 'approved']);
  });
});

describe('refusals of a decision', () => {
  const refusal = (code: string, status: number) =>
    new ORPCError(code, { status, message: code, data: { reason: code, messageZh: '…' } });

  it('knows the refusals the page explains, and which of them mean the request moved on', () => {
    expect(decisionRefusal(refusal('SELF_APPROVAL', 403))).toBe('SELF_APPROVAL');
    expect(decisionRefusal(refusal('NOT_AN_APPROVER', 403))).toBe('NOT_AN_APPROVER');
    expect(decisionRefusal(refusal('ALREADY_DECIDED', 409))).toBe('ALREADY_DECIDED');
    expect(decisionRefusal(refusal('NOT_PENDING', 409))).toBe('NOT_PENDING');
    expect(decisionRefusal(refusal('NOT_FOUND', 404))).toBeUndefined();
    expect(decisionRefusal(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(isStale('ALREADY_DECIDED')).toBe(true);
    expect(isStale('NOT_PENDING')).toBe(true);
    expect(isStale('SELF_APPROVAL')).toBe(false);
    expect(isStale(undefined)).toBe(false);
  });
});

describe('delegation periods', () => {
  const at = (iso: string) => new Date(iso);
  it('needs both ends, the end after the start and in the future', () => {
    expect(delegationRangeProblem(null, NOW)).toBe('required');
    expect(delegationRangeProblem([at('2026-11-25T09:00:00Z'), null], NOW)).toBe('required');
    expect(delegationRangeProblem([at('2026-11-26T09:00:00Z'), at('2026-11-26T09:00:00Z')], NOW)).toBe(
      'order',
    );
    expect(delegationRangeProblem([at('2026-11-26T09:00:00Z'), at('2026-11-26T08:00:00Z')], NOW)).toBe(
      'order',
    );
    expect(delegationRangeProblem([at('2026-11-20T09:00:00Z'), at('2026-11-25T08:00:00Z')], NOW)).toBe(
      'past',
    );
    expect(delegationRangeProblem([at('2026-11-20T09:00:00Z'), at('2026-11-25T08:00:01Z')], NOW)).toBeNull();
  });

  it('says whether a delegation is in force, upcoming or over', () => {
    const d = { startsAt: '2026-11-25T07:00:00.000Z', endsAt: '2026-11-25T09:00:00.000Z' };
    expect(delegationState(d, at('2026-11-25T06:59:59Z'))).toBe('upcoming');
    expect(delegationState(d, at('2026-11-25T07:00:00Z'))).toBe('active');
    expect(delegationState(d, at('2026-11-25T09:00:00Z'))).toBe('ended');
  });
});
