import { RFQ_STATUSES } from '@tradeway/shared/contracts';
import { ok, type Result } from '@tradeway/shared/kernel';
import { rfqFailure, type RfqError } from './rfq.errors';

/**
 * The RFQ lifecycle of DESIGN.md §5 as a pure state machine with explicit transition guards
 * (STYLE.md habit 6). `rfqTransition` takes the RFQ's current facts, a command, the kind of
 * actor and the server time, and returns the new state with the event to audit and notify, or
 * a typed refusal. Nothing is mutated and nothing is read from a clock.
 *
 * | from             | command             | to               | actors | event                    |
 * |------------------|---------------------|------------------|--------|--------------------------|
 * | draft            | submit              | open ¹           | buyer  | rfq.published ¹          |
 * | draft            | cancel              | cancelled        | buyer  | rfq.cancelled            |
 * | pending_approval | approve_publication | open             | system | rfq.published            |
 * | pending_approval | reject_publication  | draft            | system | rfq.publication_rejected |
 * | pending_approval | cancel              | cancelled        | buyer  | rfq.cancelled            |
 * | open             | close               | closed ²         | system | rfq.closed ²             |
 * | open             | cancel              | cancelled        | buyer  | rfq.cancelled            |
 * | closed           | award_approved      | awarded          | system | rfq.awarded              |
 * | closed           | expire              | expired          | system | rfq.expired              |
 * | closed           | cancel              | cancelled        | buyer  | rfq.cancelled            |
 * | awarded, cancelled, expired | —        | (terminal)       |        |                          |
 *
 * ¹ to `pending_approval` with event `rfq.submitted` when the buyer company's policy requires
 *   approval of the publication (`requiresApproval`).
 * ² to `expired` with event `rfq.expired` when the RFQ has no active (non-withdrawn) quote.
 *
 * Guards (checked after the state and the actor, in this order):
 * - submit and approve_publication: the deadline must be more than `MIN_DEADLINE_LEAD_HOURS`
 *   (1 h) after now, else RFQ_DEADLINE_TOO_SOON on `deadline`;
 * - close: now ≥ deadline, else RFQ_DEADLINE_NOT_REACHED;
 * - expire: no award waiting for approval (RFQ_AWARD_PENDING), and now ≥ deadline +
 *   `AWARD_WINDOW_DAYS` (30 days), else RFQ_AWARD_WINDOW_OPEN;
 * - cancel: no award waiting for approval (RFQ_AWARD_PENDING); a reason once the RFQ is (or
 *   was) open, RFQ_REASON_REQUIRED on `reason` otherwise.
 *
 * Decisions where DESIGN.md is silent:
 * - Publication approval is decided in the approval engine (§9); the RFQ only applies the
 *   outcome, so approve_publication and reject_publication are `system` commands, as are
 *   close, expire (the scheduled jobs) and award_approved (the award's approval outcome, or
 *   at once when the buyer's policy needs none). The buyer submits and cancels; sellers act
 *   on their quotes (quote-rules.ts), never on the RFQ's state.
 * - Both ways into `open` raise the same event `rfq.published`: that is the one the sellers
 *   are invited on, whether or not an approval came first.
 * - A rejected publication returns the RFQ to `draft` so the buyer can correct it and submit
 *   again; the approver's comment stays with the approval request.
 * - approve_publication re-checks the 1-hour lead: an approval that comes too late to leave
 *   sellers time is refused with RFQ_DEADLINE_TOO_SOON, and the service returns the RFQ to
 *   draft (reject_publication) for a new deadline rather than invite sellers to an RFQ that
 *   closes at once.
 * - An RFQ whose deadline passes without any active (non-withdrawn) quote goes straight to
 *   `expired` on close: there is nothing to compare or award.
 * - While an award waits for approval, the RFQ can be neither cancelled nor expired: the
 *   approval decides first (a rejected award leaves the RFQ closed, to be awarded again).
 * - Cancelling a draft or an RFQ pending approval needs no reason: no seller has seen it.
 */

/** The states are the contract's (one list for the API and the rules). */
export const RFQ_STATES = RFQ_STATUSES;
export type RfqState = (typeof RFQ_STATES)[number];

export const TERMINAL_RFQ_STATES: readonly RfqState[] = ['awarded', 'cancelled', 'expired'];

export const RFQ_ACTORS = ['buyer', 'seller', 'system'] as const;
export type RfqActor = (typeof RFQ_ACTORS)[number];

export const RFQ_COMMANDS = [
  'submit',
  'approve_publication',
  'reject_publication',
  'close',
  'expire',
  'award_approved',
  'cancel',
] as const;
export type RfqCommandKind = (typeof RFQ_COMMANDS)[number];

/** How long after the deadline the buyer has to award before the RFQ expires. */
export const AWARD_WINDOW_DAYS = 30;
/** The least time sellers get to quote: the deadline must be more than this after publication. */
export const MIN_DEADLINE_LEAD_HOURS = 1;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A command with what it needs. Reasons are trimmed; a blank reason counts as none. */
export type RfqCommand =
  | { readonly kind: 'submit'; readonly requiresApproval: boolean }
  | { readonly kind: 'approve_publication' }
  | { readonly kind: 'reject_publication' }
  | { readonly kind: 'close' }
  | { readonly kind: 'expire' }
  | { readonly kind: 'award_approved' }
  | { readonly kind: 'cancel'; readonly reason?: string | null };

export type RfqEventName =
  | 'rfq.submitted'
  | 'rfq.published'
  | 'rfq.publication_rejected'
  | 'rfq.closed'
  | 'rfq.expired'
  | 'rfq.awarded'
  | 'rfq.cancelled';

export interface RfqTransitionRule {
  readonly to: RfqState;
  readonly actors: readonly RfqActor[];
  readonly event: RfqEventName;
}

/**
 * The transition table: for each state, the commands it accepts, who may give them, where
 * they lead. submit and close have a second outcome chosen by their guard (see above).
 */
export const RFQ_TRANSITIONS: Readonly<
  Record<RfqState, Readonly<Partial<Record<RfqCommandKind, RfqTransitionRule>>>>
> = {
  draft: {
    submit: { to: 'open', actors: ['buyer'], event: 'rfq.published' },
    cancel: { to: 'cancelled', actors: ['buyer'], event: 'rfq.cancelled' },
  },
  pending_approval: {
    approve_publication: { to: 'open', actors: ['system'], event: 'rfq.published' },
    reject_publication: { to: 'draft', actors: ['system'], event: 'rfq.publication_rejected' },
    cancel: { to: 'cancelled', actors: ['buyer'], event: 'rfq.cancelled' },
  },
  open: {
    close: { to: 'closed', actors: ['system'], event: 'rfq.closed' },
    cancel: { to: 'cancelled', actors: ['buyer'], event: 'rfq.cancelled' },
  },
  closed: {
    award_approved: { to: 'awarded', actors: ['system'], event: 'rfq.awarded' },
    expire: { to: 'expired', actors: ['system'], event: 'rfq.expired' },
    cancel: { to: 'cancelled', actors: ['buyer'], event: 'rfq.cancelled' },
  },
  awarded: {},
  cancelled: {},
  expired: {},
};

/** States in which sellers have been invited: cancelling needs a reason they are told. */
const CANCEL_REASON_REQUIRED: readonly RfqState[] = ['open', 'closed'];

/** The facts of an RFQ that the guards look at. */
export interface RfqFacts {
  readonly state: RfqState;
  readonly deadline: Date;
  /** Quotes not withdrawn (close decides between closed and expired). */
  readonly activeQuoteCount: number;
  /** An award is waiting for approval (blocks cancel and expire); false when absent. */
  readonly awardPending?: boolean;
}

/** A successful transition: what to store, audit and notify. */
export interface RfqTransition {
  readonly from: RfqState;
  /** The new state. */
  readonly state: RfqState;
  readonly command: RfqCommandKind;
  readonly actor: RfqActor;
  readonly event: RfqEventName;
  readonly at: Date;
  /** The trimmed reason of a cancel, or null. */
  readonly reason: string | null;
}

export type RfqTransitionErrorCode =
  | 'RFQ_TRANSITION_NOT_ALLOWED'
  | 'RFQ_ACTOR_NOT_ALLOWED'
  | 'RFQ_REASON_REQUIRED'
  | 'RFQ_DEADLINE_TOO_SOON'
  | 'RFQ_DEADLINE_NOT_REACHED'
  | 'RFQ_AWARD_WINDOW_OPEN'
  | 'RFQ_AWARD_PENDING';

export type RfqTransitionError = RfqError<RfqTransitionErrorCode>;

export function isTerminalRfqState(state: RfqState): boolean {
  return TERMINAL_RFQ_STATES.includes(state);
}

/** The commands `actor` may give in `state`, in table order (the buttons the UI shows). */
export function allowedRfqCommands(state: RfqState, actor: RfqActor): RfqCommandKind[] {
  const rules = RFQ_TRANSITIONS[state];
  return RFQ_COMMANDS.filter((command) => rules[command]?.actors.includes(actor) ?? false);
}

/** When an RFQ with this deadline expires unless awarded. */
export function awardWindowEnd(deadline: Date): Date {
  return new Date(deadline.getTime() + AWARD_WINDOW_DAYS * DAY_MS);
}

/**
 * Whether sellers still get their minimum time to quote if the RFQ is published at `now`:
 * RFQ_DEADLINE_TOO_SOON on `deadline` unless now < deadline − 1 h.
 */
export function checkDeadlineLead(
  deadline: Date,
  now: Date,
): Result<void, RfqError<'RFQ_DEADLINE_TOO_SOON'>> {
  const earliest = now.getTime() + MIN_DEADLINE_LEAD_HOURS * HOUR_MS;
  if (deadline.getTime() <= earliest) {
    return rfqFailure('RFQ_DEADLINE_TOO_SOON', {
      field: 'deadline',
      params: { earliest: new Date(earliest).toISOString() },
    });
  }
  return ok(undefined);
}

function normaliseReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

type Guarded = { readonly to: RfqState; readonly event: RfqEventName; readonly reason: string | null };

/** The command-specific guards, once state and actor are known to be allowed. */
function guard(
  rfq: RfqFacts,
  command: RfqCommand,
  rule: RfqTransitionRule,
  now: Date,
): Result<Guarded, RfqTransitionError> {
  const plain: Guarded = { to: rule.to, event: rule.event, reason: null };
  const deadline = rfq.deadline.toISOString();
  switch (command.kind) {
    case 'submit': {
      const lead = checkDeadlineLead(rfq.deadline, now);
      if (!lead.ok) return lead;
      return ok(
        command.requiresApproval ? { to: 'pending_approval', event: 'rfq.submitted', reason: null } : plain,
      );
    }
    case 'approve_publication': {
      const lead = checkDeadlineLead(rfq.deadline, now);
      if (!lead.ok) return lead;
      return ok(plain);
    }
    case 'close':
      if (now.getTime() < rfq.deadline.getTime()) {
        return rfqFailure('RFQ_DEADLINE_NOT_REACHED', { params: { deadline } });
      }
      return ok(rfq.activeQuoteCount > 0 ? plain : { to: 'expired', event: 'rfq.expired', reason: null });
    case 'expire': {
      if (rfq.awardPending === true) return rfqFailure('RFQ_AWARD_PENDING');
      const end = awardWindowEnd(rfq.deadline);
      if (now.getTime() < end.getTime()) {
        return rfqFailure('RFQ_AWARD_WINDOW_OPEN', { params: { expiresAt: end.toISOString() } });
      }
      return ok(plain);
    }
    case 'cancel': {
      if (rfq.awardPending === true) return rfqFailure('RFQ_AWARD_PENDING');
      const reason = normaliseReason(command.reason);
      if (reason === null && CANCEL_REASON_REQUIRED.includes(rfq.state)) {
        return rfqFailure('RFQ_REASON_REQUIRED', { field: 'reason' });
      }
      return ok({ ...plain, reason });
    }
    case 'reject_publication':
    case 'award_approved':
      return ok(plain);
  }
}

/**
 * Applies `command` given by `actor` to the RFQ at server time `now`. Checks, in this order:
 * 1. the state accepts the command: RFQ_TRANSITION_NOT_ALLOWED;
 * 2. the actor may give it in this state: RFQ_ACTOR_NOT_ALLOWED;
 * 3. the command's own guard: RFQ_DEADLINE_TOO_SOON, RFQ_DEADLINE_NOT_REACHED,
 *    RFQ_AWARD_PENDING, RFQ_AWARD_WINDOW_OPEN, RFQ_REASON_REQUIRED.
 * Refusals of steps 1 and 2 carry `params: { state, command, actor }`.
 */
export function rfqTransition(
  rfq: RfqFacts,
  command: RfqCommand,
  actor: RfqActor,
  now: Date,
): Result<RfqTransition, RfqTransitionError> {
  const from = rfq.state;
  const rule = RFQ_TRANSITIONS[from][command.kind];
  const params = { state: from, command: command.kind, actor };
  if (rule === undefined) return rfqFailure('RFQ_TRANSITION_NOT_ALLOWED', { params });
  if (!rule.actors.includes(actor)) return rfqFailure('RFQ_ACTOR_NOT_ALLOWED', { params });
  const guarded = guard(rfq, command, rule, now);
  if (!guarded.ok) return guarded;
  const { to, event, reason } = guarded.value;
  return ok({ from, state: to, command: command.kind, actor, event, at: now, reason });
}
