import { ok, type Result } from '@tradeway/shared/kernel';
import { orderFailure, type OrderError } from './order.errors';
import type { ShipmentStatus } from './shipment-rules';

/**
 * Pickup authorisation (提货授权, DESIGN.md §8): the buyer authorises one logistics company
 * online to collect one shipment; the warehouse releases the goods only against a valid
 * authorisation. It is valid while `issued`, before its expiry on the server clock, for
 * that shipment and that company; releasing the goods uses it up.
 *
 * Lifecycle: issued → used (release) | revoked (the buyer takes it back). Expiry is not a
 * stored status: an issued authorisation is expired from `expiresAt` on (exclusive).
 * Cancelling a shipment must revoke its issued authorisations (order module).
 */

export type PickupAuthorisationStatus = 'issued' | 'used' | 'revoked';

export interface PickupAuthorisation {
  readonly id: string;
  readonly shipmentId: string;
  readonly logisticsCompanyId: string;
  readonly status: PickupAuthorisationStatus;
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly revokedAt: Date | null;
}

/** Who presents the authorisation at the warehouse, for which shipment, and when (server time). */
export interface PickupRequest {
  readonly shipmentId: string;
  readonly logisticsCompanyId: string;
  readonly now: Date;
}

export type PickupAuthErrorCode =
  | 'PICKUP_AUTH_EXPIRED'
  | 'PICKUP_AUTH_USED'
  | 'PICKUP_AUTH_REVOKED'
  | 'PICKUP_AUTH_WRONG_COMPANY'
  | 'PICKUP_AUTH_WRONG_SHIPMENT'
  | 'PICKUP_AUTH_EXPIRY_INVALID'
  | 'PICKUP_AUTH_SHIPMENT_NOT_READY';

export type PickupAuthError = OrderError<PickupAuthErrorCode>;

export interface IssuePickupInput {
  readonly id: string;
  readonly shipmentId: string;
  readonly shipmentStatus: ShipmentStatus;
  readonly logisticsCompanyId: string;
  readonly expiresAt: Date;
  readonly now: Date;
}

/**
 * A new authorisation for a shipment that is waiting for pickup (`planned`), expiring in the
 * future. Refusals: PICKUP_AUTH_SHIPMENT_NOT_READY, PICKUP_AUTH_EXPIRY_INVALID (`expiresAt`).
 */
export function issuePickupAuthorisation(
  input: IssuePickupInput,
): Result<PickupAuthorisation, OrderError<'PICKUP_AUTH_EXPIRY_INVALID' | 'PICKUP_AUTH_SHIPMENT_NOT_READY'>> {
  if (input.shipmentStatus !== 'planned') return orderFailure('PICKUP_AUTH_SHIPMENT_NOT_READY');
  const expires = input.expiresAt.getTime();
  if (Number.isNaN(expires) || expires <= input.now.getTime()) {
    return orderFailure('PICKUP_AUTH_EXPIRY_INVALID', { field: 'expiresAt' });
  }
  return ok({
    id: input.id,
    shipmentId: input.shipmentId,
    logisticsCompanyId: input.logisticsCompanyId,
    status: 'issued',
    expiresAt: input.expiresAt,
    usedAt: null,
    revokedAt: null,
  });
}

/**
 * Whether `auth` lets `request`'s company collect `request`'s shipment now. Checks, in this
 * order, so that a caller who is not the authorised carrier learns nothing about the
 * authorisation's state: PICKUP_AUTH_WRONG_COMPANY, PICKUP_AUTH_WRONG_SHIPMENT, then
 * PICKUP_AUTH_REVOKED, PICKUP_AUTH_USED, PICKUP_AUTH_EXPIRED (now ≥ expiresAt).
 */
export function checkPickupAuthorisation(
  auth: PickupAuthorisation,
  request: PickupRequest,
): Result<PickupAuthorisation, PickupAuthError> {
  if (auth.logisticsCompanyId !== request.logisticsCompanyId)
    return orderFailure('PICKUP_AUTH_WRONG_COMPANY');
  if (auth.shipmentId !== request.shipmentId) return orderFailure('PICKUP_AUTH_WRONG_SHIPMENT');
  if (auth.status === 'revoked') return orderFailure('PICKUP_AUTH_REVOKED');
  if (auth.status === 'used') return orderFailure('PICKUP_AUTH_USED');
  if (request.now.getTime() >= auth.expiresAt.getTime()) return orderFailure('PICKUP_AUTH_EXPIRED');
  return ok(auth);
}

export interface PickupRelease {
  /** The authorisation, now used. */
  readonly authorisation: PickupAuthorisation;
  readonly event: 'pickup.released';
}

/** The warehouse releases the goods: the authorisation is checked, then used up. */
export function releasePickup(
  auth: PickupAuthorisation,
  request: PickupRequest,
): Result<PickupRelease, PickupAuthError> {
  const valid = checkPickupAuthorisation(auth, request);
  if (!valid.ok) return valid;
  return ok({
    authorisation: { ...auth, status: 'used', usedAt: request.now },
    event: 'pickup.released',
  });
}

/**
 * The buyer takes an authorisation back. Only an issued one can be revoked (an expired one
 * too, harmlessly); PICKUP_AUTH_USED once the goods are released, PICKUP_AUTH_REVOKED twice.
 */
export function revokePickupAuthorisation(
  auth: PickupAuthorisation,
  now: Date,
): Result<PickupAuthorisation, OrderError<'PICKUP_AUTH_USED' | 'PICKUP_AUTH_REVOKED'>> {
  if (auth.status === 'used') return orderFailure('PICKUP_AUTH_USED');
  if (auth.status === 'revoked') return orderFailure('PICKUP_AUTH_REVOKED');
  return ok({ ...auth, status: 'revoked', revokedAt: now });
}
