import { describe, expect, it } from 'vitest';
import {
  AUCTION_ACTORS,
  AUCTION_COMMANDS,
  AUCTION_STATES,
  AUCTION_TRANSITIONS,
  auctionTransition,
  TERMINAL_AUCTION_STATES,
  type AuctionCommand,
  type AuctionFacts,
} from './auction-states';
import { at } from './testing/fixtures';

const facts = (over: Partial<AuctionFacts> = {}): AuctionFacts => ({
  status: 'draft',
  startsAt: at(0),
  currentEnd: at(60),
  acceptedBids: 3,
  awardPending: false,
  ...over,
});
const command = (kind: AuctionCommand['kind']): AuctionCommand =>
  kind === 'cancel' ? { kind, reason: '需求取消' } : ({ kind } as AuctionCommand);
const outcome = (r: ReturnType<typeof auctionTransition>) =>
  r.ok ? [r.value.to, r.value.event] : r.error.code;

describe('auction lifecycle', () => {
  it('follows the transition table, each with its event', () => {
    const now = { schedule: at(-10), start: at(0), close: at(60), award_approved: at(70), cancel: at(30) };
    expect(outcome(auctionTransition(facts(), command('schedule'), 'owner', now.schedule))).toEqual([
      'scheduled',
      'auction.scheduled',
    ]);
    expect(
      outcome(auctionTransition(facts({ status: 'draft' }), command('cancel'), 'owner', now.cancel)),
    ).toEqual(['cancelled', 'auction.cancelled']);
    expect(
      outcome(auctionTransition(facts({ status: 'scheduled' }), command('start'), 'system', now.start)),
    ).toEqual(['running', 'auction.started']);
    for (const status of ['scheduled', 'running'] as const) {
      expect(outcome(auctionTransition(facts({ status }), command('close'), 'system', now.close))).toEqual([
        'closed',
        'auction.closed',
      ]);
      expect(
        outcome(auctionTransition(facts({ status, acceptedBids: 0 }), command('close'), 'system', now.close)),
      ).toEqual(['expired', 'auction.expired']);
    }
    expect(
      outcome(
        auctionTransition(
          facts({ status: 'closed' }),
          command('award_approved'),
          'system',
          now.award_approved,
        ),
      ),
    ).toEqual(['awarded', 'auction.awarded']);
    for (const status of ['scheduled', 'running', 'closed'] as const) {
      expect(outcome(auctionTransition(facts({ status }), command('cancel'), 'owner', now.cancel))).toEqual([
        'cancelled',
        'auction.cancelled',
      ]);
    }
  });

  it('refuses every command the table does not list, and actors it does not name', () => {
    for (const status of AUCTION_STATES) {
      for (const kind of AUCTION_COMMANDS) {
        const rule = AUCTION_TRANSITIONS[status][kind];
        for (const actor of AUCTION_ACTORS) {
          const r = auctionTransition(facts({ status }), command(kind), actor, at(100));
          if (!rule) expect(outcome(r), `${status} ${kind}`).toBe('AUCTION_TRANSITION_NOT_ALLOWED');
          else if (!rule.actors.includes(actor)) expect(outcome(r)).toBe('AUCTION_ACTOR_NOT_ALLOWED');
        }
      }
    }
    for (const status of TERMINAL_AUCTION_STATES) expect(AUCTION_TRANSITIONS[status]).toEqual({});
  });

  it('guards the clock: a start in the future, no start before it, no close before the live end', () => {
    expect(auctionTransition(facts(), command('schedule'), 'owner', at(0))).toMatchObject({
      ok: false,
      error: { code: 'AUCTION_START_TOO_SOON', field: 'startsAt' },
    });
    expect(
      outcome(auctionTransition(facts({ status: 'scheduled' }), command('start'), 'system', at(-1))),
    ).toBe('AUCTION_TRANSITION_NOT_ALLOWED');
    // extended to 67:30: not closable at 60
    const extended = facts({ status: 'running', currentEnd: at(67.5) });
    expect(auctionTransition(extended, command('close'), 'system', at(60))).toMatchObject({
      ok: false,
      error: { code: 'AUCTION_END_NOT_REACHED', params: { endsAt: at(67.5).toISOString() } },
    });
    expect(outcome(auctionTransition(extended, command('close'), 'system', at(67.5)))).toEqual([
      'closed',
      'auction.closed',
    ]);
  });

  it('a cancel after scheduling needs a reason, and none while an award waits for approval', () => {
    expect(
      auctionTransition(facts({ status: 'running' }), { kind: 'cancel', reason: '  ' }, 'owner', at(5)),
    ).toMatchObject({
      ok: false,
      error: { code: 'AUCTION_REASON_REQUIRED', field: 'reason' },
    });
    expect(
      outcome(auctionTransition(facts({ status: 'draft' }), { kind: 'cancel' }, 'owner', at(5))),
    ).toEqual(['cancelled', 'auction.cancelled']);
    expect(
      outcome(
        auctionTransition(
          facts({ status: 'closed', awardPending: true }),
          command('cancel'),
          'owner',
          at(90),
        ),
      ),
    ).toBe('AUCTION_AWARD_PENDING');
  });
});
