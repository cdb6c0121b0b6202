import { describe, expect, it } from 'vitest';
import { orderError } from '@tradeway/server/orders/domain';
import { orderErrorToOrpc } from './order-errors';
import { decodeCursor, encodeCursor } from './order.service';

describe('the order list cursor', () => {
  const at = new Date('2026-11-25T08:30:00.123Z');
  const id = '0f0e6b3c-6a2b-4c7e-9d51-3c1f2a7b8e90';

  it('carries the last row’s creation time and id, URL-safe, and reads back exactly', () => {
    const cursor = encodeCursor(at, id);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ createdAt: at, id });
  });

  it('refuses anything it did not write', () => {
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
    for (const bad of [
      b64('nope'),
      b64(`${at.toISOString()}|not-a-uuid`),
      b64(`yesterday|${id}`),
      b64(`2026-11-25T08:30:00Z|${id}`),
      b64(`${at.toISOString()}|${id}|extra`),
      '',
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});

describe('order refusals over the API', () => {
  it('carry the domain’s code, status, both languages, the field and the figures', () => {
    const e = orderErrorToOrpc(
      orderError('INSUFFICIENT_STOCK', {
        field: 'lines.0.quantity',
        lineId: 'L1',
        params: { lineNo: '1', skuCode: 'WS-GB1', requested: '12.000', available: '10.000', unit: 't' },
      }),
    );
    expect(e.code).toBe('INSUFFICIENT_STOCK');
    expect(e.status).toBe(409);
    expect(e.message).toBe('Not enough stock: line 1 (WS-GB1) needs 12.000 t, only 10.000 t available');
    expect(e.data).toMatchObject({
      reason: 'INSUFFICIENT_STOCK',
      lineId: 'L1',
      messageZh: '库存不足：第 1 行 WS-GB1 需要 12.000 t，可用仅 10.000 t',
      fields: [{ path: 'lines.0.quantity', message: e.message }],
    });
  });

  it('leave the fields empty for a refusal of the whole order', () => {
    const e = orderErrorToOrpc(orderError('ORDER_TRANSITION_NOT_ALLOWED'));
    expect([e.status, e.data]).toEqual([409, expect.objectContaining({ fields: [] })]);
    expect(orderErrorToOrpc(orderError('ORDER_ACTOR_NOT_ALLOWED')).status).toBe(403);
    expect(orderErrorToOrpc(orderError('QUOTE_EXPIRED', { field: 'quoteId' })).status).toBe(422);
  });
});
