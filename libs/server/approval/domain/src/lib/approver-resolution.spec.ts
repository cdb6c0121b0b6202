import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, PolicyLevel } from './approval.types';
import { resolveApprovers } from './approver-resolution';

const member = (userId: string, roles: string[] = [], overrides: Partial<Member> = {}): Member => ({
  userId,
  roles,
  disabled: false,
  isOwner: false,
  ...overrides,
});

const level = (approverRoles: string[], approverUserIds: string[] = []): PolicyLevel => ({
  order: 2,
  mode: 'any',
  approverRoles,
  approverUserIds,
  slaHours: 24,
  escalation: { kind: 'notify' },
});

const members: Member[] = [
  member('boss', [], { isOwner: true }),
  member('zoe', ['approver']),
  member('amy', ['approver', 'finance']),
  member('fin', ['finance']),
  member('gone', ['approver'], { disabled: true }),
  member('buyer', ['purchaser']),
];

describe('resolveApprovers', () => {
  it.each<[string, PolicyLevel, string, string[]]>([
    ['members holding a role, sorted', level(['approver']), 'buyer', ['amy', 'zoe']],
    ['several roles without duplicates', level(['approver', 'finance']), 'buyer', ['amy', 'fin', 'zoe']],
    ['named users who are active members', level([], ['fin', 'stranger', 'gone']), 'buyer', ['fin']],
    ['roles and users together', level(['finance'], ['zoe', 'amy']), 'buyer', ['amy', 'fin', 'zoe']],
    ['never the requester', level(['approver']), 'amy', ['zoe']],
    ['never the requester, even when named', level([], ['amy', 'fin']), 'amy', ['fin']],
    ['the owner role: the owner account and any holder', level(['owner']), 'buyer', ['boss', 'boss-2']],
    ['the owner role held by a non-owner account', level(['owner']), 'boss', ['boss-2']],
  ])('%s', (_label, lvl, requesterId, expected) => {
    const company = [...members, member('boss-2', ['owner'])];
    expect(resolveApprovers(lvl, company, requesterId)).toEqual({ ok: true, value: expected });
  });

  it('falls back to the active owners when nobody holds the roles', () => {
    const company = [...members, member('co-owner', [], { isOwner: true })];
    expect(resolveApprovers(level(['legal']), company, 'buyer')).toEqual({
      ok: true,
      value: ['boss', 'co-owner'],
    });
  });

  it('falls back to the owners when the only approver is the requester', () => {
    expect(resolveApprovers(level([], ['zoe']), members, 'zoe')).toEqual({ ok: true, value: ['boss'] });
  });

  it('skips disabled owners and the requesting owner in the fallback', () => {
    const company = [
      member('boss', [], { isOwner: true }),
      member('old-boss', [], { isOwner: true, disabled: true }),
      member('buyer'),
    ];
    expect(resolveApprovers(level(['legal']), company, 'boss')).toEqual({
      ok: false,
      error: { code: 'NO_ELIGIBLE_APPROVER', level: 2 },
    });
  });

  it('refuses with NO_ELIGIBLE_APPROVER when the company has nobody else', () => {
    expect(resolveApprovers(level(['approver']), [], 'buyer')).toEqual({
      ok: false,
      error: { code: 'NO_ELIGIBLE_APPROVER', level: 2 },
    });
  });

  it('never returns the requester or a disabled member, and always sorted and unique', () => {
    const userId = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5');
    const role = fc.constantFrom('approver', 'finance', 'owner', 'admin');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            userId,
            roles: fc.array(role, { maxLength: 2 }),
            disabled: fc.boolean(),
            isOwner: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        fc.array(role, { maxLength: 2 }),
        fc.array(userId, { maxLength: 3 }),
        userId,
        (company, roles, users, requesterId) => {
          const result = resolveApprovers(level(roles, users), company, requesterId);
          if (!result.ok) {
            // nobody active other than the requester holds a role, is named, or owns the company
            const others = company.filter((m) => !m.disabled && m.userId !== requesterId);
            expect(others.filter((m) => m.isOwner)).toEqual([]);
            return;
          }
          const ids = result.value;
          expect(ids.length).toBeGreaterThan(0);
          expect(ids).not.toContain(requesterId);
          expect(ids).toEqual([...new Set(ids)].sort());
          for (const id of ids) {
            expect(company.some((m) => m.userId === id && !m.disabled)).toBe(true);
          }
        },
      ),
    );
  });
});
