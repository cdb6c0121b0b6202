import { describe, expect, it } from 'vitest';
import { type OrderEventAudience, orderEventDeliveries, webhookSubscribed } from './webhook.repository';

const BUYER = '00000000-0000-4000-8000-00000000000b';
const SELLER = '00000000-0000-4000-8000-00000000000c';
const at = new Date('2026-11-26T02:00:00.000Z');

const endpoint = (companyId: string, events: string[], placed = true): OrderEventAudience => ({
  endpointId: `ep-${companyId.slice(-1)}-${events.join('|')}`,
  companyId,
  events,
  buyerId: BUYER,
  sellerId: SELLER,
  number: 'PO-20261126-000001',
  status: placed ? 'placed' : 'pending_approval',
  placed,
  channel: 'self_service',
  currency: 'CNY',
  totalMinor: 678_000n,
  buyerReference: 'ERP-1',
});
const event = (kind: string, data: Record<string, unknown> = {}) => ({
  id: 'ev-1',
  orderId: 'order-1',
  kind,
  data,
  at,
});
let n = 0;
const ids = () => `d-${++n}`;

describe('webhook subscriptions', () => {
  it('match exact names, families and everything', () => {
    expect(webhookSubscribed(['order.placed'], 'order.placed')).toBe(true);
    expect(webhookSubscribed(['order.*'], 'order.confirmed')).toBe(true);
    expect(webhookSubscribed(['*'], 'shipment.created')).toBe(true);
    expect(webhookSubscribed(['order.*'], 'shipment.created')).toBe(false);
    expect(webhookSubscribed(['order.placed'], 'order.placed_x')).toBe(false);
    expect(webhookSubscribed([], 'order.placed')).toBe(false);
  });
});

describe('the deliveries of an order event', () => {
  it('tells the seller nothing of an order waiting for the buyer’s approval, and the buyer everything', () => {
    const rows = orderEventDeliveries(
      event('order.submitted', { to: 'pending_approval', approvalRequestId: 'ar-1' }),
      [endpoint(BUYER, ['*'], false), endpoint(SELLER, ['*'], false)],
      ids,
    );
    expect(rows.map((r) => r.endpointId)).toEqual([`ep-b-*`]);
    expect(rows[0]?.payload).toMatchObject({
      event: 'order.submitted',
      companyId: BUYER,
      order: { side: 'buyer', status: 'pending_approval' },
      data: { approvalRequestId: 'ar-1' },
    });
  });

  it('gives the seller the approval that places an order as order.placed, without the buyer’s approval id', () => {
    const rows = orderEventDeliveries(
      event('order.approved', { from: 'pending_approval', to: 'placed', approvalRequestId: 'ar-1' }),
      [endpoint(SELLER, ['order.placed']), endpoint(BUYER, ['order.placed'])],
      ids,
    );
    expect(rows).toHaveLength(1);
    const [seller] = rows;
    expect(seller?.event).toBe('order.placed');
    expect(seller?.payload).toEqual({
      id: seller?.id,
      event: 'order.placed',
      occurredAt: at.toISOString(),
      eventId: 'ev-1',
      companyId: SELLER,
      order: {
        id: 'order-1',
        number: 'PO-20261126-000001',
        side: 'seller',
        status: 'placed',
        buyerId: BUYER,
        sellerId: SELLER,
        channel: 'self_service',
        currency: 'CNY',
        totalMinor: '678000',
        buyerReference: 'ERP-1',
      },
      data: { from: 'pending_approval', to: 'placed' },
    });
    expect(seller).toMatchObject({ orderId: 'order-1', orderEventId: 'ev-1', nextAttemptAt: at });
  });

  it('makes one delivery per subscribed endpoint of either side, none for an unsubscribed one', () => {
    const rows = orderEventDeliveries(
      event('order.confirmed', { scheduledDate: '2026-12-01' }),
      [
        endpoint(BUYER, ['order.*']),
        endpoint(BUYER, ['order.cancelled']),
        endpoint(SELLER, ['order.confirmed', 'order.cancelled']),
        { ...endpoint('00000000-0000-4000-8000-0000000000ff', ['*']) },
      ],
      ids,
    );
    expect(rows.map((r) => [r.endpointId, r.event])).toEqual([
      ['ep-b-order.*', 'order.confirmed'],
      ['ep-c-order.confirmed|order.cancelled', 'order.confirmed'],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
    for (const r of rows) expect((r.payload as { id: string }).id).toBe(r.id);
  });
});
