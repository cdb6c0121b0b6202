import { describe, expect, it } from 'vitest';
import type { Delegation } from './approval.types';
import { isDelegationActive } from './delegation';

const holiday: Delegation = {
  fromUserId: 'manager',
  toUserId: 'deputy',
  startsAt: new Date('2025-08-01T00:00:00Z'),
  endsAt: new Date('2025-08-15T00:00:00Z'),
};

describe('isDelegationActive', () => {
  it.each([
    ['one millisecond before the start', '2025-07-31T23:59:59.999Z', false],
    ['at the start (inclusive)', '2025-08-01T00:00:00.000Z', true],
    ['inside the range', '2025-08-07T12:00:00.000Z', true],
    ['one millisecond before the end', '2025-08-14T23:59:59.999Z', true],
    ['at the end (exclusive)', '2025-08-15T00:00:00.000Z', false],
  ])('%s: %s → %s', (_label, at, expected) => {
    expect(isDelegationActive([holiday], 'manager', 'deputy', new Date(at))).toBe(expected);
  });

  it('works only in the direction given, and does not chain', () => {
    const now = new Date('2025-08-05T00:00:00Z');
    const onward: Delegation = { ...holiday, fromUserId: 'deputy', toUserId: 'intern' };
    expect(isDelegationActive([holiday], 'deputy', 'manager', now)).toBe(false);
    expect(isDelegationActive([holiday, onward], 'manager', 'intern', now)).toBe(false);
    expect(isDelegationActive([holiday, onward], 'deputy', 'intern', now)).toBe(true);
  });

  it('finds the active one among several', () => {
    const past: Delegation = {
      ...holiday,
      startsAt: new Date('2025-01-01Z'),
      endsAt: new Date('2025-01-10Z'),
    };
    expect(isDelegationActive([past, holiday], 'manager', 'deputy', new Date('2025-08-02Z'))).toBe(true);
    expect(isDelegationActive([past], 'manager', 'deputy', new Date('2025-08-02Z'))).toBe(false);
    expect(isDelegationActive([], 'manager', 'deputy', new Date('2025-08-02Z'))).toBe(false);
  });
});
