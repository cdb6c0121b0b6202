import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal } from './decimal';
import { breakUnitPrice } from './ladder';
import { computeQuote } from './quote-engine';
import type {
  BreakdownLine,
  CandidateList,
  LadderBreak,
  LadderMode,
  LineKind,
  PaymentTerm,
  PaymentTermsRule,
  PricingContext,
  Quote,
  QuoteRequest,
} from './pricing.types';
import { context, day, item, list, SKU_ID } from './testing/fixtures';

/**
 * Property-based tests of the quote engine: random lists, ladders, terms, delivery rules,
 * quantities, special prices, taxes and rebates. Every amount is checked against an exact
 * rational computed independently here.
 */

const RUNS = { numRuns: 300 };
const TERMS: PaymentTerm[] = ['prepayment', 'cash', 'net30', 'net60', 'net90'];

/** The value, or a failed test when it is missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
const P4 = (text: string | undefined): bigint => must(parseDecimal(must(text), 4));
const Q3 = (text: string | undefined): bigint => must(parseDecimal(must(text), 3));

/** A decimal as a seller might type it: fixed places, or trailing zeros trimmed. */
const decimalText = (value: bigint, places: number, trim: boolean): string => {
  const s = formatDecimal(value, places);
  return trim && s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
};

const priceArb = fc.bigInt({ min: 0n, max: 10_000_000n }); // 0 … 1 000.0000
const quantityArb = fc.bigInt({ min: 1n, max: 10_000_000n }); // 0.001 … 10 000.000

/** Breaks at increasing quantities; absolute prices ≤ base, or percents in (0, 100]. */
const ladderArb = (base: bigint, monotone: boolean): fc.Arbitrary<LadderBreak[]> =>
  fc
    .array(
      fc.record({
        step: fc.bigInt({ min: 1n, max: 3_000_000n }),
        absolute: fc.boolean(),
        price: fc.bigInt({ min: 0n, max: base }),
        percent: fc.bigInt({ min: 1n, max: 10_000n }),
        trim: fc.boolean(),
      }),
      { maxLength: 4 },
    )
    .map((raw) => {
      let at = 0n;
      const breaks = raw.map((r) => {
        at += r.step;
        const rule: LadderBreak = {
          minQuantity: decimalText(at, 3, r.trim),
          kind: r.absolute ? 'absolute' : 'percent',
          value: r.absolute ? decimalText(r.price, 4, r.trim) : decimalText(r.percent, 2, r.trim),
        };
        return rule;
      });
      if (!monotone) return breaks;
      // the same quantities, prices re-ordered so that they never rise with quantity
      const byPrice = [...breaks].sort((a, b) => {
        const pa = breakUnitPrice(a, base);
        const pb = breakUnitPrice(b, base);
        return pa > pb ? -1 : pa < pb ? 1 : 0;
      });
      return breaks.map((b, i) => ({ ...b, kind: must(byPrice[i]).kind, value: must(byPrice[i]).value }));
    });

const termsArb: fc.Arbitrary<PaymentTermsRule> = fc.record({
  annualCostOfCapitalBps: fc.integer({ min: 0, max: 10_000 }),
  prepaymentDays: fc.integer({ min: 0, max: 365 }),
  overridesBps: fc.record(
    {
      prepayment: fc.integer({ min: -5000, max: 0 }),
      cash: fc.constant(0),
      net30: fc.integer({ min: 0, max: 5000 }),
      net60: fc.integer({ min: 0, max: 5000 }),
      net90: fc.integer({ min: 0, max: 5000 }),
    },
    { requiredKeys: [] },
  ),
});

interface Scenario {
  ctx: PricingContext;
  req: QuoteRequest;
  list: CandidateList;
}

const scenarioArb = (opts: { mode?: LadderMode; monotone?: boolean; special?: boolean } = {}) =>
  fc
    .record({
      base: priceArb,
      trim: fc.boolean(),
      mode: opts.mode ? fc.constant(opts.mode) : fc.constantFrom<LadderMode>('all_units', 'graduated'),
      floor: fc.option(priceArb),
      terms: termsArb,
      handling: fc.bigInt({ min: 0n, max: 100_000n }),
      freight: fc.bigInt({ min: 0n, max: 100_000n }),
      fee: fc.bigInt({ min: 0n, max: 1_000_000n }),
      taxRateBps: fc.integer({ min: 0, max: 1700 }),
      rebate: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10_000_000n })),
      quantity: quantityArb,
      term: fc.constantFrom(...TERMS),
      pickup: fc.boolean(),
      special: opts.special === false ? fc.constant(null) : fc.option(priceArb),
    })
    .chain((s) =>
      ladderArb(s.base, opts.monotone ?? false).map((ladder): Scenario => {
        const winner = list({
          item: item(decimalText(s.base, 4, s.trim), {
            ladderMode: s.mode,
            ladder,
            floorPrice: s.floor === null ? null : decimalText(s.floor, 4, s.trim),
          }),
          terms: s.terms,
          delivery: {
            pickups: [{ warehouseId: 'wh', handlingPerUnit: decimalText(s.handling, 4, s.trim) }],
            zones: [
              {
                code: 'Z',
                nameZh: '区',
                nameEn: 'Zone',
                regions: ['r1', 'r2'],
                freightPerUnit: decimalText(s.freight, 4, s.trim),
                perShipmentFeeMinor: s.fee,
              },
            ],
          },
        });
        const ctx = context([winner], {
          sku: { id: SKU_ID, taxRateBps: s.taxRateBps, minOrderQuantity: '0', orderIncrement: '0' },
          rebateAvailableMinor: s.rebate,
        });
        const req: QuoteRequest = {
          quantity: decimalText(s.quantity, 3, s.trim),
          paymentTerm: s.term,
          delivery: s.pickup ? { mode: 'pickup', warehouseId: 'wh' } : { mode: 'delivery', region: 'r2' },
          date: day('2026-06-15'),
          ...(s.special === null ? {} : { specialUnitPrice: decimalText(s.special, 4, s.trim) }),
        };
        return { ctx, req, list: winner };
      }),
    );

function quoteOf(ctx: PricingContext, req: QuoteRequest): Quote {
  const r = computeQuote(ctx, req);
  if (!r.ok) throw new Error(`expected a quote, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const find = (q: Quote, kind: LineKind): BreakdownLine | undefined => q.lines.find((l) => l.kind === kind);
const sum = (xs: readonly bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);
const abs = (x: bigint): bigint => (x < 0n ? -x : x);

/** |amount − numerator ÷ divisor| ≤ ½, exactly. */
const withinHalf = (amount: bigint, numerator: bigint, divisor: bigint): boolean =>
  abs(amount * divisor - numerator) * 2n <= divisor;

/** The applied all-units unit price: the ladder line's, else the base price. */
const appliedUnitPrice = (q: Quote): bigint =>
  P4(find(q, 'quantity_ladder')?.detail['unitPrice'] ?? q.baseUnitPrice);

describe('quote engine properties', () => {
  it('a price is never negative: total, net, tax, every unit price', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ ctx, req }) => {
        const q = quoteOf(ctx, req);
        expect(q.totalMinor >= 0n).toBe(true);
        expect(q.netMinor >= 0n).toBe(true);
        expect(q.taxMinor >= 0n).toBe(true);
        for (const price of [q.baseUnitPrice, q.unitPrice, q.special?.unitPrice, q.floorPrice]) {
          if (price != null) expect(P4(price) >= 0n).toBe(true);
        }
        const ladder = find(q, 'quantity_ladder');
        if (ladder) expect(P4(ladder.detail['unitPrice']) >= 0n).toBe(true);
        // the goods never go below zero at any step
        let running = 0n;
        for (const l of q.lines) {
          if (l.kind === 'tax' || l.kind === 'rebate') break;
          running += l.amountMinor;
          expect(running >= 0n).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('totalMinor is the sum of the lines; net + tax + rebate = total', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ ctx, req }) => {
        const q = quoteOf(ctx, req);
        expect(q.totalMinor).toBe(sum(q.lines.map((l) => l.amountMinor)));
        const tax = must(find(q, 'tax'));
        expect(tax.amountMinor).toBe(q.taxMinor);
        const beforeTax = q.lines.slice(0, q.lines.indexOf(tax));
        expect(q.netMinor).toBe(sum(beforeTax.map((l) => l.amountMinor)));
        const rebate = find(q, 'rebate')?.amountMinor ?? 0n;
        expect(q.netMinor + q.taxMinor + rebate).toBe(q.totalMinor);
        expect(rebate <= 0n && -rebate <= ctx.rebateAvailableMinor).toBe(true);
      }),
      RUNS,
    );
  });

  it('lines come in the §4 order, base and tax always present', () => {
    const ORDER: LineKind[] = [
      'base',
      'quantity_ladder',
      'payment_terms',
      'pickup',
      'freight',
      'shipment_fee',
      'special_price',
      'tax',
      'rebate',
    ];
    fc.assert(
      fc.property(scenarioArb(), ({ ctx, req }) => {
        const kinds = quoteOf(ctx, req).lines.map((l) => l.kind);
        expect(kinds[0]).toBe('base');
        expect(kinds).toContain('tax');
        const positions = kinds.map((k) => ORDER.indexOf(k));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(kinds).size).toBe(kinds.length);
      }),
      RUNS,
    );
  });

  it('all_units with a ladder whose prices never rise: more quantity never raises the unit price', () => {
    fc.assert(
      fc.property(
        scenarioArb({ mode: 'all_units', monotone: true, special: false }),
        quantityArb,
        ({ ctx, req }, other) => {
          const q1 = Q3(req.quantity);
          const [lo, hi] = q1 <= other ? [q1, other] : [other, q1];
          const low = quoteOf(ctx, { ...req, quantity: formatDecimal(lo, 3) });
          const high = quoteOf(ctx, { ...req, quantity: formatDecimal(hi, 3) });
          expect(appliedUnitPrice(high) <= appliedUnitPrice(low)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('graduated: the goods equal the sum of the bands, which cover the quantity', () => {
    fc.assert(
      fc.property(scenarioArb({ mode: 'graduated' }), ({ ctx, req }) => {
        const q = quoteOf(ctx, req);
        const ladder = find(q, 'quantity_ladder');
        if (!ladder) {
          const first = must(must(ctx.candidates[0]).item).ladder[0];
          expect(first === undefined || Q3(first.minQuantity) > Q3(req.quantity)).toBe(true);
          return;
        }
        const n = Number(ladder.detail['bands']);
        const band = (i: number, key: string) => must(ladder.detail[`band${i}.${key}`]);
        const amounts = Array.from({ length: n }, (_, i) => must(parseDecimal(band(i + 1, 'amount'), 2)));
        const quantities = Array.from({ length: n }, (_, i) => Q3(band(i + 1, 'quantity')));
        expect(must(find(q, 'base')).amountMinor + ladder.amountMinor).toBe(sum(amounts));
        expect(sum(quantities)).toBe(Q3(req.quantity));
        for (let i = 1; i <= n; i++) {
          // each band rounded once: within half a fen of quantity × price
          const exact = Q3(band(i, 'quantity')) * P4(band(i, 'unitPrice'));
          expect(withinHalf(must(amounts[i - 1]), exact, 100_000n)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('prepayment never costs more than cash, cash never more than any net term', () => {
    fc.assert(
      fc.property(scenarioArb({ special: false }), ({ ctx, req }) => {
        const at = (paymentTerm: PaymentTerm) => quoteOf(ctx, { ...req, paymentTerm });
        const cash = at('cash');
        const prepayment = at('prepayment');
        expect(prepayment.netMinor <= cash.netMinor).toBe(true);
        expect(prepayment.totalMinor <= cash.totalMinor).toBe(true);
        for (const term of ['net30', 'net60', 'net90'] as const) {
          const net = at(term);
          expect(cash.netMinor <= net.netMinor).toBe(true);
          expect(cash.totalMinor <= net.totalMinor).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('every line is within half a fen of its exact rational value', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ ctx, req, list: winner }) => {
        const q = quoteOf(ctx, req);
        const qty = Q3(req.quantity);
        const D = 100_000n; // quantity ×10^3 × price ×10^4 → fen ×10^2
        const at = (kind: LineKind) => find(q, kind)?.amountMinor;
        const base = must(at('base'));
        expect(withinHalf(base, qty * P4(must(winner.item).unitPrice), D)).toBe(true);

        let goods = base;
        const ladder = find(q, 'quantity_ladder');
        if (ladder) {
          if (ladder.detail['mode'] === 'all_units') {
            // round(qty × ladder price − base): the line is one rounding of that exact difference
            expect(withinHalf(ladder.amountMinor, qty * P4(ladder.detail['unitPrice']) - base * D, D)).toBe(
              true,
            );
          }
          goods += ladder.amountMinor;
        }

        const terms = must(winner.terms);
        if (req.paymentTerm === 'cash') expect(at('payment_terms')).toBeUndefined();
        else {
          const override = terms.overridesBps[req.paymentTerm];
          const days = { prepayment: -terms.prepaymentDays, net30: 30, net60: 60, net90: 90 }[
            req.paymentTerm
          ];
          const [num, den] =
            override !== undefined
              ? [BigInt(override), 10_000n]
              : [BigInt(terms.annualCostOfCapitalBps) * BigInt(days), 3_650_000n];
          expect(withinHalf(must(at('payment_terms')), goods * num, den)).toBe(true);
          goods += must(at('payment_terms'));
        }

        const delivery = must(winner.delivery);
        if (req.delivery.mode === 'pickup') {
          expect(withinHalf(must(at('pickup')), qty * P4(must(delivery.pickups[0]).handlingPerUnit), D)).toBe(
            true,
          );
        } else {
          expect(withinHalf(must(at('freight')), qty * P4(must(delivery.zones[0]).freightPerUnit), D)).toBe(
            true,
          );
          expect(at('shipment_fee')).toBe(must(delivery.zones[0]).perShipmentFeeMinor);
        }

        if (req.specialUnitPrice !== undefined) {
          const special = must(at('special_price'));
          expect(withinHalf(special, qty * P4(req.specialUnitPrice) - goods * D, D)).toBe(true);
          // discount = floor((computed − special) ÷ computed × 10^4), computed = 10·goods ÷ qty:
          // bps ≤ (10^5·goods − special·qty) ÷ (10·goods) < bps + 1, and 0 when nothing is off
          const S = P4(req.specialUnitPrice);
          const n = D * goods - S * qty;
          const bps = BigInt(must(q.special).discountBps);
          if (goods > 0n && n > 0n) expect(bps * 10n * goods <= n && n < (bps + 1n) * 10n * goods).toBe(true);
          else expect(bps).toBe(0n);
          const floor = must(winner.item).floorPrice;
          expect(must(q.special).belowFloor).toBe(floor !== null && S < P4(floor));
        }

        expect(withinHalf(q.taxMinor, q.netMinor * BigInt(ctx.sku.taxRateBps), 10_000n)).toBe(true);
        // the displayed unit price: goods ÷ quantity to half of 0.0001
        const goodsAfterAll =
          q.netMinor - (at('pickup') ?? 0n) - (at('freight') ?? 0n) - (at('shipment_fee') ?? 0n);
        expect(withinHalf(P4(q.unitPrice), goodsAfterAll * D, qty)).toBe(true);
      }),
      RUNS,
    );
  });

  const otherListArb = (ctx: PricingContext): fc.Arbitrary<CandidateList> =>
    fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 6 }).map((s) => `other-${s}`),
        contract: fc.boolean(),
        who: fc.constantFrom('buyer-2', 'buyer-3', 'grade-x', 'strategic', ''),
        price: priceArb,
        published: fc.boolean(),
        validFrom: fc.option(fc.constantFrom(day('2025-01-01'), day('2026-06-15'), day('2027-01-01'))),
        terms: fc.option(termsArb),
      })
      .filter((o) => (o.contract ? o.who !== ctx.buyerId : o.who !== ctx.buyerGradeId))
      .map((o) =>
        list({
          id: o.id,
          name: `Other ${o.id}`,
          kind: o.contract ? 'contract' : 'grade',
          buyerId: o.contract ? o.who || null : null,
          gradeId: o.contract ? null : o.who || null,
          item: item(formatDecimal(o.price, 4)),
          published: o.published,
          validFrom: o.validFrom,
          terms: o.terms,
          delivery: { pickups: [], zones: [] },
        }),
      );

  it('a quote never depends on lists of other buyers or other grades, nor shows them', () => {
    fc.assert(
      fc.property(
        scenarioArb().chain((s) =>
          fc.constantFrom(null, 'key').chain((grade) => {
            const ctx: PricingContext = {
              ...s.ctx,
              buyerGradeId: grade,
              candidates: [
                ...s.ctx.candidates,
                list({
                  id: 'mine',
                  kind: 'grade',
                  gradeId: 'key',
                  item: item('5'),
                  terms: null,
                  delivery: null,
                }),
                list({ id: 'my-contract', kind: 'contract', buyerId: 'buyer-1', published: false }),
              ],
            };
            return fc
              .array(otherListArb(ctx), { minLength: 1, maxLength: 5 })
              .chain((others) =>
                fc.shuffledSubarray([...ctx.candidates, ...others], {
                  minLength: ctx.candidates.length + others.length,
                }),
              )
              .map((mixed) => ({ ctx, req: s.req, mixed }));
          }),
        ),
        ({ ctx, req, mixed }) => {
          const alone = computeQuote(ctx, req);
          const withOthers = computeQuote({ ...ctx, candidates: mixed }, req);
          expect(withOthers).toEqual(alone);
          if (withOthers.ok) {
            expect(withOthers.value.explanation.some((e) => e.listId.startsWith('other-'))).toBe(false);
          }
        },
      ),
      RUNS,
    );
  });

  it('the allowed quantities are exactly min, min + increment, min + 2·increment …', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 100_000n }),
        fc.bigInt({ min: 0n, max: 10_000n }),
        fc.bigInt({ min: 1n, max: 300_000n }),
        (min, inc, qty) => {
          const ctx = context([list()], {
            sku: {
              id: SKU_ID,
              taxRateBps: 0,
              minOrderQuantity: formatDecimal(min, 3),
              orderIncrement: formatDecimal(inc, 3),
            },
          });
          const r = computeQuote(ctx, {
            quantity: formatDecimal(qty, 3),
            paymentTerm: 'cash',
            delivery: { mode: 'pickup', warehouseId: 'wh-1' },
            date: day('2026-06-15'),
          });
          const allowed = qty >= min && (inc === 0n || (qty - min) % inc === 0n);
          expect(r.ok).toBe(allowed);
          if (!r.ok) {
            expect(r.error.code).toBe(qty < min ? 'BELOW_MINIMUM_QUANTITY' : 'OFF_INCREMENT');
            if (r.error.code === 'OFF_INCREMENT') {
              const below = Q3(r.error.params?.['nearestBelow']);
              const above = Q3(r.error.params?.['nearestAbove']);
              expect(below < qty && qty < above && above - below === inc).toBe(true);
            }
          }
        },
      ),
      RUNS,
    );
  });
});
