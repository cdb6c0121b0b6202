import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity } from './quantity';
import {
  summariseShipping,
  validateShipment,
  type OrderLineQuantity,
  type RecordedShipment,
  type ShipmentLine,
  type ShipmentStatus,
} from './shipment-rules';
import { failure, value } from './testing/fixtures';

/** 120 t of rebar and 3 000 boxes of sugar. */
const LINES: OrderLineQuantity[] = [
  { lineId: 'L1', quantity: '120', unit: 't' },
  { lineId: 'L2', quantity: '3000.000', unit: 'box' },
];

const shipment = (id: string, status: ShipmentStatus, lines: ShipmentLine[]): RecordedShipment => ({
  id,
  status,
  lines,
});

describe('summariseShipping', () => {
  it('starts with everything remaining', () => {
    expect(summariseShipping(LINES, [])).toEqual({
      lines: [
        {
          lineId: 'L1',
          unit: 't',
          ordered: '120.000',
          shipped: '0.000',
          remaining: '120.000',
          fullyShipped: false,
        },
        {
          lineId: 'L2',
          unit: 'box',
          ordered: '3000.000',
          shipped: '0.000',
          remaining: '3000.000',
          fullyShipped: false,
        },
      ],
      fullyShipped: false,
      allShipmentsArrived: false,
      fullyDelivered: false,
    });
  });

  it('adds non-cancelled shipments exactly and ignores cancelled ones', () => {
    const summary = summariseShipping(LINES, [
      shipment('S1', 'arrived', [{ lineId: 'L1', quantity: '40.125' }]),
      shipment('S2', 'in_transit', [
        { lineId: 'L1', quantity: '0.001' },
        { lineId: 'L2', quantity: '3000' },
      ]),
      shipment('S3', 'cancelled', [{ lineId: 'L1', quantity: '79.874' }]),
    ]);
    expect(summary.lines.map((l) => [l.shipped, l.remaining, l.fullyShipped])).toEqual([
      ['40.126', '79.874', false],
      ['3000.000', '0.000', true],
    ]);
    expect(summary.fullyShipped).toBe(false);
    expect(summary.allShipmentsArrived).toBe(false);
  });

  it('is fully delivered once everything is shipped and every live shipment has arrived', () => {
    const shipments = [
      shipment('S1', 'arrived', [{ lineId: 'L1', quantity: '60' }]),
      shipment('S2', 'cancelled', [{ lineId: 'L1', quantity: '60' }]),
      shipment('S3', 'arrived', [
        { lineId: 'L1', quantity: '60' },
        { lineId: 'L2', quantity: '3000' },
      ]),
    ];
    expect(summariseShipping(LINES, shipments)).toMatchObject({
      fullyShipped: true,
      allShipmentsArrived: true,
      fullyDelivered: true,
    });
    const inTransit = [...shipments, shipment('S4', 'planned', [])];
    expect(summariseShipping(LINES, inTransit)).toMatchObject({ fullyShipped: true, fullyDelivered: false });
  });

  it('throws on corrupt stored data', () => {
    expect(() => summariseShipping([{ lineId: 'L1', quantity: '0', unit: 't' }], [])).toThrow(RangeError);
    expect(() => summariseShipping([{ lineId: 'L1', quantity: '1.0001', unit: 't' }], [])).toThrow(
      RangeError,
    );
    expect(() => summariseShipping([...LINES, LINES[0] as OrderLineQuantity], [])).toThrow(/Duplicate/);
    expect(() =>
      summariseShipping(LINES, [shipment('S1', 'planned', [{ lineId: 'X', quantity: '1' }])]),
    ).toThrow(/unknown order line X/);
    expect(() =>
      summariseShipping(LINES, [shipment('S1', 'planned', [{ lineId: 'L1', quantity: '-1' }])]),
    ).toThrow(RangeError);
  });
});

describe('validateShipment', () => {
  const recorded = [shipment('S1', 'arrived', [{ lineId: 'L1', quantity: '100.5' }])];

  it('accepts a split shipment up to the remaining quantity and returns the summary after it', () => {
    const after = value(
      validateShipment(LINES, recorded, [
        { lineId: 'L1', quantity: '19.5' },
        { lineId: 'L2', quantity: '1200' },
      ]),
    );
    expect(after.lines.map((l) => l.remaining)).toEqual(['0.000', '1800.000']);
    expect(after.lines[0]?.fullyShipped).toBe(true);
    expect(after.fullyShipped).toBe(false);
    // the new shipment is planned, so the order is not delivered yet
    expect(after.allShipmentsArrived).toBe(false);
  });

  it('refuses more than remains, naming the line, the remaining quantity and its unit', () => {
    expect(failure(validateShipment(LINES, recorded, [{ lineId: 'L1', quantity: '19.501' }]))).toEqual([
      {
        code: 'SHIPMENT_EXCEEDS_ORDERED',
        field: 'lines[0].quantity',
        lineId: 'L1',
        params: { lineId: 'L1', remaining: '19.500', unit: 't' },
      },
    ]);
  });

  it('counts a cancelled shipment as not shipped', () => {
    const cancelled = [shipment('S1', 'cancelled', [{ lineId: 'L1', quantity: '120' }])];
    expect(validateShipment(LINES, cancelled, [{ lineId: 'L1', quantity: '120' }]).ok).toBe(true);
  });

  it('refuses an empty shipment', () => {
    expect(failure(validateShipment(LINES, [], []))).toEqual([{ code: 'SHIPMENT_EMPTY', field: 'lines' }]);
  });

  it.each(['0', '0.000', '-1', '1.2345', '1e3', '', ' 5', '5.', '+5', '1,000'])(
    'refuses the quantity %j',
    (quantity) => {
      expect(failure(validateShipment(LINES, [], [{ lineId: 'L1', quantity }]))).toEqual([
        { code: 'SHIPMENT_QUANTITY_INVALID', field: 'lines[0].quantity', lineId: 'L1' },
      ]);
    },
  );

  it('reports every problem with its field path', () => {
    const problems = failure(
      validateShipment(LINES, recorded, [
        { lineId: 'L2', quantity: '10' },
        { lineId: 'nope', quantity: '1' },
        { lineId: 'L2', quantity: '1' },
        { lineId: 'L1', quantity: '20' },
      ]),
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['SHIPMENT_UNKNOWN_LINE', 'lines[1].lineId'],
      ['SHIPMENT_DUPLICATE_LINE', 'lines[2].lineId'],
      ['SHIPMENT_EXCEEDS_ORDERED', 'lines[3].quantity'],
    ]);
    expect(problems[0]?.params).toEqual({ lineId: 'nope' });
  });
});

describe('split shipment properties', () => {
  const RUNS = { numRuns: 300 };

  /** 1–4 order lines of 0.001 … 10 000 units. */
  const orderArb = fc
    .array(fc.bigInt({ min: 1n, max: 10_000_000n }), { minLength: 1, maxLength: 4 })
    .map((qs) => qs.map((q, i) => ({ lineId: `L${i}`, ordered: q })));

  const attemptArb = fc.record({
    picks: fc.array(fc.record({ line: fc.nat(), quantity: fc.bigInt({ min: -5n, max: 3_000_000n }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    status: fc.constantFrom<ShipmentStatus>('planned', 'in_transit', 'arrived', 'cancelled'),
    trim: fc.boolean(),
  });

  /** A quantity as a user may type it: 3 places, or trailing zeros trimmed. */
  const text = (q: bigint, trim: boolean): string => {
    const s = formatQuantity(q);
    return trim ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  };

  it('never ships more than ordered, and remaining = ordered − Σ shipped exactly', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(orderArb, fc.array(attemptArb, { minLength: 5, maxLength: 25 }), (order, attempts) => {
        const lines = order.map((l) => ({
          lineId: l.lineId,
          quantity: formatQuantity(l.ordered),
          unit: 't',
        }));
        const shipped = new Map(order.map((l) => [l.lineId, 0n]));
        const shipments: RecordedShipment[] = [];
        attempts.forEach((attempt, n) => {
          const picked = attempt.picks.map((p) => ({
            line: order[p.line % order.length],
            quantity: p.quantity,
          }));
          const newLines = picked.map((p) => ({
            lineId: p.line?.lineId ?? '',
            quantity: text(p.quantity, attempt.trim),
          }));
          // the oracle: distinct lines, each quantity in (0, remaining]
          const ids = picked.map((p) => p.line?.lineId);
          const expectedOk =
            new Set(ids).size === ids.length &&
            picked.every((p) => {
              const line = p.line;
              if (line === undefined) return false;
              return p.quantity > 0n && p.quantity <= line.ordered - (shipped.get(line.lineId) ?? 0n);
            });
          const result = validateShipment(lines, shipments, newLines);
          expect(result.ok).toBe(expectedOk);
          if (!result.ok) {
            refused += 1;
            return;
          }
          accepted += 1;
          shipments.push({ id: `S${n}`, status: attempt.status, lines: newLines });
          if (attempt.status !== 'cancelled') {
            for (const p of picked) {
              const id = p.line?.lineId ?? '';
              shipped.set(id, (shipped.get(id) ?? 0n) + p.quantity);
            }
          }
        });
        const summary = summariseShipping(lines, shipments);
        order.forEach((line, i) => {
          const sent = shipped.get(line.lineId) ?? 0n;
          expect(sent).toBeLessThanOrEqual(line.ordered);
          expect(summary.lines[i]?.shipped).toBe(formatQuantity(sent));
          expect(summary.lines[i]?.remaining).toBe(formatQuantity(line.ordered - sent));
          expect(summary.lines[i]?.fullyShipped).toBe(sent === line.ordered);
        });
        expect(summary.fullyShipped).toBe(order.every((l) => shipped.get(l.lineId) === l.ordered));
      }),
      RUNS,
    );
    // the generator exercises both sides of the rule
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('always accepts shipping exactly what remains, which completes the order', () => {
    fc.assert(
      fc.property(
        orderArb,
        fc.array(fc.bigInt({ min: 1n, max: 1000n }), { maxLength: 3 }),
        (order, parts) => {
          const lines = order.map((l) => ({
            lineId: l.lineId,
            quantity: formatQuantity(l.ordered),
            unit: 'kg',
          }));
          const shipments: RecordedShipment[] = [];
          // a few partial shipments of the first line, each ≤ what remains
          let sent = 0n;
          const first = order[0];
          if (first === undefined) throw new Error('no line');
          parts.forEach((part, n) => {
            if (sent + part >= first.ordered) return;
            const newLines = [{ lineId: first.lineId, quantity: formatQuantity(part) }];
            value(validateShipment(lines, shipments, newLines));
            shipments.push({ id: `P${n}`, status: 'arrived', lines: newLines });
            sent += part;
          });
          const rest = summariseShipping(lines, shipments).lines.map((l) => ({
            lineId: l.lineId,
            quantity: l.remaining,
          }));
          const after = value(validateShipment(lines, shipments, rest));
          expect(after.fullyShipped).toBe(true);
          expect(after.lines.every((l) => l.remaining === '0.000')).toBe(true);
          // and then not even a thousandth more
          const all = [...shipments, { id: 'last', status: 'arrived' as const, lines: rest }];
          const more = failure(validateShipment(lines, all, [{ lineId: first.lineId, quantity: '0.001' }]));
          expect(more[0]?.code).toBe('SHIPMENT_EXCEEDS_ORDERED');
          expect(summariseShipping(lines, all).fullyDelivered).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
