import { AUCTION_STATUSES } from '@tradeway/shared/contracts';
import { ok, type Result } from '@tradeway/shared/kernel';
import { auctionFailure, type AuctionError } from './auction.errors';
import type { AuctionStatus } from './bid-rules';

/**
 * The auction lifecycle of DESIGN.md §6 as a pure state machine (STYLE.md habit 6).
 * `auctionTransition` takes the auction's facts, a command, the kind of actor and the server
 * time, and returns the new state with the event to audit and push, or a typed refusal.
 *
 * | from      | command        | to          | actors | event              |
 * |-----------|----------------|-------------|--------|--------------------|
 * | draft     | schedule       | scheduled   | owner  | auction.scheduled  |
 * | draft     | cancel         | cancelled   | owner  | auction.cancelled  |
 * | scheduled | start          | running     | system | auction.started    |
 * | scheduled | close          | closed ¹    | system | auction.closed ¹   |
 * | scheduled | cancel         | cancelled   | owner  | auction.cancelled  |
 * | running   | close          | closed ¹    | system | auction.closed ¹   |
 * | running   | cancel         | cancelled   | owner  | auction.cancelled  |
 * | closed    | award_approved | awarded     | system | auction.awarded    |
 * | closed    | cancel         | cancelled   | owner  | auction.cancelled  |
 * | awarded, cancelled, expired | — | (terminal) |    |                    |
 *
 * ¹ to `expired` with event `auction.expired` when no bid was accepted: nothing to award.
 *
 * Guards: schedule needs startsAt > now (AUCTION_START_TOO_SOON on `startsAt`); start needs
 * now ≥ startsAt; close needs now ≥ the current end (AUCTION_END_NOT_REACHED); cancel needs no
 * award waiting for approval (AUCTION_AWARD_PENDING) and, once participants were invited
 * (scheduled or later), a reason (AUCTION_REASON_REQUIRED on `reason`).
 *
 * Decisions where DESIGN.md is silent:
 * - A scheduled auction whose start job never ran still takes bids from its start (bid-rules.ts)
 *   and may be closed straight from `scheduled`: a worker that was down does not keep an
 *   auction open or lose its close.
 * - The start and close are `system` commands (the scheduled jobs); the owner schedules and
 *   cancels; the award's outcome comes from the approval engine (award_approved).
 */

/** The states are the contract's (one list for the API and the rules). */
export const AUCTION_STATES = AUCTION_STATUSES;

export const TERMINAL_AUCTION_STATES: readonly AuctionStatus[] = ['awarded', 'cancelled', 'expired'];

export const AUCTION_ACTORS = ['owner', 'bidder', 'system'] as const;
export type AuctionActor = (typeof AUCTION_ACTORS)[number];

export const AUCTION_COMMANDS = ['schedule', 'start', 'close', 'award_approved', 'cancel'] as const;
export type AuctionCommandKind = (typeof AUCTION_COMMANDS)[number];

export type AuctionCommand =
  | { readonly kind: 'schedule' }
  | { readonly kind: 'start' }
  | { readonly kind: 'close' }
  | { readonly kind: 'award_approved' }
  | { readonly kind: 'cancel'; readonly reason?: string | null };

export type AuctionEventName =
  | 'auction.scheduled'
  | 'auction.started'
  | 'auction.closed'
  | 'auction.expired'
  | 'auction.awarded'
  | 'auction.cancelled';

export interface AuctionTransitionRule {
  readonly to: AuctionStatus;
  readonly actors: readonly AuctionActor[];
  readonly event: AuctionEventName;
}

export const AUCTION_TRANSITIONS: Readonly<
  Record<AuctionStatus, Readonly<Partial<Record<AuctionCommandKind, AuctionTransitionRule>>>>
> = {
  draft: {
    schedule: { to: 'scheduled', actors: ['owner'], event: 'auction.scheduled' },
    cancel: { to: 'cancelled', actors: ['owner'], event: 'auction.cancelled' },
  },
  scheduled: {
    start: { to: 'running', actors: ['system'], event: 'auction.started' },
    close: { to: 'closed', actors: ['system'], event: 'auction.closed' },
    cancel: { to: 'cancelled', actors: ['owner'], event: 'auction.cancelled' },
  },
  running: {
    close: { to: 'closed', actors: ['system'], event: 'auction.closed' },
    cancel: { to: 'cancelled', actors: ['owner'], event: 'auction.cancelled' },
  },
  closed: {
    award_approved: { to: 'awarded', actors: ['system'], event: 'auction.awarded' },
    cancel: { to: 'cancelled', actors: ['owner'], event: 'auction.cancelled' },
  },
  awarded: {},
  cancelled: {},
  expired: {},
};

/** What the guards need to know of the auction. */
export interface AuctionFacts {
  readonly status: AuctionStatus;
  readonly startsAt: Date;
  /** The live end (after extensions). */
  readonly currentEnd: Date;
  readonly acceptedBids: number;
  readonly awardPending: boolean;
}

export interface AuctionTransition {
  readonly from: AuctionStatus;
  readonly to: AuctionStatus;
  readonly event: AuctionEventName;
}

export function auctionTransition(
  facts: AuctionFacts,
  command: AuctionCommand,
  actor: AuctionActor,
  now: Date,
): Result<AuctionTransition, AuctionError> {
  const rule = AUCTION_TRANSITIONS[facts.status][command.kind];
  if (!rule) return auctionFailure('AUCTION_TRANSITION_NOT_ALLOWED', { params: { state: facts.status } });
  if (!rule.actors.includes(actor)) return auctionFailure('AUCTION_ACTOR_NOT_ALLOWED');
  const done = (to: AuctionStatus, event: AuctionEventName) => ok({ from: facts.status, to, event });
  switch (command.kind) {
    case 'schedule':
      if (facts.startsAt.getTime() <= now.getTime()) {
        return auctionFailure('AUCTION_START_TOO_SOON', {
          field: 'startsAt',
          params: { now: now.toISOString() },
        });
      }
      return done(rule.to, rule.event);
    case 'start':
      if (now.getTime() < facts.startsAt.getTime()) {
        return auctionFailure('AUCTION_TRANSITION_NOT_ALLOWED', { params: { state: facts.status } });
      }
      return done(rule.to, rule.event);
    case 'close':
      if (now.getTime() < facts.currentEnd.getTime()) {
        return auctionFailure('AUCTION_END_NOT_REACHED', {
          params: { endsAt: facts.currentEnd.toISOString() },
        });
      }
      return facts.acceptedBids === 0 ? done('expired', 'auction.expired') : done(rule.to, rule.event);
    case 'cancel':
      if (facts.awardPending) return auctionFailure('AUCTION_AWARD_PENDING');
      if (facts.status !== 'draft' && !command.reason?.trim()) {
        return auctionFailure('AUCTION_REASON_REQUIRED', { field: 'reason' });
      }
      return done(rule.to, rule.event);
    case 'award_approved':
      return done(rule.to, rule.event);
  }
}
