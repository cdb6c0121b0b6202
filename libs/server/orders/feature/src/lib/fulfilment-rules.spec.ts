import { describe, expect, it } from 'vitest';
import { orderError } from '@tradeway/server/orders/domain';
import { refusalOfAll } from './fulfilment-errors';
import {
  chooseWarehouse,
  newPickupCode,
  normalisePickupCode,
  PICKUP_CODE_ALPHABET,
  pickupCodeHash,
  pickupViewStatus,
  planTakes,
  type ReservationAt,
  reservedToPlan,
} from './fulfilment-rules';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 8, minute));
const reservation = (
  over: Partial<ReservationAt> & Pick<ReservationAt, 'id' | 'quantity'>,
): ReservationAt => ({
  orderLineId: 'L1',
  skuId: 'S1',
  locationId: 'A1',
  warehouseId: 'W1',
  createdAt: at(0),
  ...over,
});

describe('the warehouse a shipment leaves from', () => {
  const r1 = reservation({ id: 'r1', quantity: '6.000', warehouseId: 'W1' });
  const r2 = reservation({ id: 'r2', quantity: '4.000', warehouseId: 'W2', locationId: 'B1' });

  it.each([
    ['the one asked for, holding reservations', 'W2', [r1, r2], null, { ok: true, warehouseId: 'W2' }],
    [
      'the pickup warehouse when asked, even without reservations',
      'WP',
      [r1],
      'WP',
      { ok: true, warehouseId: 'WP' },
    ],
    ['not one without reservations', 'W9', [r1], 'WP', { ok: false, code: 'SHIPMENT_WAREHOUSE_INVALID' }],
    ['by default the only one holding reservations', undefined, [r1], 'WP', { ok: true, warehouseId: 'W1' }],
    [
      'by default the pickup warehouse among several',
      undefined,
      [r1, r2],
      'W2',
      { ok: true, warehouseId: 'W2' },
    ],
    [
      'no default among several for a delivery',
      undefined,
      [r1, r2],
      null,
      { ok: false, code: 'SHIPMENT_WAREHOUSE_REQUIRED' },
    ],
    ['none when nothing is stocked', undefined, [], null, { ok: true, warehouseId: null }],
  ] as const)('%s', (_name, asked, reservations, pickup, expected) => {
    expect(chooseWarehouse(asked, reservations, pickup)).toEqual(expected);
  });
});

describe('what is left to plan at a warehouse', () => {
  it('is the open reservations there minus planned shipments from there, per line', () => {
    const free = reservedToPlan(
      'W1',
      [
        reservation({ id: 'r1', quantity: '6.000' }),
        reservation({ id: 'r2', quantity: '1.500', locationId: 'A2' }),
        reservation({ id: 'r3', quantity: '4.000', warehouseId: 'W2' }),
        reservation({ id: 'r4', quantity: '2.000', orderLineId: 'L2' }),
      ],
      [
        { warehouseId: 'W1', lines: [{ lineId: 'L1', quantity: '2.250' }] },
        { warehouseId: 'W2', lines: [{ lineId: 'L1', quantity: '4.000' }] },
      ],
    );
    expect(Object.fromEntries(free)).toEqual({ L1: 5250n, L2: 2000n });
  });
});

describe('the reservations leaving goods use up', () => {
  const reservations = [
    reservation({ id: 'late', quantity: '5.000', createdAt: at(5), locationId: 'A2' }),
    reservation({ id: 'early', quantity: '3.000', createdAt: at(1) }),
    reservation({ id: 'elsewhere', quantity: '9.000', warehouseId: 'W2' }),
    reservation({ id: 'other-line', quantity: '9.000', orderLineId: 'L2' }),
  ];

  it('takes the oldest first, whole or in part, at the shipment’s warehouse only', () => {
    const { takes, missing } = planTakes(
      'W1',
      [{ orderLineId: 'L1', quantity: '4.5' }],
      reservations,
      new Set(['L1']),
    );
    expect(missing).toEqual([]);
    expect(takes.map((t) => [t.reservationId, t.quantity, t.whole])).toEqual([
      ['early', 3000n, true],
      ['late', 1500n, false],
    ]);
  });

  it('reports what the reservations do not cover, and skips lines without stock', () => {
    const { takes, missing } = planTakes(
      'W1',
      [
        { orderLineId: 'L1', quantity: '9' },
        { orderLineId: 'FREE', quantity: '2' },
      ],
      reservations,
      new Set(['L1']),
    );
    expect(takes.reduce((sum, t) => sum + t.quantity, 0n)).toBe(8000n);
    expect(missing).toEqual([{ orderLineId: 'L1', quantity: '1.000' }]);
  });
});

describe('pickup codes', () => {
  it('are 12 unambiguous symbols in three groups, from the random source', () => {
    let i = 0;
    const code = newPickupCode(() => i++ % PICKUP_CODE_ALPHABET.length);
    expect(code).toBe('ABCD-EFGH-JKMN');
    for (let n = 0; n < 50; n++)
      expect(newPickupCode()).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(PICKUP_CODE_ALPHABET).not.toMatch(/[01IOL]/);
  });

  it('hash alike however they are typed, and never contain the code', () => {
    const hash = pickupCodeHash('ABCD-EFGH-JKMN');
    expect(normalisePickupCode(' abcd efgh-jkmn ')).toBe('ABCDEFGHJKMN');
    expect(pickupCodeHash(' abcd efgh-jkmn ')).toBe(hash);
    expect(pickupCodeHash('ABCD-EFGH-JKMP')).not.toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('show an issued authorisation as expired from its end on (server time)', () => {
    const validUntil = at(30);
    expect(pickupViewStatus({ status: 'issued', validUntil }, at(29))).toBe('issued');
    expect(pickupViewStatus({ status: 'issued', validUntil }, at(30))).toBe('expired');
    expect(pickupViewStatus({ status: 'used', validUntil }, at(31))).toBe('used');
    expect(pickupViewStatus({ status: 'revoked', validUntil }, at(31))).toBe('revoked');
  });
});

describe('several refusals of one request', () => {
  it('answer with the first one’s code and status, and every field at fault in dotted form', () => {
    const e = refusalOfAll([
      orderError('SHIPMENT_QUANTITY_INVALID', { field: 'lines[0].quantity', lineId: 'L1' }),
      orderError('SHIPMENT_EXCEEDS_ORDERED', {
        field: 'lines[1].quantity',
        lineId: 'L2',
        params: { lineId: 'L2', remaining: '1.000', unit: 't' },
      }),
    ]);
    expect([e.code, e.status]).toEqual(['SHIPMENT_QUANTITY_INVALID', 422]);
    expect(e.data).toMatchObject({
      reason: 'SHIPMENT_QUANTITY_INVALID',
      lineId: 'L1',
      fields: [
        { path: 'lines.0.quantity' },
        {
          path: 'lines.1.quantity',
          message:
            'Cumulative shipments would exceed the ordered quantity; at most 1.000 t of line L2 remain',
        },
      ],
    });
  });

  it('carry the fulfilment codes’ own messages in both languages', () => {
    const e = refusalOfAll([
      {
        code: 'SHIPMENT_EXCEEDS_RESERVED',
        field: 'lines.0.quantity',
        params: { lineNo: '1', available: '3.000', unit: 't' },
      },
    ]);
    expect(e.status).toBe(422);
    expect(e.message).toBe(
      'Only 3.000 t of line 1 are reserved at this warehouse and not yet in a planned shipment',
    );
    expect((e.data as { messageZh: string }).messageZh).toBe(
      '第 1 行在该仓库预留且尚未安排发货的数量仅剩 3.000 t',
    );
  });
});
