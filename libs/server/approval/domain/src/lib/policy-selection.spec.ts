import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApprovalPolicy, PolicyConditions, PolicyLevel, SubjectFacts } from './approval.types';
import { matchesConditions, OVER_SPENDING_LIMIT_LEVEL, planApproval, selectPolicy } from './policy-selection';

/** 1 CNY = 100 fen. */
const cny = (yuan: number): bigint => BigInt(Math.round(yuan * 100));

const facts = (overrides: Partial<SubjectFacts> = {}): SubjectFacts => ({
  amountMinor: 0n,
  categoryIds: [],
  newSupplier: false,
  discountBps: null,
  paymentTermDays: null,
  departmentId: null,
  overSpendingLimit: false,
  ...overrides,
});

const level = (order: number, overrides: Partial<PolicyLevel> = {}): PolicyLevel => ({
  order,
  mode: 'any',
  approverRoles: ['approver'],
  approverUserIds: [],
  slaHours: 24,
  escalation: { kind: 'notify' },
  ...overrides,
});

const policy = (id: string, overrides: Partial<ApprovalPolicy> = {}): ApprovalPolicy => ({
  id,
  subjectType: 'purchase_order',
  name: id,
  priority: 10,
  active: true,
  conditions: {},
  levels: [level(1)],
  ...overrides,
});

/**
 * DESIGN.md §9 example: under 10 000 CNY no approval; 10 000–100 000 the purchasing manager;
 * from 100 000 the manager, then finance and the general manager together.
 */
const example: ApprovalPolicy[] = [
  policy('small', { priority: 1, conditions: { maxAmountMinor: cny(10_000) }, levels: [] }),
  policy('medium', {
    priority: 2,
    conditions: { minAmountMinor: cny(10_000), maxAmountMinor: cny(100_000) },
    levels: [level(1, { approverRoles: ['approver'] })],
  }),
  policy('large', {
    priority: 3,
    conditions: { minAmountMinor: cny(100_000) },
    levels: [
      level(1, { approverRoles: ['approver'] }),
      level(2, { mode: 'all', approverRoles: ['finance', 'owner'], slaHours: 48 }),
    ],
  }),
];

describe('matchesConditions', () => {
  it.each<[string, PolicyConditions, Partial<SubjectFacts>, boolean]>([
    ['no condition matches everything', {}, { amountMinor: 5n }, true],
    ['min amount is inclusive: equal', { minAmountMinor: 100n }, { amountMinor: 100n }, true],
    ['min amount: one fen below', { minAmountMinor: 100n }, { amountMinor: 99n }, false],
    ['max amount is exclusive: equal', { maxAmountMinor: 100n }, { amountMinor: 100n }, false],
    ['max amount: one fen below', { maxAmountMinor: 100n }, { amountMinor: 99n }, true],
    ['category: overlap', { categoryIds: ['steel', 'sugar'] }, { categoryIds: ['rebar', 'sugar'] }, true],
    ['category: no overlap', { categoryIds: ['steel'] }, { categoryIds: ['sugar'] }, false],
    ['category: subject without categories', { categoryIds: ['steel'] }, { categoryIds: [] }, false],
    ['category: an empty list counts as unset', { categoryIds: [] }, { categoryIds: ['sugar'] }, true],
    ['new supplier: equal (true)', { newSupplier: true }, { newSupplier: true }, true],
    ['new supplier: differs', { newSupplier: true }, { newSupplier: false }, false],
    ['new supplier: equal (false)', { newSupplier: false }, { newSupplier: false }, true],
    ['discount ≥: equal', { minDiscountBps: 500 }, { discountBps: 500 }, true],
    ['discount ≥: below', { minDiscountBps: 500 }, { discountBps: 499 }, false],
    ['discount: subject without discount', { minDiscountBps: 0 }, { discountBps: null }, false],
    ['term days >: equal is not greater', { minPaymentTermDays: 30 }, { paymentTermDays: 30 }, false],
    ['term days >: one more', { minPaymentTermDays: 30 }, { paymentTermDays: 31 }, true],
    ['term days: subject without term', { minPaymentTermDays: 0 }, { paymentTermDays: null }, false],
    ['department: in list', { departmentIds: ['d1', 'd2'] }, { departmentId: 'd2' }, true],
    ['department: not in list', { departmentIds: ['d1'] }, { departmentId: 'd2' }, false],
    ['department: subject without department', { departmentIds: ['d1'] }, { departmentId: null }, false],
    ['department: an empty list counts as unset', { departmentIds: [] }, { departmentId: null }, true],
    ['over limit: equal', { overSpendingLimit: true }, { overSpendingLimit: true }, true],
    ['over limit: differs', { overSpendingLimit: false }, { overSpendingLimit: true }, false],
    [
      'all conditions must hold: one fails',
      { minAmountMinor: 100n, newSupplier: true },
      { amountMinor: 100n, newSupplier: false },
      false,
    ],
    [
      'all conditions must hold: all hold',
      { minAmountMinor: 100n, maxAmountMinor: 200n, newSupplier: true, departmentIds: ['d1'] },
      { amountMinor: 199n, newSupplier: true, departmentId: 'd1' },
      true,
    ],
  ])('%s', (_label, conditions, subject, expected) => {
    expect(matchesConditions(conditions, facts(subject))).toBe(expected);
  });
});

describe('selectPolicy', () => {
  it('takes the lowest priority among the matching, active policies of the subject type', () => {
    const policies = [
      policy('p-30', { priority: 30 }),
      policy('p-10-inactive', { priority: 10, active: false }),
      policy('p-5-rfq', { priority: 5, subjectType: 'rfq_award' }),
      policy('p-1-no-match', { priority: 1, conditions: { newSupplier: true } }),
      policy('p-20', { priority: 20 }),
    ];
    expect(selectPolicy(policies, 'purchase_order', facts())?.id).toBe('p-20');
    expect(selectPolicy(policies, 'rfq_award', facts())?.id).toBe('p-5-rfq');
    expect(selectPolicy(policies, 'purchase_order', facts({ newSupplier: true }))?.id).toBe('p-1-no-match');
  });

  it('breaks priority ties by id, whatever the input order', () => {
    const a = policy('a', { priority: 1 });
    const b = policy('b', { priority: 1 });
    expect(selectPolicy([b, a], 'purchase_order', facts())?.id).toBe('a');
    expect(selectPolicy([a, b], 'purchase_order', facts())?.id).toBe('a');
  });

  it('is null when nothing matches', () => {
    expect(selectPolicy([], 'purchase_order', facts())).toBeNull();
    expect(selectPolicy([policy('x', { active: false })], 'purchase_order', facts())).toBeNull();
  });

  it('does not depend on the order of the policies', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
            priority: fc.integer({ min: 0, max: 3 }),
            active: fc.boolean(),
            newSupplier: fc.option(fc.boolean(), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        fc.boolean(),
        (specs, newSupplier) => {
          const policies = specs.map((s, i) =>
            policy(`${s.id}${i}`, {
              priority: s.priority,
              active: s.active,
              conditions: s.newSupplier === undefined ? {} : { newSupplier: s.newSupplier },
            }),
          );
          const subject = facts({ newSupplier });
          const forward = selectPolicy(policies, 'purchase_order', subject);
          const backward = selectPolicy([...policies].reverse(), 'purchase_order', subject);
          expect(backward?.id).toBe(forward?.id);
        },
      ),
    );
  });
});

describe('planApproval: the DESIGN example', () => {
  it.each<[string, bigint, string | null, number]>([
    ['9 999.99 CNY needs no approval', cny(9_999.99), null, 0],
    ['10 000 CNY goes to the purchasing manager', cny(10_000), 'medium', 1],
    ['99 999.99 CNY goes to the purchasing manager', cny(99_999.99), 'medium', 1],
    ['100 000 CNY goes to manager, then finance and general manager', cny(100_000), 'large', 2],
    ['150 000 CNY goes to manager, then finance and general manager', cny(150_000), 'large', 2],
  ])('%s', (_label, amountMinor, policyId, levels) => {
    const plan = planApproval(example, 'purchase_order', facts({ amountMinor }));
    if (policyId === null) {
      expect(plan).toEqual({ kind: 'none' });
    } else {
      expect(plan).toMatchObject({ kind: 'levels', policyId });
      expect(plan.kind === 'levels' ? plan.levels.length : 0).toBe(levels);
    }
  });

  it('keeps the large band as configured: manager first, then finance and owner all together', () => {
    const plan = planApproval(example, 'purchase_order', facts({ amountMinor: cny(150_000) }));
    expect(plan.kind === 'levels' && plan.levels.map((l) => [l.order, l.mode, l.approverRoles])).toEqual([
      [1, 'any', ['approver']],
      [2, 'all', ['finance', 'owner']],
    ]);
  });

  it('sorts the levels by order', () => {
    const shuffled = policy('p', { levels: [level(2, { approverRoles: ['b'] }), level(1)] });
    const plan = planApproval([shuffled], 'purchase_order', facts());
    expect(plan.kind === 'levels' && plan.levels.map((l) => l.order)).toEqual([1, 2]);
  });

  it('partitions amounts into exactly one band, and needs more levels as the amount grows', () => {
    const bandsOf = (amountMinor: bigint): string[] =>
      example.filter((p) => matchesConditions(p.conditions, facts({ amountMinor }))).map((p) => p.id);
    const levelCount = (amountMinor: bigint): number => {
      const plan = planApproval(example, 'purchase_order', facts({ amountMinor }));
      return plan.kind === 'none' ? 0 : plan.levels.length;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: cny(1_000_000) }),
        fc.bigInt({ min: 0n, max: cny(1_000_000) }),
        (a, b) => {
          expect(bandsOf(a)).toHaveLength(1);
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(levelCount(low)).toBeLessThanOrEqual(levelCount(high));
        },
      ),
    );
  });
});

describe('planApproval: beyond the spending limit', () => {
  it('goes to the owner or an admin when no policy matches', () => {
    expect(planApproval([], 'purchase_order', facts({ overSpendingLimit: true }))).toEqual({
      kind: 'levels',
      policyId: null,
      levels: [
        {
          order: 1,
          mode: 'any',
          approverRoles: ['owner', 'admin'],
          approverUserIds: [],
          slaHours: 24,
          escalation: { kind: 'notify' },
        },
      ],
    });
  });

  it('goes to the owner or an admin when the matching policy has no levels', () => {
    const plan = planApproval(
      example,
      'purchase_order',
      facts({ amountMinor: cny(5), overSpendingLimit: true }),
    );
    expect(plan).toEqual({ kind: 'levels', policyId: null, levels: [OVER_SPENDING_LIMIT_LEVEL] });
  });

  it("keeps the matching policy's levels when it has some", () => {
    const plan = planApproval(
      example,
      'purchase_order',
      facts({ amountMinor: cny(20_000), overSpendingLimit: true }),
    );
    expect(plan).toMatchObject({ kind: 'levels', policyId: 'medium' });
  });

  it('needs nothing when within the limit and no policy matches', () => {
    expect(planApproval([], 'purchase_order', facts({ overSpendingLimit: false }))).toEqual({ kind: 'none' });
  });
});
