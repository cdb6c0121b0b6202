import { describe, expect, it } from 'vitest';
import { admitDisputeCommand, checkResolution, type DisputeScope, sumQuantities } from './dispute-resolution';

const L1 = '00000000-0000-4000-8000-000000000001';
const L2 = '00000000-0000-4000-8000-000000000002';
const scope: DisputeScope = {
  maxCreditMinor: 500_000n,
  lines: [
    { id: L1, unit: 't', totalMinor: 678_000n, held: '9.800' },
    { id: L2, unit: 'piece', totalMinor: 10_000n, held: '3.000' },
  ],
};

describe('the dispute state machine on a stored dispute', () => {
  it.each([
    ['open', null, 'propose', 'seller', 'proposed'],
    ['open', null, 'decide', 'operator', 'resolved'],
    ['proposed', 'seller', 'propose', 'seller', 'proposed'],
    ['proposed', 'seller', 'agree', 'buyer', 'resolved'],
    ['proposed', 'buyer', 'decline', 'seller', 'open'],
    ['proposed', 'buyer', 'decide', 'operator', 'resolved'],
  ] as const)('%s (by %s): %s by %s → %s', (status, by, command, actor, to) => {
    const r = admitDisputeCommand(status, by, command, actor);
    expect(r.ok && r.value.dispute.status).toBe(to);
  });

  it.each([
    ['resolved', null, 'propose', 'buyer', 'DISPUTE_ALREADY_RESOLVED'],
    ['resolved', null, 'decide', 'operator', 'DISPUTE_ALREADY_RESOLVED'],
    ['open', null, 'agree', 'buyer', 'DISPUTE_NO_PROPOSAL'],
    ['open', null, 'decline', 'seller', 'DISPUTE_NO_PROPOSAL'],
    ['proposed', 'buyer', 'agree', 'buyer', 'DISPUTE_OWN_PROPOSAL'],
    ['proposed', 'seller', 'decline', 'seller', 'DISPUTE_OWN_PROPOSAL'],
    ['open', null, 'decide', 'buyer', 'DISPUTE_ACTOR_NOT_ALLOWED'],
    ['open', null, 'propose', 'operator', 'DISPUTE_ACTOR_NOT_ALLOWED'],
    ['proposed', 'seller', 'agree', 'system', 'DISPUTE_ACTOR_NOT_ALLOWED'],
  ] as const)('%s (by %s): %s by %s is refused with %s', (status, by, command, actor, code) => {
    const r = admitDisputeCommand(status, by, command, actor);
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});

describe('checkResolution', () => {
  it('takes accept as is', () => {
    expect(checkResolution({ kind: 'accept' }, scope)).toEqual({ ok: true, value: { kind: 'accept' } });
  });

  it('takes a credit up to the creditable total, exactly, and not a fen more', () => {
    expect(checkResolution({ kind: 'price_adjustment', creditMinor: '500000' }, scope)).toEqual({
      ok: true,
      value: { kind: 'price_adjustment', creditMinor: '500000' },
    });
    expect(checkResolution({ kind: 'price_adjustment', creditMinor: '000001' }, scope)).toEqual({
      ok: true,
      value: { kind: 'price_adjustment', creditMinor: '1' },
    });
    const over = checkResolution({ kind: 'price_adjustment', creditMinor: '500001' }, scope);
    expect(over.ok ? null : over.error).toEqual([
      {
        code: 'DISPUTE_CREDIT_EXCEEDS_ORDER_TOTAL',
        field: 'resolution.creditMinor',
        params: { max: '5000.00' },
      },
    ]);
    for (const bad of ['0', '-1', '1.5', '', 'abc', '1e3', '1234567890123456789']) {
      const r = checkResolution({ kind: 'price_adjustment', creditMinor: bad }, scope);
      expect(r.ok ? null : r.error.map((e) => [e.code, e.field]), bad).toEqual([
        ['DISPUTE_CREDIT_INVALID', 'resolution.creditMinor'],
      ]);
    }
  });

  it('takes returns per line up to what is held, normalised to 3 places', () => {
    expect(
      checkResolution(
        {
          kind: 'return',
          lines: [
            { lineId: L1, quantity: '9.8' },
            { lineId: L2, quantity: '1' },
          ],
        },
        scope,
      ),
    ).toEqual({
      ok: true,
      value: {
        kind: 'return',
        lines: [
          { lineId: L1, quantity: '9.800' },
          { lineId: L2, quantity: '1.000' },
        ],
      },
    });
  });

  it('reports every bad return line at its field', () => {
    const r = checkResolution(
      {
        kind: 'return',
        lines: [
          { lineId: L1, quantity: '9.801' },
          { lineId: '00000000-0000-4000-8000-00000000000f', quantity: '1' },
          { lineId: L2, quantity: '0' },
          { lineId: L1, quantity: '1' },
        ],
      },
      scope,
    );
    expect(r.ok ? null : r.error.map((e) => [e.code, e.field])).toEqual([
      ['DISPUTE_RETURN_EXCEEDS_RECEIVED', 'resolution.lines.0.quantity'],
      ['DISPUTE_RETURN_UNKNOWN_LINE', 'resolution.lines.1.lineId'],
      ['DISPUTE_RETURN_QUANTITY_INVALID', 'resolution.lines.2.quantity'],
      ['DISPUTE_RETURN_DUPLICATE_LINE', 'resolution.lines.3.lineId'],
    ]);
    const empty = checkResolution({ kind: 'return', lines: [] }, scope);
    expect(empty.ok ? null : empty.error).toEqual([
      { code: 'DISPUTE_RETURN_EMPTY', field: 'resolution.lines' },
    ]);
  });

  it('sums held quantities exactly', () => {
    expect(sumQuantities(['5.700', '3.9', '0.001'])).toBe('9.601');
    expect(sumQuantities([])).toBe('0.000');
  });
});
