import { describe, expect, it } from 'vitest';
import { acceptBlock } from './quote-state';
import { ladderRows } from './ladder';

describe('ladder rows', () => {
  it('lists the base price then each break by quantity, a percentage computed on the base half-up', () => {
    const rows = ladderRows({
      unitPrice: '5950.0000',
      ladder: [
        { minQuantity: '1000', kind: 'percent', value: '2' },
        { minQuantity: '100', kind: 'absolute', value: '5900.0000' },
        { minQuantity: '5000', kind: 'percent', value: '2.55' },
      ],
    });
    expect(rows).toEqual([
      { from: null, kind: 'base', percent: null, unitPrice: '5950.0000' },
      { from: '100', kind: 'absolute', percent: null, unitPrice: '5900.0000' },
      { from: '1000', kind: 'percent', percent: '2', unitPrice: '5831.0000' },
      // 5950 × 0.9745 = 5798.275
      { from: '5000', kind: 'percent', percent: '2.55', unitPrice: '5798.2750' },
    ]);
  });
});

describe('accepting a quote', () => {
  const now = new Date('2026-11-25T08:00:00Z');
  const quote = (
    status: 'active' | 'accepted' | 'expired' | 'pending_approval' | 'rejected',
    validUntil = '2026-11-30T00:00:00Z',
  ) => ({
    id: '00000000-0000-4000-8000-000000000001',
    status,
    validUntil,
  });
  it('is open for an active quote before its end, to those who may order', () => {
    expect(acceptBlock(quote('active'), now, true)).toBeNull();
    expect(acceptBlock(quote('active'), now, false)).toBe('noPermission');
  });
  it('is closed once the quote expired, even before the server marked it', () => {
    expect(acceptBlock(quote('expired'), now, true)).toBe('expired');
    expect(acceptBlock(quote('active', '2026-11-25T07:59:59Z'), now, true)).toBe('expired');
  });
  it('says why otherwise', () => {
    expect(acceptBlock(quote('accepted'), now, true)).toBe('accepted');
    expect(acceptBlock(quote('pending_approval'), now, true)).toBe('pending');
    expect(acceptBlock(quote('rejected'), now, true)).toBe('rejected');
    expect(acceptBlock({ id: null, status: null, validUntil: '2026-11-30T00:00:00Z' }, now, true)).toBe(
      'notSaved',
    );
  });
});
