import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, PolicyInputSchema } from '@tradeway/shared/contracts';
import type { PolicyPayload, PolicyView } from '../data/types';
import {
  emptyLevel,
  emptyPolicy,
  type PolicyFormValues,
  policyFieldName,
  sortPolicies,
  SUBJECT_TYPES,
  toPolicyFormValues,
  toPolicyPayload,
} from './policy-form';

const USER = '00000000-0000-4000-8000-000000000011';
const DEPT = '00000000-0000-4000-8000-000000000021';

/** What the API stores and answers for a payload (ids and version added, defaults filled). */
function stored(payload: PolicyPayload, id = '00000000-0000-4000-8000-0000000000aa'): PolicyView {
  const parsed = PolicyInputSchema.parse(payload);
  return JSON.parse(
    JSON.stringify({ ...parsed, id, version: 1, updatedAt: '2026-11-25T08:00:00.000Z' }, (_k, v: unknown) =>
      typeof v === 'bigint' ? v.toString() : v,
    ),
  ) as PolicyView;
}

/** The third band of DESIGN.md §9 as the admin types it in the editor. */
const aboveHundredThousand: PolicyFormValues = {
  ...emptyPolicy(),
  name: ' 10 万元以上：采购经理，再由财务和总经理会签 ',
  priority: 30,
  conditions: { ...emptyPolicy().conditions, minAmount: '100000' },
  levels: [
    { ...emptyLevel(), approverRoles: ['approver'] },
    { ...emptyLevel(), mode: 'all', approverRoles: ['finance', 'owner'], slaHours: 48 },
  ],
};

describe('policy editor ↔ API payload', () => {
  it('turns the three bands into the bodies the API expects (amounts in fen, levels numbered)', () => {
    const under = toPolicyPayload({
      ...emptyPolicy(),
      name: '1 万元以下：无需审批',
      priority: 10,
      conditions: { ...emptyPolicy().conditions, maxAmount: '10000' },
    });
    expect(under).toEqual({
      subjectType: 'purchase_requisition',
      name: '1 万元以下：无需审批',
      priority: 10,
      active: true,
      conditions: { maxAmountMinor: '1000000' },
      levels: [],
    });
    const middle = toPolicyPayload({
      ...emptyPolicy(),
      name: '1 万至 10 万元：采购经理',
      priority: 20,
      conditions: { ...emptyPolicy().conditions, minAmount: '10000', maxAmount: '100,000.00' },
      levels: [{ ...emptyLevel(), approverRoles: ['approver'] }],
    });
    expect(middle.conditions).toEqual({ minAmountMinor: '1000000', maxAmountMinor: '10000000' });
    expect(middle.levels).toEqual([
      {
        order: 1,
        mode: 'any',
        approverRoles: ['approver'],
        approverUserIds: [],
        slaHours: 24,
        escalation: { kind: 'notify' },
      },
    ]);
    const above = toPolicyPayload(aboveHundredThousand);
    expect(above.name).toBe('10 万元以上：采购经理，再由财务和总经理会签');
    expect(above.conditions).toEqual({ minAmountMinor: '10000000' });
    expect(above.levels?.map((l) => [l.order, l.mode, l.approverRoles])).toEqual([
      [1, 'any', ['approver']],
      [2, 'all', ['finance', 'owner']],
    ]);
    // and the contract accepts all three
    for (const p of [under, middle, above]) expect(PolicyInputSchema.safeParse(p).success).toBe(true);
  });

  it('sends every condition that is set, and none that is left open', () => {
    const payload = toPolicyPayload({
      ...emptyPolicy('special_price'),
      name: 'Deep discounts for new customers',
      conditions: {
        minAmount: '',
        maxAmount: '',
        categoryIds: [DEPT],
        newSupplier: 'no',
        minDiscountPercent: '12.5',
        minPaymentTermDays: 0,
        departmentIds: [DEPT],
        overSpendingLimit: 'yes',
      },
      levels: [
        {
          ...emptyLevel(),
          approverUserIds: [USER],
          slaHours: null,
          escalation: 'user',
          escalationUserId: USER,
        },
      ],
    });
    expect(payload.conditions).toEqual({
      categoryIds: [DEPT],
      newSupplier: false,
      minDiscountBps: 1250,
      minPaymentTermDays: 0,
      departmentIds: [DEPT],
      overSpendingLimit: true,
    });
    expect(payload.levels?.[0]).toMatchObject({ slaHours: null, escalation: { kind: 'user', userId: USER } });
    expect(toPolicyPayload(emptyPolicy()).conditions).toEqual({});
  });

  it('reads a stored policy back into the editor, levels in their order', () => {
    const view = stored(toPolicyPayload(aboveHundredThousand));
    view.levels.reverse(); // whatever order the API lists them in
    const values = toPolicyFormValues(view);
    expect(values.conditions.minAmount).toBe('100000.00');
    expect(values.conditions.maxAmount).toBe('');
    expect(values.levels.map((l) => l.approverRoles)).toEqual([['approver'], ['finance', 'owner']]);
    expect(values.levels[1]).toMatchObject({ mode: 'all', slaHours: 48, escalation: 'notify' });
    expect(values.levels[1]?.escalationUserId).toBeUndefined();
  });

  it('round-trips any policy the API accepts: editor(API) → API gives the same policy', () => {
    const id = fc.uuid({ version: 4 });
    const minor = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String);
    const level = fc.record({
      mode: fc.constantFrom('any' as const, 'all' as const),
      approverRoles: fc.uniqueArray(fc.oneof(fc.constantFrom(...BUILT_IN_ROLES), id), { maxLength: 4 }),
      approverUserIds: fc.uniqueArray(id, { maxLength: 3 }),
      slaHours: fc.option(fc.integer({ min: 1, max: 2160 }), { nil: null }),
      escalation: fc.oneof(
        fc.constant({ kind: 'notify' as const }),
        fc.constant({ kind: 'next_level' as const }),
        id.map((userId) => ({ kind: 'user' as const, userId })),
      ),
    });
    const policy = fc.record({
      subjectType: fc.constantFrom(...SUBJECT_TYPES),
      name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0),
      priority: fc.integer({ min: 0, max: 10_000 }),
      active: fc.boolean(),
      conditions: fc.record(
        {
          minAmountMinor: minor,
          maxAmountMinor: minor,
          categoryIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
          newSupplier: fc.boolean(),
          minDiscountBps: fc.integer({ min: 0, max: 10_000 }),
          minPaymentTermDays: fc.integer({ min: 0, max: 3650 }),
          departmentIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
          overSpendingLimit: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      levels: fc.array(level, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(policy, (p) => {
        const payload: PolicyPayload = { ...p, levels: p.levels.map((l, i) => ({ order: i + 1, ...l })) };
        const again = toPolicyPayload(toPolicyFormValues(stored(payload)));
        expect(again).toEqual(payload);
      }),
      { numRuns: 300 },
    );
  });

  it('puts each API field error on the editor field it concerns', () => {
    expect(policyFieldName('name')).toEqual(['name']);
    expect(policyFieldName('priority')).toEqual(['priority']);
    expect(policyFieldName('conditions.minAmountMinor')).toEqual(['conditions', 'minAmount']);
    expect(policyFieldName('conditions.maxAmountMinor')).toEqual(['conditions', 'maxAmount']);
    expect(policyFieldName('conditions.minDiscountBps')).toEqual(['conditions', 'minDiscountPercent']);
    expect(policyFieldName('conditions.departmentIds')).toEqual(['conditions', 'departmentIds']);
    expect(policyFieldName('conditions.departmentIds.2')).toEqual(['conditions', 'departmentIds']);
    expect(policyFieldName('levels.1.approverRoles')).toEqual(['levels', 1, 'approverRoles']);
    expect(policyFieldName('levels.1.approverRoles.0')).toEqual(['levels', 1, 'approverRoles']);
    expect(policyFieldName('levels.0.approverUserIds.3')).toEqual(['levels', 0, 'approverUserIds']);
    expect(policyFieldName('levels.2.slaHours')).toEqual(['levels', 2, 'slaHours']);
    expect(policyFieldName('levels.0.escalation.userId')).toEqual(['levels', 0, 'escalationUserId']);
    expect(policyFieldName('levels.0.escalation.kind')).toEqual(['levels', 0, 'escalation']);
    expect(policyFieldName('levels.0.order')).toBeNull(); // the order is the position: no field
    expect(policyFieldName('levels')).toBeNull();
    expect(policyFieldName('conditions.unknown')).toBeNull();
    expect(policyFieldName('')).toBeNull();
  });

  it('lists policies by subject type, then in the order the engine tries them', () => {
    const p = (subjectType: PolicyView['subjectType'], priority: number, id: string) =>
      ({ ...stored(toPolicyPayload({ ...emptyPolicy(subjectType), name: id, priority }), id) }) as PolicyView;
    const a = p('special_price', 1, '00000000-0000-4000-8000-000000000001');
    const b = p('purchase_requisition', 30, '00000000-0000-4000-8000-000000000002');
    const c = p('purchase_requisition', 10, '00000000-0000-4000-8000-000000000004');
    const d = p('purchase_requisition', 10, '00000000-0000-4000-8000-000000000003');
    expect(sortPolicies([a, b, c, d]).map((x) => x.name)).toEqual([d.name, c.name, b.name, a.name]);
  });
});
