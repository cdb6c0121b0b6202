import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatQuantity } from './quantity';
import {
  DEFAULT_RECEIPT_TOLERANCE_BPS,
  evaluateReceipt,
  gradeMatches,
  quantityVariance,
  toleranceFor,
  type ReceiptLineInput,
} from './receipt-rules';
import { failure, value } from './testing/fixtures';

const line = (over: Partial<ReceiptLineInput> = {}): ReceiptLineInput => ({
  lineId: 'L1',
  unit: 't',
  shippedQuantity: '100.000',
  receivedQuantity: '100.000',
  orderedGrade: 'Q235B',
  receivedGrade: 'Q235B',
  ...over,
});

const one = (over: Partial<ReceiptLineInput> = {}, toleranceBps?: number) => {
  const evaluation = value(evaluateReceipt([line(over)], toleranceBps === undefined ? {} : { toleranceBps }));
  const first = evaluation.lines[0];
  if (first === undefined) throw new Error('no line');
  return { ...first, outcome: evaluation.outcome };
};

describe('evaluateReceipt: tolerance at the boundaries (100 t shipped, ±0.5 %)', () => {
  it.each([
    ['100.000', '0.000', 0, true],
    ['99.500', '-0.500', -50, true],
    ['100.500', '0.500', 50, true],
    ['99.499', '-0.501', -50, false],
    ['100.501', '0.501', 50, false],
    ['99.000', '-1.000', -100, false],
    ['0', '-100.000', -10000, false],
  ])('received %s: variance %s, %i bps, within %s', (received, variance, bps, within) => {
    const r = one({ receivedQuantity: received });
    expect(r).toMatchObject({
      shipped: '100.000',
      variance,
      varianceBps: bps,
      toleranceBps: DEFAULT_RECEIPT_TOLERANCE_BPS,
      withinTolerance: within,
      gradeMatches: true,
      issues: within ? [] : ['quantity_outside_tolerance'],
      outcome: within ? 'accept' : 'dispute',
    });
  });

  it('rounds the bps figure half away from zero, but decides on the exact variance', () => {
    // 0.025 on 100 = 2.5 bps → 3; −2.5 → −3; 0.024 → 2.4 → 2
    expect(one({ receivedQuantity: '100.025' }).varianceBps).toBe(3);
    expect(one({ receivedQuantity: '99.975' }).varianceBps).toBe(-3);
    expect(one({ receivedQuantity: '100.024' }).varianceBps).toBe(2);
    // −0.1 bps rounds to a plain 0, never −0
    expect(Object.is(one({ receivedQuantity: '99.999' }).varianceBps, 0)).toBe(true);
    // 0.050 over 9.999 t is 50.005 bps: shown as 50, yet outside ±50 bps
    const r = one({ shippedQuantity: '9.999', receivedQuantity: '10.049' });
    expect(r.varianceBps).toBe(50);
    expect(r.withinTolerance).toBe(false);
  });

  it('uses a configured tolerance', () => {
    expect(one({ receivedQuantity: '99.000' }, 100).withinTolerance).toBe(true);
    expect(one({ receivedQuantity: '99.999' }, 0).withinTolerance).toBe(false);
    expect(one({ receivedQuantity: '100' }, 0).withinTolerance).toBe(true);
  });

  it('counts pieces and boxes exactly unless the line says otherwise', () => {
    expect(one({ unit: 'box', shippedQuantity: '1000', receivedQuantity: '999' })).toMatchObject({
      toleranceBps: 0,
      withinTolerance: false,
    });
    expect(one({ unit: 'piece', shippedQuantity: '1000', receivedQuantity: '1000' }).withinTolerance).toBe(
      true,
    );
    expect(
      one({ unit: 'piece', shippedQuantity: '1000', receivedQuantity: '999', toleranceBps: 10 })
        .withinTolerance,
    ).toBe(true);
    expect(toleranceFor({ unit: 'kg' }, 80)).toBe(80);
    expect(toleranceFor({ unit: 'm3' }, 80)).toBe(80);
    expect(toleranceFor({ unit: 'box' }, 80)).toBe(0);
    expect(toleranceFor({ unit: 't', toleranceBps: 20 }, 80)).toBe(20);
  });
});

describe('evaluateReceipt: grade', () => {
  it('disputes another grade even when the quantity is right', () => {
    expect(one({ receivedGrade: 'Q195' })).toMatchObject({
      withinTolerance: true,
      gradeMatches: false,
      issues: ['grade_mismatch'],
      outcome: 'dispute',
    });
    expect(one({ receivedGrade: 'Q195', receivedQuantity: '98' }).issues).toEqual([
      'quantity_outside_tolerance',
      'grade_mismatch',
    ]);
  });

  it('compares grades trimmed and case-insensitively; a missing grade has nothing to compare', () => {
    expect(gradeMatches('Q235B', ' q235b ')).toBe(true);
    expect(gradeMatches('一级', '一级')).toBe(true);
    expect(gradeMatches('一级', '二级')).toBe(false);
    expect(gradeMatches(null, 'A')).toBe(true);
    expect(gradeMatches('A', null)).toBe(true);
    expect(gradeMatches('A', '  ')).toBe(true);
  });

  it('accepts a receipt only when every line is clean', () => {
    const evaluation = value(
      evaluateReceipt([line(), line({ lineId: 'L2', receivedQuantity: '100.4' }), line({ lineId: 'L3' })]),
    );
    expect(evaluation.outcome).toBe('accept');
    const disputed = value(evaluateReceipt([line(), line({ lineId: 'L2', receivedGrade: 'B' })]));
    expect(disputed.outcome).toBe('dispute');
    expect(disputed.lines.map((l) => l.issues.length)).toEqual([0, 1]);
  });
});

describe('evaluateReceipt: refusals', () => {
  it('refuses an empty receipt and a bad receipt tolerance', () => {
    expect(failure(evaluateReceipt([]))).toEqual([{ code: 'RECEIPT_EMPTY', field: 'lines' }]);
    for (const toleranceBps of [-1, 10_001, 0.5, Number.NaN]) {
      expect(failure(evaluateReceipt([line()], { toleranceBps }))).toEqual([
        { code: 'RECEIPT_TOLERANCE_INVALID', field: 'toleranceBps' },
      ]);
    }
  });

  it.each(['-0.001', '1.0001', 'abc', '', '1e2'])('refuses the received quantity %j', (receivedQuantity) => {
    expect(failure(evaluateReceipt([line({ receivedQuantity })]))).toEqual([
      { code: 'RECEIPT_QUANTITY_INVALID', field: 'lines[0].receivedQuantity', lineId: 'L1' },
    ]);
  });

  it('reports every problem with its field path', () => {
    const problems = failure(
      evaluateReceipt([
        line(),
        line({ lineId: 'L1' }),
        line({ lineId: 'L2', receivedQuantity: 'x', toleranceBps: 20_000 }),
      ]),
    );
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['RECEIPT_DUPLICATE_LINE', 'lines[1].lineId'],
      ['RECEIPT_QUANTITY_INVALID', 'lines[2].receivedQuantity'],
      ['RECEIPT_TOLERANCE_INVALID', 'lines[2].toleranceBps'],
    ]);
  });

  it('throws on a stored shipped quantity that is not positive', () => {
    expect(() => evaluateReceipt([line({ shippedQuantity: '0' })])).toThrow(RangeError);
    expect(() => quantityVariance(0n, 1n, 50)).toThrow(RangeError);
    expect(() => quantityVariance(1n, 1n, -1)).toThrow(RangeError);
  });
});

describe('receipt properties', () => {
  const RUNS = { numRuns: 500 };
  const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
  const shippedArb = fc.bigInt({ min: 1n, max: 100_000_000n }); // 0.001 … 100 000 units
  const deltaArb = fc.oneof(fc.bigInt({ min: 0n, max: 2_000n }), fc.bigInt({ min: 0n, max: 100_000_000n }));
  const toleranceArb = fc.oneof(fc.constant(50), fc.integer({ min: 0, max: 10_000 }));

  it('is symmetrical: received = shipped ± d give opposite variances and the same verdict', () => {
    fc.assert(
      fc.property(shippedArb, deltaArb, toleranceArb, (shipped, delta, tol) => {
        const d = delta % (shipped + 1n); // received = shipped − d stays ≥ 0
        const over = quantityVariance(shipped, shipped + d, tol);
        const under = quantityVariance(shipped, shipped - d, tol);
        expect(over.variance).toBe(d);
        expect(under.variance).toBe(-d);
        expect(over.varianceBps + under.varianceBps).toBe(0);
        expect(over.withinTolerance).toBe(under.withinTolerance);
      }),
      RUNS,
    );
  });

  it('is within tolerance iff |variance| ≤ tolerance × shipped, and its bps is the half-up rounding', () => {
    fc.assert(
      fc.property(
        shippedArb,
        fc.bigInt({ min: 0n, max: 200_000_000n }),
        fc.bigInt({ min: -3_000n, max: 3_000n }),
        fc.boolean(),
        toleranceArb,
        (shipped, anyReceived, offset, near, tol) => {
          // half the time received is close to shipped, around the tolerance boundary
          const nearby = shipped + offset;
          const received = near ? (nearby < 0n ? 0n : nearby) : anyReceived;
          const r = value(
            evaluateReceipt(
              [
                line({
                  shippedQuantity: formatQuantity(shipped),
                  receivedQuantity: formatQuantity(received),
                }),
              ],
              { toleranceBps: tol },
            ),
          ).lines[0];
          // an independent oracle in decimal.js, on the texts
          const s = new D(formatQuantity(shipped));
          const v = new D(formatQuantity(received)).minus(s);
          expect(r?.variance).toBe(v.toFixed(3));
          expect(r?.withinTolerance).toBe(v.abs().lte(new D(tol).div(10_000).times(s)));
          expect(r?.varianceBps).toBe(v.div(s).times(10_000).toDecimalPlaces(0).toNumber() + 0 /* −0 → 0 */);
        },
      ),
      RUNS,
    );
  });
});
