import { describe, expect, it } from 'vitest';
import {
  allowedCommands,
  calendarDateIn,
  isTerminalOrderState,
  ORDER_ACTORS,
  ORDER_COMMANDS,
  ORDER_STATES,
  ORDER_TRANSITIONS,
  submitOrder,
  transition,
  type OrderActor,
  type OrderCommand,
  type OrderCommandType,
  type OrderSnapshot,
  type OrderState,
  type OrderTransition,
} from './order-states';
import {
  ACTORS,
  at,
  COMMANDS,
  DAY,
  EXPECTED,
  failure,
  readyOrder,
  SHIPPED_NOT_FINAL,
  STATES,
  T0,
  VALID_COMMAND,
  value,
} from './testing/fixtures';

describe('order state machine: the whole table', () => {
  it('has exactly the states, actors and commands of the design', () => {
    expect([...ORDER_STATES].sort()).toEqual([...STATES].sort());
    expect([...ORDER_ACTORS].sort()).toEqual([...ACTORS].sort());
    expect([...ORDER_COMMANDS].sort()).toEqual([...COMMANDS].sort());
  });

  const cases = STATES.flatMap((state) =>
    COMMANDS.flatMap((command) =>
      ACTORS.map((actor) => {
        const rule = EXPECTED[state][command];
        const allowed = rule !== undefined && rule.actors.includes(actor);
        const code = allowed
          ? null
          : rule !== undefined
            ? 'ORDER_ACTOR_NOT_ALLOWED'
            : command === 'cancel' && SHIPPED_NOT_FINAL.includes(state)
              ? 'ORDER_ALREADY_SHIPPED'
              : 'ORDER_TRANSITION_NOT_ALLOWED';
        return { state, command, actor, allowed, code, to: allowed ? rule.to : null, event: rule?.event };
      }),
    ),
  );

  it('covers every state × command × actor', () => {
    expect(cases).toHaveLength(12 * 14 * 4);
    expect(cases.filter((c) => c.allowed)).toHaveLength(27);
  });

  it.each(cases)(
    '$state · $command by $actor → $to $code',
    ({ state, command, actor, allowed, code, to, event }) => {
      const result = transition(readyOrder(state), VALID_COMMAND[command], actor, T0);
      if (allowed) {
        const t = value(result);
        expect(t).toMatchObject({ from: state, to, command, actor, event, at: T0 });
      } else {
        const e = failure(result);
        expect(e.code).toBe(code);
        expect(e.params).toEqual({ state, command, actor });
      }
    },
  );

  it.each(STATES.flatMap((state) => ACTORS.map((actor) => ({ state, actor }))))(
    'allowedCommands($state, $actor) lists exactly the permitted commands',
    ({ state, actor }) => {
      const expected = COMMANDS.filter((c) => EXPECTED[state][c]?.actors.includes(actor) ?? false);
      expect([...allowedCommands(state, actor)].sort()).toEqual([...expected].sort());
    },
  );

  it('matches the implementation table entry by entry', () => {
    for (const state of STATES) {
      expect(Object.keys(ORDER_TRANSITIONS[state]).sort()).toEqual(Object.keys(EXPECTED[state]).sort());
    }
  });

  it('has terminal closed, cancelled and rejected only', () => {
    expect(STATES.filter(isTerminalOrderState)).toEqual(['closed', 'cancelled', 'rejected']);
    for (const s of STATES) {
      const anyone = ACTORS.some((a) => allowedCommands(s, a).length > 0);
      expect(anyone).toBe(!isTerminalOrderState(s));
    }
  });
});

describe('submitOrder', () => {
  it.each([
    ['buyer', 'self_service'],
    ['seller', 'assisted'],
    ['system', 'automatic'],
  ] as const)('a %s submits an order through channel %s', (actor, channel) => {
    expect(value(submitOrder({ requiresApproval: false }, actor, T0))).toEqual({
      state: 'placed',
      event: 'order.placed',
      actor,
      channel,
      at: T0,
    });
    expect(value(submitOrder({ requiresApproval: true }, actor, T0))).toMatchObject({
      state: 'pending_approval',
      event: 'order.submitted',
    });
  });

  it('refuses an operator', () => {
    expect(failure(submitOrder({ requiresApproval: false }, 'operator', T0)).code).toBe(
      'ORDER_ACTOR_NOT_ALLOWED',
    );
  });
});

describe('confirm: the scheduled date', () => {
  const placed: OrderSnapshot = { state: 'placed' };
  const confirm = (scheduledDate: string, now: Date = T0, timeZone?: string | null) =>
    transition(placed, { type: 'confirm', scheduledDate, timeZone }, 'seller', now);

  it('accepts today and later, trimmed, and returns the date', () => {
    expect(value(confirm('2025-09-01')).scheduledDate).toBe('2025-09-01');
    expect(value(confirm(' 2025-12-31 ')).scheduledDate).toBe('2025-12-31');
    expect(value(confirm('2028-02-29')).scheduledDate).toBe('2028-02-29');
  });

  it('refuses a date before today with the field and today', () => {
    expect(failure(confirm('2025-08-31'))).toEqual({
      code: 'ORDER_SCHEDULED_DATE_IN_PAST',
      field: 'scheduledDate',
      params: { today: '2025-09-01' },
    });
  });

  it.each([
    '',
    '2025-9-15',
    '2025/09/15',
    '2025-02-30',
    '2027-02-29',
    '2025-13-01',
    '2025-09-15T00:00:00Z',
    'soon',
  ])('refuses %j as not a date', (text) => {
    expect(failure(confirm(text))).toEqual({ code: 'ORDER_SCHEDULED_DATE_INVALID', field: 'scheduledDate' });
  });

  it('takes "today" in the given time zone', () => {
    // 2025-09-01T17:00Z is already 2 September in Shanghai, still 1 September in UTC
    const evening = new Date('2025-09-01T17:00:00Z');
    expect(confirm('2025-09-01', evening).ok).toBe(true);
    expect(failure(confirm('2025-09-01', evening, 'Asia/Shanghai'))).toMatchObject({
      code: 'ORDER_SCHEDULED_DATE_IN_PAST',
      params: { today: '2025-09-02' },
    });
    // 2025-09-02T03:00Z is still the evening of 1 September in Los Angeles
    const early = new Date('2025-09-02T03:00:00Z');
    expect(confirm('2025-09-01', early).ok).toBe(false);
    expect(value(confirm('2025-09-01', early, 'America/Los_Angeles')).to).toBe('confirmed');
  });

  it('refuses an unknown time zone', () => {
    expect(failure(confirm('2025-09-15', T0, 'Mars/Olympus'))).toEqual({
      code: 'ORDER_TIME_ZONE_INVALID',
      field: 'timeZone',
      params: { timeZone: 'Mars/Olympus' },
    });
    expect(failure(confirm('2025-09-15', T0, ' ')).code).toBe('ORDER_TIME_ZONE_INVALID');
  });

  it('checks the actor before the date', () => {
    expect(
      failure(transition(placed, { type: 'confirm', scheduledDate: '2000-01-01' }, 'buyer', T0)).code,
    ).toBe('ORDER_ACTOR_NOT_ALLOWED');
  });

  it('computes calendar dates in a time zone', () => {
    expect(calendarDateIn(new Date('2025-12-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-01-01');
    expect(calendarDateIn(new Date('2025-12-31T16:30:00Z'), 'UTC')).toBe('2025-12-31');
    expect(calendarDateIn(T0, 'Nowhere/Nothing')).toBeNull();
  });
});

describe('reasons', () => {
  const t = (state: OrderState, command: OrderCommand, actor: OrderActor) =>
    transition(readyOrder(state), command, actor, T0);

  it.each([
    ['placed', { type: 'reject', reason: '' }, 'seller'],
    ['placed', { type: 'reject', reason: '   ' }, 'seller'],
    ['delivered', { type: 'dispute', reason: '\n' }, 'buyer'],
    ['placed', { type: 'cancel' }, 'seller'],
    ['confirmed', { type: 'cancel', reason: null }, 'seller'],
    ['pending_approval', { type: 'cancel', reason: ' ' }, 'operator'],
    ['confirmed', { type: 'cancel' }, 'operator'],
  ] as [OrderState, OrderCommand, OrderActor][])('%s: %j by %s needs a reason', (state, command, actor) => {
    expect(failure(t(state, command, actor))).toEqual({ code: 'ORDER_REASON_REQUIRED', field: 'reason' });
  });

  it('lets the buyer cancel without a reason', () => {
    for (const state of ['pending_approval', 'placed'] as const) {
      expect(value(t(state, { type: 'cancel' }, 'buyer'))).toMatchObject({
        to: 'cancelled',
        reason: null,
        cancellation: 'by_buyer',
      });
    }
  });

  it('records the trimmed reason and who cancelled', () => {
    expect(value(t('confirmed', { type: 'cancel', reason: '  设备故障  ' }, 'seller'))).toMatchObject({
      reason: '设备故障',
      cancellation: 'by_seller',
    });
    expect(value(t('placed', { type: 'cancel', reason: 'fraud check' }, 'operator')).cancellation).toBe(
      'by_operator',
    );
    expect(value(t('placed', { type: 'reject', reason: ' no stock ' }, 'seller'))).toMatchObject({
      to: 'rejected',
      reason: 'no stock',
      cancellation: null,
    });
  });

  it('cancels a rejected approval, with or without a comment', () => {
    expect(value(t('pending_approval', { type: 'reject_approval' }, 'system'))).toMatchObject({
      to: 'cancelled',
      reason: null,
      cancellation: 'approval_rejected',
    });
    expect(value(t('pending_approval', { type: 'reject_approval', reason: '超预算' }, 'system')).reason).toBe(
      '超预算',
    );
  });

  it('gives no reason, cancellation or date to other commands', () => {
    expect(value(t('confirmed', { type: 'ship' }, 'seller'))).toMatchObject({
      reason: null,
      cancellation: null,
      scheduledDate: null,
    });
  });
});

describe('cancellation after shipment', () => {
  it.each(SHIPPED_NOT_FINAL.flatMap((state) => ACTORS.map((actor) => [state, actor] as const)))(
    '%s: cancel by %s is refused as already shipped',
    (state, actor) => {
      expect(failure(transition(readyOrder(state), VALID_COMMAND.cancel, actor, T0)).code).toBe(
        'ORDER_ALREADY_SHIPPED',
      );
    },
  );
});

describe('deliver', () => {
  const deliver = (facts: Partial<OrderSnapshot>) =>
    transition({ state: 'in_fulfilment', ...facts }, { type: 'deliver' }, 'system', T0);

  it('needs every quantity shipped and every shipment arrived', () => {
    expect(value(deliver({ fullyShipped: true, allShipmentsArrived: true })).to).toBe('delivered');
    for (const facts of [
      {},
      { fullyShipped: true },
      { allShipmentsArrived: true },
      { fullyShipped: false, allShipmentsArrived: true },
      { fullyShipped: true, allShipmentsArrived: false },
    ]) {
      expect(failure(deliver(facts))).toEqual({ code: 'ORDER_NOT_FULLY_DELIVERED' });
    }
  });
});

describe('auto_accept', () => {
  const auto = (deliveredAt: Date, now: Date, autoAcceptDays?: number) =>
    transition(
      { state: 'delivered', deliveredAt, ...(autoAcceptDays === undefined ? {} : { autoAcceptDays }) },
      { type: 'auto_accept' },
      'system',
      now,
    );

  it('is due exactly 7 days after delivery by default', () => {
    const deliveredAt = at(0);
    expect(failure(auto(deliveredAt, at(7 * DAY - 1)))).toEqual({
      code: 'ORDER_AUTO_ACCEPT_NOT_DUE',
      params: { dueAt: '2025-09-08T02:00:00.000Z' },
    });
    expect(value(auto(deliveredAt, at(7 * DAY)))).toMatchObject({
      to: 'accepted',
      event: 'order.auto_accepted',
    });
  });

  it('honours the configured number of days', () => {
    expect(auto(at(0), at(3 * DAY), 3).ok).toBe(true);
    expect(auto(at(0), at(3 * DAY - 1), 3).ok).toBe(false);
  });

  it('throws when a delivered order has no delivery time (corrupt data)', () => {
    expect(() => transition({ state: 'delivered' }, { type: 'auto_accept' }, 'system', T0)).toThrow(
      RangeError,
    );
  });

  it('checks the actor before the time', () => {
    const notDue = { state: 'delivered' as const, deliveredAt: at(0) };
    for (const actor of ['buyer', 'seller', 'operator'] as const) {
      expect(failure(transition(notDue, { type: 'auto_accept' }, actor, at(0))).code).toBe(
        'ORDER_ACTOR_NOT_ALLOWED',
      );
    }
    expect(failure(transition(notDue, { type: 'auto_accept' }, 'system', at(0))).code).toBe(
      'ORDER_AUTO_ACCEPT_NOT_DUE',
    );
  });
});

describe('the happy path of §8', () => {
  it('walks pending_approval → … → closed with the expected events', () => {
    const steps: [OrderCommandType, OrderActor][] = [
      ['approve', 'system'],
      ['confirm', 'seller'],
      ['ship', 'seller'],
      ['ship', 'system'],
      ['deliver', 'system'],
      ['dispute', 'buyer'],
      ['resolve_dispute', 'system'],
      ['invoice', 'seller'],
      ['settle', 'system'],
      ['close', 'operator'],
    ];
    let state: OrderState = value(submitOrder({ requiresApproval: true }, 'buyer', T0)).state;
    const events: string[] = [];
    for (const [command, actor] of steps) {
      const t: OrderTransition = value(transition(readyOrder(state), VALID_COMMAND[command], actor, T0));
      events.push(t.event);
      state = t.to;
    }
    expect(state).toBe('closed');
    expect(events).toEqual([
      'order.approved',
      'order.confirmed',
      'order.fulfilment_started',
      'order.shipment_added',
      'order.delivered',
      'order.disputed',
      'order.dispute_resolved',
      'order.invoiced',
      'order.settled',
      'order.closed',
    ]);
  });
});
