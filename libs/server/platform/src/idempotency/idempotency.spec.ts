import { describe, expect, it } from 'vitest';
import { idempotencyKeyOf, requestFingerprint } from './idempotency';

describe('Idempotency-Key', () => {
  it('reads the header, trimmed, and answers null without one', () => {
    expect(idempotencyKeyOf({ 'idempotency-key': ' 6c1a-key ' })).toBe('6c1a-key');
    expect(idempotencyKeyOf({})).toBeNull();
  });

  it('refuses an empty, over-long, repeated or non-ASCII key on the header (400)', () => {
    for (const bad of ['', '   ', 'a'.repeat(256), 'with space', '订单-1', ['a', 'b']]) {
      let thrown: unknown;
      try {
        idempotencyKeyOf({ 'idempotency-key': bad });
      } catch (e) {
        thrown = e;
      }
      expect(thrown, String(bad)).toMatchObject({
        status: 400,
        code: 'IDEMPOTENCY_KEY_INVALID',
        data: { fields: [{ path: 'Idempotency-Key' }] },
      });
    }
    expect(idempotencyKeyOf({ 'idempotency-key': 'a'.repeat(255) })).toHaveLength(255);
  });
});

describe('requestFingerprint', () => {
  it('is the same for the same command, caller and body, whatever the key order', () => {
    const a = requestFingerprint('orders.place', 'user:1', { quoteId: 'q', note: '', amountMinor: 12n });
    const b = requestFingerprint('orders.place', 'user:1', { amountMinor: 12n, note: '', quoteId: 'q' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs for another body, another caller or another command', () => {
    const base = requestFingerprint('orders.place', 'user:1', { quoteId: 'q', nested: { a: 1, b: [1, 2] } });
    expect(
      requestFingerprint('orders.place', 'user:1', { quoteId: 'q', nested: { a: 1, b: [2, 1] } }),
    ).not.toBe(base);
    expect(
      requestFingerprint('orders.place', 'user:2', { quoteId: 'q', nested: { a: 1, b: [1, 2] } }),
    ).not.toBe(base);
    expect(
      requestFingerprint('payments.pay', 'user:1', { quoteId: 'q', nested: { a: 1, b: [1, 2] } }),
    ).not.toBe(base);
  });
});
