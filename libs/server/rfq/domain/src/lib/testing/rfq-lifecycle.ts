import type { RfqActor, RfqCommand, RfqCommandKind, RfqEventName, RfqFacts, RfqState } from '../rfq-states';
import { at, DAY } from './fixtures';

/** The expected RFQ lifecycle, written out independently of the implementation's table. */

export const STATES: readonly RfqState[] = [
  'draft',
  'pending_approval',
  'open',
  'closed',
  'awarded',
  'cancelled',
  'expired',
];
export const ACTORS: readonly RfqActor[] = ['buyer', 'seller', 'system'];
export const COMMANDS: readonly RfqCommandKind[] = [
  'submit',
  'approve_publication',
  'reject_publication',
  'close',
  'expire',
  'award_approved',
  'cancel',
];
export const TERMINAL: readonly RfqState[] = ['awarded', 'cancelled', 'expired'];

type Edge = { to: RfqState; actors: RfqActor[]; event: RfqEventName };

/**
 * For each state, each command it accepts, where it leads (with the facts of `readyRfq` and
 * the payload of `VALID_COMMAND`), who may give it and the event. Anything not listed is refused.
 */
export const EXPECTED: Record<RfqState, Partial<Record<RfqCommandKind, Edge>>> = {
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

/** A command of each kind with a payload that passes its own guard. */
export const VALID_COMMAND: Record<RfqCommandKind, RfqCommand> = {
  submit: { kind: 'submit', requiresApproval: false },
  approve_publication: { kind: 'approve_publication' },
  reject_publication: { kind: 'reject_publication' },
  close: { kind: 'close' },
  expire: { kind: 'expire' },
  award_approved: { kind: 'award_approved' },
  cancel: { kind: 'cancel', reason: '需求取消 requirement withdrawn' },
};

/**
 * An RFQ in `state` whose facts satisfy every guard at T0: before publication the deadline is
 * 10 days ahead; after it, 40 days behind (past the award window), with active quotes.
 */
export function readyRfq(state: RfqState): RfqFacts {
  const published = !['draft', 'pending_approval'].includes(state);
  return {
    state,
    deadline: published ? at(-40 * DAY) : at(10 * DAY),
    activeQuoteCount: 2,
    awardPending: false,
  };
}
