import { describe, expect, it } from 'vitest';
import {
  allowedRfqCommands,
  AWARD_WINDOW_DAYS,
  awardWindowEnd,
  checkDeadlineLead,
  isTerminalRfqState,
  RFQ_ACTORS,
  RFQ_COMMANDS,
  RFQ_STATES,
  RFQ_TRANSITIONS,
  rfqTransition,
  type RfqActor,
  type RfqCommand,
  type RfqCommandKind,
  type RfqFacts,
  type RfqState,
} from './rfq-states';
import { at, DAY, failure, HOUR, T0, value } from './testing/fixtures';
import {
  ACTORS,
  COMMANDS,
  EXPECTED,
  readyRfq,
  STATES,
  TERMINAL,
  VALID_COMMAND,
} from './testing/rfq-lifecycle';

describe('rfq state machine: the whole table', () => {
  it('has exactly the states, actors and commands of the design', () => {
    expect([...RFQ_STATES]).toEqual([...STATES]);
    expect([...RFQ_ACTORS].sort()).toEqual([...ACTORS].sort());
    expect([...RFQ_COMMANDS].sort()).toEqual([...COMMANDS].sort());
    expect(AWARD_WINDOW_DAYS).toBe(30);
  });

  const cases = STATES.flatMap((state) =>
    COMMANDS.flatMap((command) =>
      ACTORS.map((actor) => {
        const rule = EXPECTED[state][command];
        const allowed = rule !== undefined && rule.actors.includes(actor);
        const code = allowed
          ? null
          : rule !== undefined
            ? 'RFQ_ACTOR_NOT_ALLOWED'
            : 'RFQ_TRANSITION_NOT_ALLOWED';
        return { state, command, actor, allowed, code, to: allowed ? rule.to : null, event: rule?.event };
      }),
    ),
  );

  it('covers every state × command × actor', () => {
    expect(cases).toHaveLength(7 * 7 * 3);
    expect(cases.filter((c) => c.allowed)).toHaveLength(10);
  });

  it.each(cases)(
    '$state · $command by $actor → $to $code',
    ({ state, command, actor, allowed, code, to, event }) => {
      const result = rfqTransition(readyRfq(state), VALID_COMMAND[command], actor, T0);
      if (allowed) {
        expect(value(result)).toEqual({
          from: state,
          state: to,
          command,
          actor,
          event,
          at: T0,
          reason: command === 'cancel' ? '需求取消 requirement withdrawn' : null,
        });
      } else {
        const e = failure(result);
        expect(e.code).toBe(code);
        expect(e.params).toEqual({ state, command, actor });
      }
    },
  );

  it.each(STATES.flatMap((state) => ACTORS.map((actor) => ({ state, actor }))))(
    'allowedRfqCommands($state, $actor) lists exactly the permitted commands',
    ({ state, actor }) => {
      const expected = COMMANDS.filter((c) => EXPECTED[state][c]?.actors.includes(actor) ?? false);
      expect([...allowedRfqCommands(state, actor)].sort()).toEqual([...expected].sort());
    },
  );

  it('matches the implementation table entry by entry', () => {
    for (const state of STATES) {
      expect(RFQ_TRANSITIONS[state]).toEqual(EXPECTED[state]);
    }
  });

  it('has terminal awarded, cancelled and expired only', () => {
    expect(STATES.filter(isTerminalRfqState)).toEqual([...TERMINAL]);
    for (const s of STATES) {
      const anyone = ACTORS.some((a) => allowedRfqCommands(s, a).length > 0);
      expect(anyone).toBe(!isTerminalRfqState(s));
    }
  });

  it('sellers never act on the RFQ itself', () => {
    for (const s of STATES) expect(allowedRfqCommands(s, 'seller')).toEqual([]);
  });
});

describe('submit', () => {
  const draft = (deadline: Date): RfqFacts => ({ state: 'draft', deadline, activeQuoteCount: 0 });
  const submit = (deadline: Date, requiresApproval: boolean, now: Date = T0) =>
    rfqTransition(draft(deadline), { kind: 'submit', requiresApproval }, 'buyer', now);

  it('publishes at once, or goes to approval when the policy says so', () => {
    expect(value(submit(at(3 * DAY), false))).toMatchObject({ state: 'open', event: 'rfq.published' });
    expect(value(submit(at(3 * DAY), true))).toMatchObject({
      state: 'pending_approval',
      event: 'rfq.submitted',
    });
  });

  it('needs the deadline more than 1 hour ahead', () => {
    expect(submit(at(HOUR + 1), false).ok).toBe(true);
    for (const deadline of [at(HOUR), at(HOUR - 1), at(0), at(-DAY)]) {
      for (const requiresApproval of [false, true]) {
        expect(failure(submit(deadline, requiresApproval))).toEqual({
          code: 'RFQ_DEADLINE_TOO_SOON',
          field: 'deadline',
          params: { earliest: '2025-09-01T03:00:00.000Z' },
        });
      }
    }
  });

  it('checks the actor before the deadline', () => {
    expect(failure(rfqTransition(draft(at(0)), VALID_COMMAND.submit, 'system', T0)).code).toBe(
      'RFQ_ACTOR_NOT_ALLOWED',
    );
  });

  it('exposes the lead check for the service', () => {
    expect(checkDeadlineLead(at(2 * HOUR), T0).ok).toBe(true);
    expect(failure(checkDeadlineLead(at(HOUR), T0)).code).toBe('RFQ_DEADLINE_TOO_SOON');
  });
});

describe('publication approval', () => {
  const pending = (deadline: Date): RfqFacts => ({
    state: 'pending_approval',
    deadline,
    activeQuoteCount: 0,
  });

  it('opens the RFQ on approval while sellers still get more than an hour', () => {
    expect(
      value(rfqTransition(pending(at(2 * HOUR)), { kind: 'approve_publication' }, 'system', T0)),
    ).toMatchObject({ from: 'pending_approval', state: 'open', event: 'rfq.published' });
  });

  it('refuses an approval that comes too late for sellers to quote', () => {
    expect(
      failure(rfqTransition(pending(at(HOUR)), { kind: 'approve_publication' }, 'system', T0)),
    ).toMatchObject({ code: 'RFQ_DEADLINE_TOO_SOON', field: 'deadline' });
    // the way out: back to draft, whatever the deadline
    expect(
      value(rfqTransition(pending(at(-DAY)), { kind: 'reject_publication' }, 'system', T0)),
    ).toMatchObject({ state: 'draft', event: 'rfq.publication_rejected' });
  });
});

describe('close', () => {
  const open = (activeQuoteCount: number): RfqFacts => ({ state: 'open', deadline: T0, activeQuoteCount });
  const close = (facts: RfqFacts, now: Date) => rfqTransition(facts, { kind: 'close' }, 'system', now);

  it('is due exactly at the deadline', () => {
    expect(failure(close(open(1), at(-1)))).toEqual({
      code: 'RFQ_DEADLINE_NOT_REACHED',
      params: { deadline: '2025-09-01T02:00:00.000Z' },
    });
    expect(value(close(open(1), T0))).toMatchObject({ state: 'closed', event: 'rfq.closed' });
    expect(value(close(open(3), at(DAY)))).toMatchObject({ state: 'closed', event: 'rfq.closed' });
  });

  it('expires an RFQ without any active quote', () => {
    expect(value(close(open(0), T0))).toMatchObject({ from: 'open', state: 'expired', event: 'rfq.expired' });
  });

  it('checks the actor before the time', () => {
    expect(failure(rfqTransition(open(1), { kind: 'close' }, 'buyer', at(-DAY))).code).toBe(
      'RFQ_ACTOR_NOT_ALLOWED',
    );
  });
});

describe('expire', () => {
  const closed = (awardPending?: boolean): RfqFacts => ({
    state: 'closed',
    deadline: T0,
    activeQuoteCount: 2,
    ...(awardPending === undefined ? {} : { awardPending }),
  });
  const expire = (facts: RfqFacts, now: Date) => rfqTransition(facts, { kind: 'expire' }, 'system', now);

  it('is due exactly 30 days after the deadline', () => {
    expect(awardWindowEnd(T0)).toEqual(at(30 * DAY));
    expect(failure(expire(closed(), at(30 * DAY - 1)))).toEqual({
      code: 'RFQ_AWARD_WINDOW_OPEN',
      params: { expiresAt: '2025-10-01T02:00:00.000Z' },
    });
    expect(value(expire(closed(), at(30 * DAY)))).toMatchObject({ state: 'expired', event: 'rfq.expired' });
    expect(expire(closed(false), at(60 * DAY)).ok).toBe(true);
  });

  it('waits while an award is pending approval', () => {
    expect(failure(expire(closed(true), at(60 * DAY)))).toEqual({ code: 'RFQ_AWARD_PENDING' });
  });
});

describe('award_approved', () => {
  it('awards a closed RFQ, at any time', () => {
    const facts: RfqFacts = { state: 'closed', deadline: T0, activeQuoteCount: 1, awardPending: true };
    expect(value(rfqTransition(facts, { kind: 'award_approved' }, 'system', at(DAY)))).toMatchObject({
      state: 'awarded',
      event: 'rfq.awarded',
    });
  });
});

describe('cancel', () => {
  const facts = (state: RfqState, awardPending = false): RfqFacts => ({
    state,
    deadline: at(DAY),
    activeQuoteCount: 1,
    awardPending,
  });
  const cancel = (state: RfqState, command: RfqCommand, actor: RfqActor = 'buyer', pending = false) =>
    rfqTransition(facts(state, pending), command, actor, T0);

  it.each(['draft', 'pending_approval'] as const)('cancels a %s without a reason', (state) => {
    expect(value(cancel(state, { kind: 'cancel' }))).toMatchObject({ state: 'cancelled', reason: null });
    expect(value(cancel(state, { kind: 'cancel', reason: '  ' })).reason).toBeNull();
    expect(value(cancel(state, { kind: 'cancel', reason: ' 重复询价 ' })).reason).toBe('重复询价');
  });

  it.each(['open', 'closed'] as const)('needs a reason to cancel a %s RFQ: sellers are told', (state) => {
    for (const reason of [undefined, null, '', ' \n\t ']) {
      expect(failure(cancel(state, { kind: 'cancel', reason }))).toEqual({
        code: 'RFQ_REASON_REQUIRED',
        field: 'reason',
      });
    }
    expect(value(cancel(state, { kind: 'cancel', reason: ' 项目取消 ' }))).toMatchObject({
      from: state,
      state: 'cancelled',
      event: 'rfq.cancelled',
      reason: '项目取消',
    });
  });

  it('waits while an award is pending approval', () => {
    expect(failure(cancel('closed', VALID_COMMAND.cancel, 'buyer', true))).toEqual({
      code: 'RFQ_AWARD_PENDING',
    });
  });

  it('is the buyer’s only', () => {
    for (const actor of ['seller', 'system'] as const) {
      expect(failure(cancel('open', VALID_COMMAND.cancel, actor)).code).toBe('RFQ_ACTOR_NOT_ALLOWED');
    }
  });
});

describe('the paths of §5', () => {
  function walk(start: RfqFacts, steps: [RfqCommandKind, RfqActor, Date, Partial<RfqFacts>?][]) {
    let facts = start;
    const events: string[] = [];
    for (const [kind, actor, now, extra] of steps) {
      const command: RfqCommand = kind === 'submit' ? { kind, requiresApproval: true } : VALID_COMMAND[kind];
      const t = value(rfqTransition({ ...facts, ...extra }, command, actor, now));
      events.push(t.event);
      facts = { ...facts, ...extra, state: t.state };
    }
    return { state: facts.state, events };
  }

  it('draft → pending_approval → draft → pending_approval → open → closed → awarded', () => {
    const deadline = at(7 * DAY);
    expect(
      walk({ state: 'draft', deadline, activeQuoteCount: 0 }, [
        ['submit', 'buyer', T0],
        ['reject_publication', 'system', at(HOUR)],
        ['submit', 'buyer', at(DAY)],
        ['approve_publication', 'system', at(2 * DAY)],
        ['close', 'system', deadline, { activeQuoteCount: 3 }],
        ['award_approved', 'system', at(9 * DAY)],
      ]),
    ).toEqual({
      state: 'awarded',
      events: [
        'rfq.submitted',
        'rfq.publication_rejected',
        'rfq.submitted',
        'rfq.published',
        'rfq.closed',
        'rfq.awarded',
      ],
    });
  });

  it('open → closed → expired when never awarded', () => {
    const deadline = at(DAY);
    expect(
      walk({ state: 'open', deadline, activeQuoteCount: 1 }, [
        ['close', 'system', deadline],
        ['expire', 'system', at(31 * DAY)],
      ]),
    ).toEqual({ state: 'expired', events: ['rfq.closed', 'rfq.expired'] });
  });
});
