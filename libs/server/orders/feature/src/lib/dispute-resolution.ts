import { err, ok, type Result } from '@tradeway/shared/kernel';
import { formatMinor } from '@tradeway/server/pricing/domain';
import {
  agreeToProposal,
  decideDispute,
  declineProposal,
  type Dispute as DomainDispute,
  type DisputeTransition,
  formatQuantity,
  openDispute,
  type OrderActor,
  type OrderError,
  parseQuantity,
  proposeResolution,
  validateResolution,
} from '@tradeway/server/orders/domain';
import type { DisputeResolutionInput } from '@tradeway/shared/contracts';
import type { Refusal } from './receipt-errors';

/**
 * The order-level disputes of this part on top of the domain's dispute rules (dispute.ts, one
 * line at a time): a stored dispute covers an order (or one receipt of it), so
 * - its state machine (open → proposed → resolved, who may act) is the domain's, run on the
 *   stored status and proposer;
 * - a price adjustment is the domain's check with the order's creditable total (the order
 *   total less credits other disputes already gave) in place of a line total;
 * - a return is the domain's check for each line returned, against what the buyer holds of it.
 * Pure: no database, no clock.
 */

/** A resolution as stored in `disputes.proposal` / `disputes.outcome` (JSON, amounts as strings). */
export type StoredResolution =
  | { kind: 'accept' }
  | { kind: 'price_adjustment'; creditMinor: string }
  | { kind: 'return'; lines: Array<{ lineId: string; quantity: string }> };

export interface StoredProposal {
  by: 'buyer' | 'seller';
  resolution: StoredResolution;
  note: string;
  at: string;
  userId: string | null;
}

export interface StoredOutcome {
  resolution: StoredResolution;
  decidedBy: 'agreement' | 'operator';
  note: string;
  at: string;
  userId: string | null;
}

/** What a dispute may settle: the lines in question with what the buyer holds, the creditable total. */
export interface DisputeScope {
  readonly lines: ReadonlyArray<{
    readonly id: string;
    readonly unit: string;
    readonly totalMinor: bigint;
    /** Decimal text (≤ 3 places): received, or shipped where no receipt was recorded. */
    readonly held: string;
  }>;
  readonly maxCreditMinor: bigint;
}

export type DisputeCommand = 'propose' | 'agree' | 'decline' | 'decide';

/** The domain's view of a stored dispute, for its state and actor checks. */
function domainDispute(
  status: 'open' | 'proposed' | 'resolved',
  proposedBy: 'buyer' | 'seller' | null,
): DomainDispute {
  const opened = openDispute({ lineId: 'order', unit: '', lineTotalMinor: 0n, receivedQuantity: '0' });
  return {
    ...opened,
    status,
    proposal: proposedBy ? { by: proposedBy, resolution: { kind: 'accept' } } : null,
    outcome: status === 'resolved' ? { resolution: { kind: 'accept' }, decidedBy: 'agreement' } : null,
  };
}

/**
 * Whether `actor` may give `command` to a dispute in `status` (proposed by `proposedBy`), by
 * the domain's table: the resulting status and event, or its refusal (DISPUTE_ALREADY_RESOLVED,
 * DISPUTE_ACTOR_NOT_ALLOWED, DISPUTE_NO_PROPOSAL, DISPUTE_OWN_PROPOSAL).
 */
export function admitDisputeCommand(
  status: 'open' | 'proposed' | 'resolved',
  proposedBy: 'buyer' | 'seller' | null,
  command: DisputeCommand,
  actor: OrderActor,
): Result<DisputeTransition, OrderError> {
  const d = domainDispute(status, proposedBy);
  switch (command) {
    case 'propose':
      return proposeResolution(d, { kind: 'accept' }, actor);
    case 'agree':
      return agreeToProposal(d, actor);
    case 'decline':
      return declineProposal(d, actor);
    case 'decide':
      return decideDispute(d, { kind: 'accept' }, actor);
  }
}

const DIGITS = /^\d{1,18}$/;

/**
 * Checks a resolution against the dispute's scope; returns it normalised for storage
 * (quantities to 3 places, the credit as digits). Every problem is reported with its field:
 * `resolution.creditMinor`, `resolution.lines`, `resolution.lines.<i>.lineId`,
 * `resolution.lines.<i>.quantity`.
 */
export function checkResolution(
  input: DisputeResolutionInput,
  scope: DisputeScope,
): Result<StoredResolution, Array<Refusal | OrderError>> {
  switch (input.kind) {
    case 'accept':
      return ok({ kind: 'accept' });
    case 'price_adjustment': {
      const field = 'resolution.creditMinor';
      if (!DIGITS.test(input.creditMinor)) {
        return err([{ code: 'DISPUTE_CREDIT_INVALID', field }]);
      }
      const creditMinor = BigInt(input.creditMinor);
      const virtual = domainDispute('open', null);
      const checked = validateResolution(
        { ...virtual, lineTotalMinor: scope.maxCreditMinor },
        { kind: 'price_adjustment', creditMinor },
      );
      if (!checked.ok) {
        return err([
          checked.error.code === 'DISPUTE_CREDIT_EXCEEDS_LINE_TOTAL'
            ? {
                code: 'DISPUTE_CREDIT_EXCEEDS_ORDER_TOTAL',
                field,
                params: { max: formatMinor(scope.maxCreditMinor) },
              }
            : { ...checked.error, field },
        ]);
      }
      return ok({ kind: 'price_adjustment', creditMinor: creditMinor.toString() });
    }
    case 'return': {
      if (input.lines.length === 0) return err([{ code: 'DISPUTE_RETURN_EMPTY', field: 'resolution.lines' }]);
      const problems: Array<Refusal | OrderError> = [];
      const out: Array<{ lineId: string; quantity: string }> = [];
      const seen = new Set<string>();
      input.lines.forEach((l, i) => {
        const at = `resolution.lines.${i}`;
        const line = scope.lines.find((s) => s.id === l.lineId);
        if (!line) {
          problems.push({
            code: 'DISPUTE_RETURN_UNKNOWN_LINE',
            field: `${at}.lineId`,
            params: { lineId: l.lineId },
          });
          return;
        }
        if (seen.has(l.lineId)) {
          problems.push({
            code: 'DISPUTE_RETURN_DUPLICATE_LINE',
            field: `${at}.lineId`,
            params: { lineId: l.lineId },
          });
          return;
        }
        seen.add(l.lineId);
        const checked = validateResolution(
          openDispute({
            lineId: line.id,
            unit: line.unit,
            lineTotalMinor: line.totalMinor,
            receivedQuantity: line.held,
          }),
          { kind: 'return', quantity: l.quantity },
        );
        if (!checked.ok) {
          problems.push({ ...checked.error, field: `${at}.quantity` });
          return;
        }
        if (checked.value.kind === 'return') out.push({ lineId: line.id, quantity: checked.value.quantity });
      });
      if (problems.length > 0) return err(problems);
      return ok({ kind: 'return', lines: out });
    }
  }
}

/** Σ of thousandths as decimal text: what the buyer holds of a line. */
export function sumQuantities(values: readonly string[]): string {
  return formatQuantity(values.reduce((sum, v) => sum + (parseQuantity(v) ?? 0n), 0n));
}
