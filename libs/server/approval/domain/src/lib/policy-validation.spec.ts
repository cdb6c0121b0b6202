import { describe, expect, it } from 'vitest';
import type { ApprovalPolicy, PolicyLevel } from './approval.types';
import { checkPolicy, validateLevels, validatePolicy } from './policy-validation';

const level = (order: number, overrides: Partial<PolicyLevel> = {}): PolicyLevel => ({
  order,
  mode: 'any',
  approverRoles: ['approver'],
  approverUserIds: [],
  slaHours: 24,
  escalation: { kind: 'notify' },
  ...overrides,
});

const valid: ApprovalPolicy = {
  id: 'p1',
  subjectType: 'purchase_order',
  name: 'Large purchases',
  priority: 1,
  active: true,
  conditions: { minAmountMinor: 1_000_000n, maxAmountMinor: 10_000_000n, minDiscountBps: 500 },
  levels: [level(1), level(2, { mode: 'all', approverRoles: [], approverUserIds: ['u-cfo'] })],
};

const paths = (policy: ApprovalPolicy): string[] => validatePolicy(policy).map((p) => p.path);

describe('validatePolicy', () => {
  it('finds nothing wrong with a valid policy, nor with one without levels or conditions', () => {
    expect(validatePolicy(valid)).toEqual([]);
    expect(validatePolicy({ ...valid, conditions: {}, levels: [] })).toEqual([]);
  });

  it.each<[string, Partial<ApprovalPolicy>, string[]]>([
    ['a gap in the level orders', { levels: [level(1), level(3)] }, ['levels[1].order']],
    ['levels not starting at 1', { levels: [level(2)] }, ['levels[0].order']],
    ['a duplicated order', { levels: [level(1), level(1)] }, ['levels[1].order']],
    ['a fractional order', { levels: [level(1.5)] }, ['levels[0].order']],
    [
      'a level without any approver',
      { levels: [level(1, { approverRoles: [], approverUserIds: [] })] },
      ['levels[0].approverRoles'],
    ],
    ['a blank role', { levels: [level(1, { approverRoles: [' '] })] }, ['levels[0].approverRoles[0]']],
    [
      'a blank user',
      { levels: [level(1, { approverUserIds: ['u1', ''] })] },
      ['levels[0].approverUserIds[1]'],
    ],
    ['an SLA of zero hours', { levels: [level(1, { slaHours: 0 })] }, ['levels[0].slaHours']],
    ['a negative SLA', { levels: [level(1, { slaHours: -1 })] }, ['levels[0].slaHours']],
    ['an infinite SLA', { levels: [level(1, { slaHours: Infinity })] }, ['levels[0].slaHours']],
    [
      'an escalation to a user without the user',
      { levels: [level(1, { escalation: { kind: 'user', userId: '' } })] },
      ['levels[0].escalation.userId'],
    ],
    [
      'min amount equal to max amount',
      { conditions: { minAmountMinor: 100n, maxAmountMinor: 100n } },
      ['conditions.maxAmountMinor'],
    ],
    [
      'min amount above max amount',
      { conditions: { minAmountMinor: 101n, maxAmountMinor: 100n } },
      ['conditions.maxAmountMinor'],
    ],
    ['a negative min amount', { conditions: { minAmountMinor: -1n } }, ['conditions.minAmountMinor']],
    ['a negative max amount', { conditions: { maxAmountMinor: -1n } }, ['conditions.maxAmountMinor']],
    ['a discount above 100 %', { conditions: { minDiscountBps: 10_001 } }, ['conditions.minDiscountBps']],
    ['a negative discount', { conditions: { minDiscountBps: -1 } }, ['conditions.minDiscountBps']],
    ['a fractional discount', { conditions: { minDiscountBps: 2.5 } }, ['conditions.minDiscountBps']],
    [
      'a negative payment term',
      { conditions: { minPaymentTermDays: -1 } },
      ['conditions.minPaymentTermDays'],
    ],
    ['a blank name', { name: '  ' }, ['name']],
    ['a fractional priority', { priority: 0.5 }, ['priority']],
  ])('reports %s', (_label, change, expected) => {
    expect(paths({ ...valid, ...change })).toEqual(expected);
  });

  it.each<[string, Partial<ApprovalPolicy>]>([
    ['discount of 0 bps', { conditions: { minDiscountBps: 0 } }],
    ['discount of 10 000 bps', { conditions: { minDiscountBps: 10_000 } }],
    ['amounts of zero', { conditions: { minAmountMinor: 0n } }],
    ['no SLA', { levels: [level(1, { slaHours: null })] }],
    ['a fractional SLA', { levels: [level(1, { slaHours: 0.5 })] }],
    ['levels listed out of order', { levels: [level(2), level(1)] }],
    ['a level naming only users', { levels: [level(1, { approverRoles: [], approverUserIds: ['u1'] })] }],
    ['an escalation to a named user', { levels: [level(1, { escalation: { kind: 'user', userId: 'u9' } })] }],
  ])('accepts %s', (_label, change) => {
    expect(validatePolicy({ ...valid, ...change })).toEqual([]);
  });

  it('reports every problem at once, each with a message', () => {
    const problems = validatePolicy({
      ...valid,
      conditions: { minAmountMinor: -5n, minDiscountBps: 20_000 },
      levels: [level(2, { slaHours: 0, approverRoles: [] })],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'conditions.minAmountMinor',
      'conditions.minDiscountBps',
      'levels[0].order',
      'levels[0].approverRoles',
      'levels[0].slaHours',
    ]);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
  });
});

describe('validateLevels', () => {
  it('uses paths relative to the list', () => {
    expect(validateLevels([level(1), level(1)])).toEqual([
      { path: 'levels[1].order', message: 'order 1 is used by more than one level' },
    ]);
  });
});

describe('checkPolicy', () => {
  it('returns the policy when valid', () => {
    expect(checkPolicy(valid)).toEqual({ ok: true, value: valid });
  });

  it('refuses an invalid policy with POLICY_INVALID and its problems', () => {
    const result = checkPolicy({ ...valid, levels: [level(3)] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'POLICY_INVALID', problems: [expect.objectContaining({ path: 'levels[0].order' })] },
    });
  });
});
