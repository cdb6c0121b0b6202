import { ok, type Result } from '@tradeway/shared/kernel';
import { formatMinor } from '@tradeway/server/pricing/domain';
import { orderFailure, type OrderError } from './order.errors';
import type { OrderActor } from './order-states';
import { formatQuantity, parseQuantity, storedQuantity } from './quantity';

/**
 * Receipt disputes (DESIGN.md §8) as a small state machine, one dispute per order line that
 * the receipt found outside tolerance or of another grade (receipt-rules.ts). The parties
 * settle it by agreement, or an operator decides:
 *
 * | from     | command | to       | actors                                   | event             |
 * |----------|---------|----------|------------------------------------------|-------------------|
 * | open     | propose | proposed | buyer, seller                            | dispute.proposed  |
 * | open     | decide  | resolved | operator                                 | dispute.resolved  |
 * | proposed | propose | proposed | buyer, seller (a counter-proposal or a   | dispute.proposed  |
 * |          |         |          | revision replaces the proposal)          |                   |
 * | proposed | agree   | resolved | the party who did not propose            | dispute.resolved  |
 * | proposed | decline | open     | the party who did not propose            | dispute.declined  |
 * | proposed | decide  | resolved | operator                                 | dispute.resolved  |
 * | resolved | —       | (final)  |                                          |                   |
 *
 * Resolutions: `accept` (the goods as received), `price_adjustment` (a credit in integer
 * minor units, > 0 and ≤ the line total), `return` (a quantity in the line's unit, > 0 and
 * ≤ the quantity received). Once every dispute of an order is resolved the order module
 * applies `resolve_dispute` to the order.
 */

export type DisputeStatus = 'open' | 'proposed' | 'resolved';
export type DisputeParty = 'buyer' | 'seller';
export type DisputeCommand = 'propose' | 'agree' | 'decline' | 'decide';

export type DisputeResolution =
  | { readonly kind: 'accept' }
  | { readonly kind: 'price_adjustment'; readonly creditMinor: bigint }
  | { readonly kind: 'return'; readonly quantity: string };

export interface DisputeProposal {
  readonly resolution: DisputeResolution;
  readonly by: DisputeParty;
}

export interface DisputeOutcome {
  readonly resolution: DisputeResolution;
  readonly decidedBy: 'agreement' | 'operator';
}

export interface Dispute {
  readonly lineId: string;
  readonly unit: string;
  /** The line's total in minor units: the most a price adjustment can credit. */
  readonly lineTotalMinor: bigint;
  /** What the buyer received (≤ 3 places): the most that can be returned. */
  readonly receivedQuantity: string;
  readonly status: DisputeStatus;
  readonly proposal: DisputeProposal | null;
  readonly outcome: DisputeOutcome | null;
}

export interface DisputeTransition {
  readonly dispute: Dispute;
  readonly event: 'dispute.proposed' | 'dispute.declined' | 'dispute.resolved';
}

export type DisputeErrorCode =
  | 'DISPUTE_ACTOR_NOT_ALLOWED'
  | 'DISPUTE_ALREADY_RESOLVED'
  | 'DISPUTE_NO_PROPOSAL'
  | 'DISPUTE_OWN_PROPOSAL'
  | 'DISPUTE_CREDIT_INVALID'
  | 'DISPUTE_CREDIT_EXCEEDS_LINE_TOTAL'
  | 'DISPUTE_RETURN_QUANTITY_INVALID'
  | 'DISPUTE_RETURN_EXCEEDS_RECEIVED';

export type DisputeError = OrderError<DisputeErrorCode>;
export type DisputeResult = Result<DisputeTransition, DisputeError>;

/** The actors each command allows (agree and decline further need the other party). */
export const DISPUTE_TRANSITIONS: Readonly<
  Record<DisputeStatus, Readonly<Partial<Record<DisputeCommand, readonly OrderActor[]>>>>
> = {
  open: { propose: ['buyer', 'seller'], decide: ['operator'] },
  proposed: {
    propose: ['buyer', 'seller'],
    agree: ['buyer', 'seller'],
    decline: ['buyer', 'seller'],
    decide: ['operator'],
  },
  resolved: {},
};

export interface OpenDisputeInput {
  readonly lineId: string;
  readonly unit: string;
  readonly lineTotalMinor: bigint;
  readonly receivedQuantity: string;
}

export function openDispute(input: OpenDisputeInput): Dispute {
  if (input.lineTotalMinor < 0n) throw new RangeError('The line total must not be negative');
  storedQuantity(input.receivedQuantity, 'received quantity', { positive: false });
  return { ...input, status: 'open', proposal: null, outcome: null };
}

/** The commands `actor` may give on `dispute` now (the buttons the UI shows). */
export function allowedDisputeCommands(dispute: Dispute, actor: OrderActor): DisputeCommand[] {
  const rules = DISPUTE_TRANSITIONS[dispute.status];
  return (['propose', 'agree', 'decline', 'decide'] as const).filter((command) => {
    if (!(rules[command]?.includes(actor) ?? false)) return false;
    if (command === 'agree' || command === 'decline') return dispute.proposal?.by !== actor;
    return true;
  });
}

/** Checks a resolution against the line; returns it normalised (a return quantity to 3 places). */
export function validateResolution(
  dispute: Dispute,
  resolution: DisputeResolution,
): Result<DisputeResolution, DisputeError> {
  switch (resolution.kind) {
    case 'accept':
      return ok({ kind: 'accept' });
    case 'price_adjustment': {
      const credit = resolution.creditMinor;
      if (typeof credit !== 'bigint' || credit <= 0n) {
        return orderFailure('DISPUTE_CREDIT_INVALID', {
          field: 'resolution.creditMinor',
          lineId: dispute.lineId,
        });
      }
      if (credit > dispute.lineTotalMinor) {
        return orderFailure('DISPUTE_CREDIT_EXCEEDS_LINE_TOTAL', {
          field: 'resolution.creditMinor',
          lineId: dispute.lineId,
          params: { lineTotal: formatMinor(dispute.lineTotalMinor) },
        });
      }
      return ok({ kind: 'price_adjustment', creditMinor: credit });
    }
    case 'return': {
      const quantity = parseQuantity(resolution.quantity);
      if (quantity === null || quantity <= 0n) {
        return orderFailure('DISPUTE_RETURN_QUANTITY_INVALID', {
          field: 'resolution.quantity',
          lineId: dispute.lineId,
        });
      }
      const received = storedQuantity(dispute.receivedQuantity, 'received quantity', { positive: false });
      if (quantity > received) {
        return orderFailure('DISPUTE_RETURN_EXCEEDS_RECEIVED', {
          field: 'resolution.quantity',
          lineId: dispute.lineId,
          params: { received: formatQuantity(received), unit: dispute.unit },
        });
      }
      return ok({ kind: 'return', quantity: formatQuantity(quantity) });
    }
  }
}

/** State and actor checks common to every command: resolved first, then who may act. */
function admit(dispute: Dispute, command: DisputeCommand, actor: OrderActor): Result<true, DisputeError> {
  if (dispute.status === 'resolved') return orderFailure('DISPUTE_ALREADY_RESOLVED');
  const actors = DISPUTE_TRANSITIONS[dispute.status][command];
  if (actors === undefined) {
    // agree or decline while open: nothing to respond to (for a party; others may not act anyway)
    return actor === 'buyer' || actor === 'seller'
      ? orderFailure('DISPUTE_NO_PROPOSAL')
      : orderFailure('DISPUTE_ACTOR_NOT_ALLOWED');
  }
  if (!actors.includes(actor)) return orderFailure('DISPUTE_ACTOR_NOT_ALLOWED');
  return ok(true);
}

/**
 * The buyer or the seller proposes a resolution; a proposal already on the table is
 * replaced (a counter-proposal, or the proposer revising it). Refusals:
 * DISPUTE_ALREADY_RESOLVED, DISPUTE_ACTOR_NOT_ALLOWED, then the resolution's own checks.
 */
export function proposeResolution(
  dispute: Dispute,
  resolution: DisputeResolution,
  actor: OrderActor,
): DisputeResult {
  const admitted = admit(dispute, 'propose', actor);
  if (!admitted.ok) return admitted;
  const valid = validateResolution(dispute, resolution);
  if (!valid.ok) return valid;
  const by: DisputeParty = actor === 'buyer' ? 'buyer' : 'seller';
  return ok({
    dispute: { ...dispute, status: 'proposed', proposal: { resolution: valid.value, by } },
    event: 'dispute.proposed',
  });
}

function respond(
  dispute: Dispute,
  command: 'agree' | 'decline',
  actor: OrderActor,
): Result<DisputeProposal, DisputeError> {
  const admitted = admit(dispute, command, actor);
  if (!admitted.ok) return admitted;
  const proposal = dispute.proposal;
  if (proposal === null) return orderFailure('DISPUTE_NO_PROPOSAL');
  if (proposal.by === actor) return orderFailure('DISPUTE_OWN_PROPOSAL');
  return ok(proposal);
}

/**
 * The other party agrees to the proposal on the table: the dispute is resolved with it.
 * Refusals: DISPUTE_ALREADY_RESOLVED, DISPUTE_NO_PROPOSAL, DISPUTE_ACTOR_NOT_ALLOWED (an
 * operator or the system), DISPUTE_OWN_PROPOSAL.
 */
export function agreeToProposal(dispute: Dispute, actor: OrderActor): DisputeResult {
  const proposal = respond(dispute, 'agree', actor);
  if (!proposal.ok) return proposal;
  return ok({
    dispute: {
      ...dispute,
      status: 'resolved',
      proposal: null,
      outcome: { resolution: proposal.value.resolution, decidedBy: 'agreement' },
    },
    event: 'dispute.resolved',
  });
}

/** The other party declines the proposal: the dispute is open again. Refusals as agreeToProposal. */
export function declineProposal(dispute: Dispute, actor: OrderActor): DisputeResult {
  const proposal = respond(dispute, 'decline', actor);
  if (!proposal.ok) return proposal;
  return ok({ dispute: { ...dispute, status: 'open', proposal: null }, event: 'dispute.declined' });
}

/**
 * An operator decides the dispute directly, with any valid resolution (whatever is on the
 * table). Refusals: DISPUTE_ALREADY_RESOLVED, DISPUTE_ACTOR_NOT_ALLOWED, the resolution's checks.
 */
export function decideDispute(
  dispute: Dispute,
  resolution: DisputeResolution,
  actor: OrderActor,
): DisputeResult {
  const admitted = admit(dispute, 'decide', actor);
  if (!admitted.ok) return admitted;
  const valid = validateResolution(dispute, resolution);
  if (!valid.ok) return valid;
  return ok({
    dispute: {
      ...dispute,
      status: 'resolved',
      proposal: null,
      outcome: { resolution: valid.value, decidedBy: 'operator' },
    },
    event: 'dispute.resolved',
  });
}
