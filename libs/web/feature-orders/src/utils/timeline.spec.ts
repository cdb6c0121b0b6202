import { describe, expect, it } from 'vitest';
import { eventFacts, eventKind } from './timeline';

describe('timeline events', () => {
  it('knows the lifecycle’s events and no others', () => {
    expect(eventKind('order.confirmed')).toBe('confirmed');
    expect(eventKind('order.approval_rejected')).toBe('approval_rejected');
    expect(eventKind('order.shipment_added')).toBe('shipment_added');
    expect(eventKind('order.teleported')).toBeNull();
    expect(eventKind('shipment.departed')).toBeNull();
    expect(eventKind('confirmed')).toBeNull();
  });

  it('reads the facts worth showing and ignores the rest or anything malformed', () => {
    expect(
      eventFacts({
        from: 'placed',
        to: 'confirmed',
        scheduledDate: '2026-12-01',
        reserved: [{ quantity: '1000' }],
      }),
    ).toEqual({ from: 'placed', to: 'confirmed', scheduledDate: '2026-12-01' });
    expect(
      eventFacts({ to: 'placed', channel: 'self_service', quoteNumber: 'QT-2026-000042', quoteId: 'x' }),
    ).toEqual({ to: 'placed', channel: 'self_service', quoteNumber: 'QT-2026-000042' });
    expect(eventFacts({ from: 'placed', to: 'cancelled', reason: '  客户改单  ' })).toEqual({
      from: 'placed',
      to: 'cancelled',
      reason: '客户改单',
    });
    expect(
      eventFacts({
        from: 'nowhere',
        to: 42,
        reason: '   ',
        scheduledDate: 'soon',
        channel: 'fax',
        quoteNumber: {},
      }),
    ).toEqual({});
  });
});
