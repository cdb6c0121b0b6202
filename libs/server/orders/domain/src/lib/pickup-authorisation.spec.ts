import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPickupAuthorisation,
  issuePickupAuthorisation,
  releasePickup,
  revokePickupAuthorisation,
  type PickupAuthorisation,
  type PickupRequest,
} from './pickup-authorisation';
import type { ShipmentStatus } from './shipment-rules';
import { at, DAY, failure, T0, value } from './testing/fixtures';

const issued = (over: Partial<PickupAuthorisation> = {}): PickupAuthorisation => ({
  id: 'pa-1',
  shipmentId: 'sh-1',
  logisticsCompanyId: 'carrier-a',
  status: 'issued',
  expiresAt: at(2 * DAY),
  usedAt: null,
  revokedAt: null,
  ...over,
});

const request = (over: Partial<PickupRequest> = {}): PickupRequest => ({
  shipmentId: 'sh-1',
  logisticsCompanyId: 'carrier-a',
  now: at(DAY),
  ...over,
});

describe('issuePickupAuthorisation', () => {
  const input = {
    id: 'pa-1',
    shipmentId: 'sh-1',
    shipmentStatus: 'planned' as ShipmentStatus,
    logisticsCompanyId: 'carrier-a',
    expiresAt: at(2 * DAY),
    now: T0,
  };

  it('issues an authorisation for a shipment waiting for pickup', () => {
    expect(value(issuePickupAuthorisation(input))).toEqual(issued());
  });

  it('refuses an expiry that is not in the future', () => {
    for (const expiresAt of [T0, at(-1), new Date(Number.NaN)]) {
      expect(failure(issuePickupAuthorisation({ ...input, expiresAt }))).toEqual({
        code: 'PICKUP_AUTH_EXPIRY_INVALID',
        field: 'expiresAt',
      });
    }
    expect(issuePickupAuthorisation({ ...input, expiresAt: at(1) }).ok).toBe(true);
  });

  it.each(['in_transit', 'arrived', 'cancelled'] as ShipmentStatus[])(
    'refuses a shipment that is %s',
    (status) => {
      expect(failure(issuePickupAuthorisation({ ...input, shipmentStatus: status })).code).toBe(
        'PICKUP_AUTH_SHIPMENT_NOT_READY',
      );
    },
  );
});

describe('checkPickupAuthorisation and releasePickup', () => {
  it('releases against a valid authorisation and uses it up', () => {
    const release = value(releasePickup(issued(), request()));
    expect(release).toEqual({
      authorisation: issued({ status: 'used', usedAt: at(DAY) }),
      event: 'pickup.released',
    });
    expect(failure(releasePickup(release.authorisation, request())).code).toBe('PICKUP_AUTH_USED');
  });

  it('expires at expiresAt exactly (server time)', () => {
    expect(checkPickupAuthorisation(issued(), request({ now: at(2 * DAY - 1) })).ok).toBe(true);
    expect(failure(checkPickupAuthorisation(issued(), request({ now: at(2 * DAY) })))).toEqual({
      code: 'PICKUP_AUTH_EXPIRED',
    });
  });

  it.each([
    ['another company', issued(), request({ logisticsCompanyId: 'carrier-b' }), 'PICKUP_AUTH_WRONG_COMPANY'],
    ['another shipment', issued(), request({ shipmentId: 'sh-2' }), 'PICKUP_AUTH_WRONG_SHIPMENT'],
    ['revoked', issued({ status: 'revoked', revokedAt: T0 }), request(), 'PICKUP_AUTH_REVOKED'],
    ['used', issued({ status: 'used', usedAt: T0 }), request(), 'PICKUP_AUTH_USED'],
    ['expired', issued({ expiresAt: at(DAY) }), request(), 'PICKUP_AUTH_EXPIRED'],
    // a stranger learns nothing of the state: identity is checked first
    [
      'revoked, another company',
      issued({ status: 'revoked' }),
      request({ logisticsCompanyId: 'x' }),
      'PICKUP_AUTH_WRONG_COMPANY',
    ],
    [
      'used, another shipment',
      issued({ status: 'used' }),
      request({ shipmentId: 'x' }),
      'PICKUP_AUTH_WRONG_SHIPMENT',
    ],
    ['used and expired', issued({ status: 'used', expiresAt: T0 }), request(), 'PICKUP_AUTH_USED'],
    ['revoked and expired', issued({ status: 'revoked', expiresAt: T0 }), request(), 'PICKUP_AUTH_REVOKED'],
  ] as const)('refuses %s', (_name, auth, req, code) => {
    expect(failure(checkPickupAuthorisation(auth, req)).code).toBe(code);
    expect(failure(releasePickup(auth, req)).code).toBe(code);
  });

  it('is valid exactly when issued, unexpired, for this shipment and company', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('issued', 'used', 'revoked' as const),
        fc.integer({ min: -3 * DAY, max: 3 * DAY }),
        fc.boolean(),
        fc.boolean(),
        (status, offset, sameShipment, sameCompany) => {
          const auth = issued({ status });
          const req = request({
            now: new Date(auth.expiresAt.getTime() + offset),
            shipmentId: sameShipment ? 'sh-1' : 'sh-9',
            logisticsCompanyId: sameCompany ? 'carrier-a' : 'carrier-z',
          });
          const valid = status === 'issued' && offset < 0 && sameShipment && sameCompany;
          expect(checkPickupAuthorisation(auth, req).ok).toBe(valid);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('revokePickupAuthorisation', () => {
  it('revokes an issued authorisation, even an expired one', () => {
    expect(value(revokePickupAuthorisation(issued(), at(DAY)))).toEqual(
      issued({ status: 'revoked', revokedAt: at(DAY) }),
    );
    expect(revokePickupAuthorisation(issued({ expiresAt: T0 }), at(DAY)).ok).toBe(true);
  });

  it('refuses once used or already revoked', () => {
    expect(failure(revokePickupAuthorisation(issued({ status: 'used' }), T0)).code).toBe('PICKUP_AUTH_USED');
    expect(failure(revokePickupAuthorisation(issued({ status: 'revoked' }), T0)).code).toBe(
      'PICKUP_AUTH_REVOKED',
    );
  });
});
