import { describe, expect, it } from 'vitest';
import { auditDiff, isIsoInstant, listDelta, sameJson } from './audit-diff';

/** Before/after as the API writes them (company-admin.service.ts). */
describe('audit diff', () => {
  it('puts before and after side by side and marks what changed (member.update)', () => {
    const rows = auditDiff(
      { role: 'purchaser', customRoleIds: [], departmentId: 'd1' },
      { role: 'viewer', customRoleIds: ['r1'], departmentId: 'd1' },
    );
    expect(rows).toEqual([
      { path: 'role', before: 'purchaser', after: 'viewer', change: 'changed' },
      { path: 'customRoleIds', before: [], after: ['r1'], change: 'changed' },
      { path: 'departmentId', before: 'd1', after: 'd1', change: 'same' },
    ]);
  });

  it('shows a creation as every field added (before is null)', () => {
    expect(auditDiff(null, { name: '采购部', budgetCode: 'CC-100' })).toEqual([
      { path: 'name', before: null, after: '采购部', change: 'added' },
      { path: 'budgetCode', before: null, after: 'CC-100', change: 'added' },
    ]);
  });

  it('shows a deletion as every field removed (after is null)', () => {
    expect(
      auditDiff({ name: '内审', permissions: ['audit:view'], memberCount: 1 }, null).map((r) => r.change),
    ).toEqual(['removed', 'removed', 'removed']);
  });

  it('opens nested objects into dotted fields and treats a null field as absent (member.disable)', () => {
    const rows = auditDiff(
      { disabledAt: null },
      {
        disabledAt: '2026-11-25T08:00:00.000Z',
        reassignedTo: 'u2',
        reassigned: { requisitions: 1, approvalTasks: 0 },
      },
    );
    expect(rows.map((r) => [r.path, r.change])).toEqual([
      ['disabledAt', 'added'],
      ['reassignedTo', 'added'],
      ['reassigned.requisitions', 'added'],
      ['reassigned.approvalTasks', 'added'],
    ]);
  });

  it('keeps a scalar or list value whole, and has nothing to show for nothing', () => {
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff({}, {})).toEqual([]);
    expect(auditDiff('a', 'b')).toEqual([{ path: '', before: 'a', after: 'b', change: 'changed' }]);
    expect(auditDiff({ p: ['a', 'b'] }, { p: ['a', 'b'] })[0]?.change).toBe('same');
  });

  it('compares JSON by structure, not by key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
  });

  it('tells what a list gained and lost', () => {
    expect(listDelta(['audit:view'], ['audit:view', 'user:view'])).toEqual({
      added: ['user:view'],
      removed: [],
    });
    expect(listDelta(['r1', 'r2'], ['r2'])).toEqual({ added: [], removed: ['r1'] });
    expect(listDelta('a', ['b'])).toBeNull();
  });

  it('recognises instants, not plain text or dates', () => {
    expect(isIsoInstant('2026-11-25T08:00:00.000Z')).toBe(true);
    expect(isIsoInstant('2026-11-25T16:00:00+08:00')).toBe(true);
    expect(isIsoInstant('2026-11-25')).toBe(false);
    expect(isIsoInstant('CC-100')).toBe(false);
  });
});
