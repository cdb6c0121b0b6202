import { describe, expect, it } from 'vitest';
import { computeQuote, explainForSeller } from './quote-engine';
import type { BreakdownLine, LineKind, PricingContext, Quote, QuoteRequest } from './pricing.types';
import type { QuoteError } from './pricing.errors';
import { context, day, EVERYWHERE, item, list, request } from './testing/fixtures';

/**
 * The examples of DESIGN.md §4 with figures worked out by hand in the comments. Amounts are in
 * fen (1/100 yuan); every line is rounded half-up once.
 */

function quoteOf(ctx: PricingContext, req: QuoteRequest): Quote {
  const r = computeQuote(ctx, req);
  if (!r.ok) throw new Error(`expected a quote, got ${JSON.stringify(r.error)}`);
  return r.value;
}

function errorOf(ctx: PricingContext, req: QuoteRequest): QuoteError {
  const r = computeQuote(ctx, req);
  if (r.ok) throw new Error('expected an error, got a quote');
  return r.error;
}

const amounts = (q: Quote): Partial<Record<LineKind, bigint>> =>
  Object.fromEntries(q.lines.map((l) => [l.kind, l.amountMinor]));

const line = (q: Quote, kind: LineKind): BreakdownLine => {
  const found = q.lines.find((l) => l.kind === kind);
  if (!found) throw new Error(`no ${kind} line`);
  return found;
};

// Base 10.0000 a unit; from 1 000 units 9.5000; from 5 000 units 10 % off (9.0000).
const LADDER = [
  { minQuantity: '1000', kind: 'absolute' as const, value: '9.5' },
  { minQuantity: '5000', kind: 'percent' as const, value: '10' },
];

describe('quantity ladder (阶梯价)', () => {
  const allUnits = context([list({ item: item('10', { ladder: LADDER }) })]);
  const graduated = context([list({ item: item('10', { ladderMode: 'graduated', ladder: LADDER }) })]);

  it('100 units: no break reached, the base price applies', () => {
    // base 100 × 10.0000 = 1 000.00 → 100 000; tax 13 % = 13 000; total 113 000
    const q = quoteOf(allUnits, request('100'));
    expect(amounts(q)).toEqual({ base: 100_000n, pickup: 0n, tax: 13_000n });
    expect(q.netMinor).toBe(100_000n);
    expect(q.totalMinor).toBe(113_000n);
    expect(q.unitPrice).toBe('10.0000');
    expect(q.lines.map((l) => l.kind)).toEqual(['base', 'pickup', 'tax']);
  });

  it('10 000 units, all_units: the 5 000 break (10 % off) prices every unit', () => {
    // base 10 000 × 10.0000 = 100 000.00 → 10 000 000
    // ladder 10 000 × 9.0000 = 90 000.00 → 9 000 000, line 9 000 000 − 10 000 000 = −1 000 000
    // tax 9 000 000 × 13 % = 1 170 000; total 10 170 000
    const q = quoteOf(allUnits, request('10000'));
    expect(amounts(q)).toEqual({
      base: 10_000_000n,
      quantity_ladder: -1_000_000n,
      pickup: 0n,
      tax: 1_170_000n,
    });
    expect(q.totalMinor).toBe(10_170_000n);
    expect(q.unitPrice).toBe('9.0000');
    expect(line(q, 'quantity_ladder').detail).toMatchObject({
      mode: 'all_units',
      break: '2',
      minQuantity: '5000.000',
      breakKind: 'percent',
      breakValue: '10',
      unitPrice: '9.0000',
    });
  });

  it('1 000 units exactly reach the first break (9.5000)', () => {
    // 1 000 × 9.5 = 9 500.00 → 950 000; base 1 000 000; line −50 000
    const q = quoteOf(allUnits, request('1000'));
    expect(line(q, 'quantity_ladder').amountMinor).toBe(-50_000n);
    // 999.999 units stay below it
    expect(quoteOf(allUnits, request('999.999')).lines.map((l) => l.kind)).not.toContain('quantity_ladder');
  });

  it('10 000 units, graduated: each band at its own price', () => {
    // [0, 1 000)      1 000 × 10.0000 = 10 000.00 → 1 000 000
    // [1 000, 5 000)  4 000 ×  9.5000 = 38 000.00 → 3 800 000
    // [5 000, …)      5 000 ×  9.0000 = 45 000.00 → 4 500 000
    // Σ 9 300 000; line 9 300 000 − 10 000 000 = −700 000; tax 1 209 000; total 10 509 000
    const q = quoteOf(graduated, request('10000'));
    expect(line(q, 'quantity_ladder').amountMinor).toBe(-700_000n);
    expect(q.totalMinor).toBe(10_509_000n);
    expect(q.unitPrice).toBe('9.3000');
    expect(line(q, 'quantity_ladder').detail).toMatchObject({
      mode: 'graduated',
      bands: '3',
      'band1.from': '0.000',
      'band1.to': '1000.000',
      'band1.amount': '10000.00',
      'band2.unitPrice': '9.5000',
      'band2.amount': '38000.00',
      'band3.from': '5000.000',
      'band3.to': '',
      'band3.quantity': '5000.000',
      'band3.amount': '45000.00',
    });
  });

  it('100 units, graduated: below the first break there is no ladder line', () => {
    expect(amounts(quoteOf(graduated, request('100')))).toEqual({ base: 100_000n, pickup: 0n, tax: 13_000n });
  });

  it('rounds each band once, half-up', () => {
    // base 3.3333; break at 1.5 units: 3.1111. Quantity 2.5:
    // base 2.5 × 3.3333 = 8.33325 → 833.325 fen → 833
    // bands: 1.5 × 3.3333 = 4.99995 → 500 (499.995 rounds up); 1 × 3.1111 → 311.11 → 311; Σ 811
    // line 811 − 833 = −22
    const ctx = context([
      list({
        item: item('3.3333', {
          ladderMode: 'graduated',
          ladder: [{ minQuantity: '1.5', kind: 'absolute', value: '3.1111' }],
        }),
      }),
    ]);
    const q = quoteOf(ctx, request('2.5'));
    expect(amounts(q)).toMatchObject({ base: 833n, quantity_ladder: -22n });
  });

  it('a percent break rounds the ladder price half-up to 4 places', () => {
    // 9.9999 less 2.5 % = 9.74990250 → 9.7499; 1 000 × 9.7499 = 9 749.90 → 974 990
    const ctx = context([
      list({ item: item('9.9999', { ladder: [{ minQuantity: '10', kind: 'percent', value: '2.5' }] }) }),
    ]);
    const q = quoteOf(ctx, request('1000'));
    expect(line(q, 'quantity_ladder').detail['unitPrice']).toBe('9.7499');
    expect(line(q, 'base').amountMinor + line(q, 'quantity_ladder').amountMinor).toBe(974_990n);
  });
});

describe('tiered base prices (分层报价): the same SKU for different buyers', () => {
  const lists = [
    list({
      id: 'contract-b1',
      name: '华信合同价',
      kind: 'contract',
      buyerId: 'b-contract',
      item: item('8.8'),
    }),
    list({
      id: 'grade-strategic',
      name: '战略客户价',
      kind: 'grade',
      gradeId: 'strategic',
      item: item('9.2'),
    }),
    list({ id: 'grade-standard', name: '标准客户价', kind: 'grade', gradeId: 'standard', item: item('9.8') }),
    list({ id: 'public', name: '公开价', item: item('10') }),
  ];

  it('a strategic-grade customer gets the grade list: 100 × 9.2000 = 920.00', () => {
    const q = quoteOf(context(lists, { buyerId: 'b-strategic', buyerGradeId: 'strategic' }), request('100'));
    expect(q.listId).toBe('grade-strategic');
    expect(q.listKind).toBe('grade');
    expect(line(q, 'base').amountMinor).toBe(92_000n);
    expect(q.explanation).toEqual([
      {
        listId: 'grade-strategic',
        listName: '战略客户价',
        kind: 'grade',
        outcome: 'won',
        unitPrice: '9.2000',
      },
      { listId: 'public', listName: '公开价', kind: 'list', outcome: 'outranked', unitPrice: '10.0000' },
    ]);
  });

  it('a contract customer gets the contract even though it also has a grade: 100 × 8.8000 = 880.00', () => {
    const q = quoteOf(context(lists, { buyerId: 'b-contract', buyerGradeId: 'strategic' }), request('100'));
    expect(q.listId).toBe('contract-b1');
    expect(line(q, 'base').amountMinor).toBe(88_000n);
    expect(q.explanation.map((e) => [e.listId, e.outcome])).toEqual([
      ['contract-b1', 'won'],
      ['grade-strategic', 'outranked'],
      ['public', 'outranked'],
    ]);
  });

  it('a new customer without a grade gets the public list: 100 × 10.0000 = 1 000.00', () => {
    const q = quoteOf(context(lists, { buyerId: 'b-new', buyerGradeId: null }), request('100'));
    expect(q.listId).toBe('public');
    expect(line(q, 'base').amountMinor).toBe(100_000n);
    expect(q.explanation).toEqual([
      { listId: 'public', listName: '公开价', kind: 'list', outcome: 'won', unitPrice: '10.0000' },
    ]);
  });

  it('an anonymous visitor (no buyer) gets the public list and never a contract with a null buyer', () => {
    const withNullContract = [
      ...lists,
      list({ id: 'c-null', kind: 'contract', buyerId: null, item: item('1') }),
    ];
    const q = quoteOf(context(withNullContract, { buyerId: null, buyerGradeId: null }), request('1'));
    expect(q.listId).toBe('public');
    expect(q.explanation.map((e) => e.listId)).toEqual(['public']);
  });
});

describe('payment terms: cash is the reference', () => {
  // 8 % a year, prepayment 30 days before delivery, net 90 overridden to +2.5 %
  const terms = { annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: { net90: 250 } };
  const ctx = context([list({ terms })]);
  const at = (paymentTerm: QuoteRequest['paymentTerm']) => quoteOf(ctx, request('100', { paymentTerm }));

  it('cash: no terms line; 100 × 10 = 100 000, tax 13 000, total 113 000', () => {
    const q = at('cash');
    expect(q.lines.map((l) => l.kind)).not.toContain('payment_terms');
    expect(q.netMinor).toBe(100_000n);
    expect(q.totalMinor).toBe(113_000n);
  });

  it('prepayment 30 days earns a discount: −100 000 × 800 × 30 ÷ 3 650 000 = −657.53 → −658', () => {
    // net 99 342; tax 12 914.46 → 12 914; total 112 256
    const q = at('prepayment');
    expect(line(q, 'payment_terms').amountMinor).toBe(-658n);
    expect(line(q, 'payment_terms').detail).toMatchObject({
      term: 'prepayment',
      source: 'formula',
      annualCostOfCapitalBps: '800',
      days: '30',
      rateBps: '-65.7534',
      goods: '1000.00',
    });
    expect(q.netMinor).toBe(99_342n);
    expect(q.taxMinor).toBe(12_914n);
    expect(q.totalMinor).toBe(112_256n);
    expect(q.unitPrice).toBe('9.9342');
  });

  it('net 60 adds a charge: 100 000 × 800 × 60 ÷ 3 650 000 = 1 315.07 → 1 315', () => {
    // net 101 315; tax 13 170.95 → 13 171; total 114 486
    const q = at('net60');
    expect(line(q, 'payment_terms').amountMinor).toBe(1_315n);
    expect(q.taxMinor).toBe(13_171n);
    expect(q.totalMinor).toBe(114_486n);
  });

  it('prepay < cash < net 60, exact to the fen', () => {
    expect(at('prepayment').totalMinor).toBeLessThan(at('cash').totalMinor);
    expect(at('cash').totalMinor).toBeLessThan(at('net60').totalMinor);
  });

  it('an override replaces the formula: net 90 at 250 bps = 2 500', () => {
    const q = at('net90');
    expect(line(q, 'payment_terms').amountMinor).toBe(2_500n);
    expect(line(q, 'payment_terms').detail).toMatchObject({ source: 'override', rateBps: '250' });
  });

  it('applies to the goods after the ladder', () => {
    // 10 000 units at 9.0000 = 9 000 000; net 30: 9 000 000 × 800 × 30 ÷ 3 650 000 = 59 178.08 → 59 178
    const laddered = context([list({ terms, item: item('10', { ladder: LADDER }) })]);
    const q = quoteOf(laddered, request('10000', { paymentTerm: 'net30' }));
    expect(line(q, 'payment_terms').amountMinor).toBe(59_178n);
  });

  it('terms are inherited from the public list when the winning list has none, else defaults (no charge)', () => {
    const contract = list({ id: 'c', kind: 'contract', buyerId: 'buyer-1', terms: null });
    const inherited = quoteOf(context([contract, list({ terms })]), request('100', { paymentTerm: 'net60' }));
    expect(line(inherited, 'payment_terms').amountMinor).toBe(1_315n);
    expect(line(inherited, 'payment_terms').detail['rulesFrom']).toBe('public');
    const defaults = quoteOf(context([contract]), request('100', { paymentTerm: 'net60' }));
    expect(line(defaults, 'payment_terms')).toMatchObject({
      amountMinor: 0n,
      detail: { rulesFrom: 'defaults' },
    });
  });
});

describe('delivery: pickup (自提) or a zone', () => {
  const delivery = {
    pickups: [{ warehouseId: 'wh-shanghai', handlingPerUnit: '0.5' }],
    zones: [
      {
        code: 'EAST',
        nameZh: '华东',
        nameEn: 'East',
        regions: ['310000', '320000'],
        freightPerUnit: '0.8',
        perShipmentFeeMinor: 10_000n,
      },
      {
        code: 'WEST',
        nameZh: '西北',
        nameEn: 'Northwest',
        regions: ['650000'],
        freightPerUnit: '3.25',
        perShipmentFeeMinor: 80_000n,
      },
    ],
  };
  const ctx = context([list({ delivery })]);

  it('pickup at the Shanghai warehouse: handling 100 × 0.5000 = 50.00', () => {
    // net 100 000 + 5 000 = 105 000; tax 13 650; total 118 650
    const q = quoteOf(ctx, request('100', { delivery: { mode: 'pickup', warehouseId: 'wh-shanghai' } }));
    expect(amounts(q)).toEqual({ base: 100_000n, pickup: 5_000n, tax: 13_650n });
    expect(q.totalMinor).toBe(118_650n);
  });

  it('delivery to a far zone: freight 100 × 3.2500 = 325.00 and one shipment fee of 800.00', () => {
    // net 100 000 + 32 500 + 80 000 = 212 500; tax 27 625; total 240 125
    const q = quoteOf(ctx, request('100', { delivery: { mode: 'delivery', region: '650000' } }));
    expect(q.lines.map((l) => l.kind)).toEqual(['base', 'freight', 'shipment_fee', 'tax']);
    expect(amounts(q)).toEqual({ base: 100_000n, freight: 32_500n, shipment_fee: 80_000n, tax: 27_625n });
    expect(q.totalMinor).toBe(240_125n);
    expect(line(q, 'freight').detail).toMatchObject({
      zone: 'WEST',
      region: '650000',
      freightPerUnit: '3.2500',
    });
    // the goods unit price leaves delivery out
    expect(q.unitPrice).toBe('10.0000');
  });

  it('delivery costs more than pickup for the far zone', () => {
    const pickup = quoteOf(ctx, request('100', { delivery: { mode: 'pickup', warehouseId: 'wh-shanghai' } }));
    const far = quoteOf(ctx, request('100', { delivery: { mode: 'delivery', region: '650000' } }));
    expect(far.totalMinor - pickup.totalMinor).toBe(240_125n - 118_650n);
  });

  it('with no delivery rules anywhere, every request is refused', () => {
    const none = context([list({ delivery: null })]);
    expect(errorOf(none, request('1')).code).toBe('PICKUP_NOT_OFFERED');
    expect(errorOf(none, request('1', { delivery: { mode: 'delivery', region: '310000' } })).code).toBe(
      'ZONE_NOT_COVERED',
    );
  });
});

describe('validity: a contract until a date, then the grade list', () => {
  const lists = [
    list({
      id: 'contract',
      name: '2026 上半年合同',
      kind: 'contract',
      buyerId: 'buyer-1',
      validFrom: day('2026-01-01'),
      validTo: day('2026-07-01'),
      item: item('8.8'),
      quoteValidityDays: 14,
    }),
    list({
      id: 'grade',
      name: '重点客户价',
      kind: 'grade',
      gradeId: 'key',
      item: item('9.5'),
      quoteValidityDays: 7,
    }),
    list({ id: 'public', name: '公开价', item: item('10') }),
  ];
  const ctx = context(lists, { buyerGradeId: 'key' });

  it('on the last day of the contract: the contract price; the quote expires with the contract', () => {
    // validUntil = min(2026-06-30 + 14 days, 2026-07-01) = 2026-07-01
    const q = quoteOf(ctx, request('100', { date: day('2026-06-30') }));
    expect(q.listId).toBe('contract');
    expect(q.baseUnitPrice).toBe('8.8000');
    expect(q.validUntil).toEqual(day('2026-07-01'));
  });

  it('from the end date (exclusive) on: the grade list, with every outcome explained', () => {
    const q = quoteOf(ctx, request('100', { date: day('2026-07-01') }));
    expect(q.listId).toBe('grade');
    expect(line(q, 'base').amountMinor).toBe(95_000n);
    expect(q.validUntil).toEqual(day('2026-07-08'));
    expect(q.explanation).toEqual([
      {
        listId: 'contract',
        listName: '2026 上半年合同',
        kind: 'contract',
        outcome: 'not_valid_on_date',
        unitPrice: '8.8000',
      },
      { listId: 'grade', listName: '重点客户价', kind: 'grade', outcome: 'won', unitPrice: '9.5000' },
      { listId: 'public', listName: '公开价', kind: 'list', outcome: 'outranked', unitPrice: '10.0000' },
    ]);
  });

  it('NO_PRICE_ON_DATE when lists price the SKU but none on that date', () => {
    const future = context([list({ validFrom: day('2027-01-01') })]);
    expect(errorOf(future, request('1'))).toEqual({ code: 'NO_PRICE_ON_DATE', field: 'date' });
  });
});

describe('special price (特价)', () => {
  const ctx = context([
    list({
      item: item('10', { floorPrice: '9.5' }),
      terms: { annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} },
    }),
  ]);

  it('replaces the computed goods amount; 10 % under 10.0000 and below the floor of 9.5000', () => {
    // 100 × 9.0000 = 90 000; line 90 000 − 100 000 = −10 000; discount (10 − 9) ÷ 10 = 1 000 bps
    const q = quoteOf(ctx, request('100', { specialUnitPrice: '9' }));
    expect(line(q, 'special_price').amountMinor).toBe(-10_000n);
    expect(q.special).toEqual({ unitPrice: '9.0000', belowFloor: true, discountBps: 1000 });
    expect(q.floorPrice).toBe('9.5000');
    expect(q.netMinor).toBe(90_000n);
    expect(q.unitPrice).toBe('9.0000');
  });

  it('comes after the terms; the discount is measured against the price with terms, rounded down', () => {
    // goods with net 60 = 101 315 → 10.1315 a unit; (10.1315 − 9) ÷ 10.1315 = 11.168… % → 1 116 bps
    const q = quoteOf(ctx, request('100', { paymentTerm: 'net60', specialUnitPrice: '9' }));
    expect(q.lines.map((l) => l.kind)).toEqual(['base', 'payment_terms', 'pickup', 'special_price', 'tax']);
    expect(line(q, 'special_price').amountMinor).toBe(90_000n - 101_315n);
    expect(q.special?.discountBps).toBe(1116);
  });

  it('a special price above the computed one has no discount and is not below the floor', () => {
    const q = quoteOf(ctx, request('100', { specialUnitPrice: '10.5' }));
    expect(q.special).toEqual({ unitPrice: '10.5000', belowFloor: false, discountBps: 0 });
    expect(line(q, 'special_price').amountMinor).toBe(5_000n);
  });
});

describe('tax and rebate', () => {
  it('tax is on the net of every line before it, rounded half-up', () => {
    // 3 × 3.3333 = 9.9999 → 1 000 fen; 9 % of 1 000 = 90
    const ctx = context([list({ item: item('3.3333') })], {
      sku: { id: 'sku-rice-5kg', taxRateBps: 900, minOrderQuantity: '0', orderIncrement: '0' },
    });
    expect(amounts(quoteOf(ctx, request('3')))).toMatchObject({ base: 1000n, tax: 90n });
  });

  it('the rebate (返点) is a credit after tax, up to what is available', () => {
    // net 100 000, tax 13 000; rebate 5 000 → total 108 000
    const q = quoteOf(context([list()], { rebateAvailableMinor: 5_000n }), request('100'));
    expect(q.lines.at(-1)).toEqual({
      kind: 'rebate',
      amountMinor: -5_000n,
      detail: { available: '50.00', applied: '50.00' },
    });
    expect(q.totalMinor).toBe(108_000n);
    expect(q.netMinor + q.taxMinor - 5_000n).toBe(q.totalMinor);
  });

  it('never takes the total below zero', () => {
    const q = quoteOf(context([list()], { rebateAvailableMinor: 1_000_000n }), request('100'));
    expect(line(q, 'rebate').amountMinor).toBe(-113_000n);
    expect(q.totalMinor).toBe(0n);
  });
});

describe('every error code', () => {
  const ctx = context([list()], {
    sku: { id: 'sku-rice-5kg', taxRateBps: 1300, minOrderQuantity: '10', orderIncrement: '5' },
  });

  it.each(['abc', '0', '0.000', '-1', '1.2345', '1e3', ' 10', '', '.5', '5.', '+10', '1,000'])(
    'QUANTITY_INVALID for %j',
    (quantity) => {
      expect(errorOf(ctx, request(quantity))).toEqual({ code: 'QUANTITY_INVALID', field: 'quantity' });
    },
  );

  it('BELOW_MINIMUM_QUANTITY names the minimum', () => {
    expect(errorOf(ctx, request('9.999'))).toEqual({
      code: 'BELOW_MINIMUM_QUANTITY',
      field: 'quantity',
      params: { min: '10.000' },
    });
  });

  it('OFF_INCREMENT: allowed quantities are 10, 15, 20 …', () => {
    expect(errorOf(ctx, request('12'))).toEqual({
      code: 'OFF_INCREMENT',
      field: 'quantity',
      params: { min: '10.000', increment: '5.000', nearestBelow: '10.000', nearestAbove: '15.000' },
    });
    expect(computeQuote(ctx, request('10')).ok).toBe(true);
    expect(computeQuote(ctx, request('25')).ok).toBe(true);
  });

  it('NO_PRICE: no list prices the SKU for this buyer (price on request)', () => {
    const none = context([list({ item: null }), list({ id: 'draft', published: false })]);
    expect(errorOf(none, request('1'))).toEqual({
      code: 'NO_PRICE',
      field: 'skuId',
      params: { skuId: 'sku-rice-5kg' },
    });
    expect(errorOf(context([]), request('1')).code).toBe('NO_PRICE');
  });

  it('NO_PRICE_ON_DATE: the list has expired', () => {
    const expired = context([list({ validTo: day('2026-01-01') })]);
    expect(errorOf(expired, request('10'))).toEqual({ code: 'NO_PRICE_ON_DATE', field: 'date' });
  });

  it('PICKUP_NOT_OFFERED at a warehouse not in the rules', () => {
    expect(errorOf(ctx, request('10', { delivery: { mode: 'pickup', warehouseId: 'wh-9' } }))).toEqual({
      code: 'PICKUP_NOT_OFFERED',
      field: 'delivery.warehouseId',
      params: { warehouseId: 'wh-9' },
    });
  });

  it('ZONE_NOT_COVERED for a region of no zone', () => {
    expect(errorOf(ctx, request('10', { delivery: { mode: 'delivery', region: '540000' } }))).toEqual({
      code: 'ZONE_NOT_COVERED',
      field: 'delivery.region',
      params: { region: '540000' },
    });
  });

  it.each(['-1', '1.23456', 'x', '1e2', ''])('SPECIAL_PRICE_INVALID for %j', (specialUnitPrice) => {
    expect(errorOf(ctx, request('10', { specialUnitPrice }))).toEqual({
      code: 'SPECIAL_PRICE_INVALID',
      field: 'specialUnitPrice',
    });
  });

  it('checks the request before looking for a price', () => {
    expect(errorOf(context([]), request('x')).code).toBe('QUANTITY_INVALID');
  });
});

describe('malformed stored rules are bugs, thrown rather than priced', () => {
  it.each([
    ['a unit price with 5 places', list({ item: item('1.23456') })],
    ['a negative unit price', list({ item: item('-1') })],
    [
      'a cost of capital above 100 %',
      list({ terms: { annualCostOfCapitalBps: 20_000, prepaymentDays: 30, overridesBps: {} } }),
    ],
    [
      'an override beyond 50 %',
      list({ terms: { annualCostOfCapitalBps: 0, prepaymentDays: 30, overridesBps: { prepayment: -9000 } } }),
    ],
  ])('%s', (_name, bad) => {
    expect(() => computeQuote(context([bad]), request('1', { paymentTerm: 'prepayment' }))).toThrow(
      RangeError,
    );
  });

  it('an invalid date', () => {
    expect(() => computeQuote(context([list()]), request('1', { date: new Date('nope') }))).toThrow(
      RangeError,
    );
  });
});

describe('explainForSeller: the price debugger', () => {
  const lists = [
    list({
      id: 'c-other',
      name: 'Other buyer contract',
      kind: 'contract',
      buyerId: 'buyer-2',
      item: item('7'),
    }),
    list({
      id: 'c-mine',
      name: 'My contract',
      kind: 'contract',
      buyerId: 'buyer-1',
      item: item('8'),
      published: false,
    }),
    list({ id: 'g-other', name: 'Strategic', kind: 'grade', gradeId: 'strategic', item: item('8.5') }),
    list({
      id: 'g-mine',
      name: 'Key',
      kind: 'grade',
      gradeId: 'key',
      delivery: null,
      item: item('9', { ladder: [{ minQuantity: '50', kind: 'percent', value: '5' }] }),
    }),
    list({ id: 'public', name: 'Public', item: item('10'), delivery: EVERYWHERE }),
  ];
  const ctx = context(lists, { buyerGradeId: 'key' });

  it('shows every list of the seller, other buyers included, with the reason it lost', () => {
    const out = explainForSeller(ctx, request('100'));
    expect(out.explanation.map((e) => [e.listId, e.outcome, e.unitPrice])).toEqual([
      ['c-mine', 'not_published', '8.0000'],
      ['c-other', 'not_for_this_buyer', '7.0000'],
      ['g-mine', 'won', '9.0000'],
      ['g-other', 'not_for_this_buyer', '8.5000'],
      ['public', 'outranked', '10.0000'],
    ]);
    expect(out.winner).toEqual({
      listId: 'g-mine',
      listName: 'Key',
      kind: 'grade',
      ladderBreak: {
        index: 0,
        mode: 'all_units',
        minQuantity: '50.000',
        kind: 'percent',
        value: '5',
        unitPrice: '8.5500',
      },
      termsFrom: 'defaults',
      deliveryFrom: 'public',
      lines: ['base', 'quantity_ladder', 'pickup', 'tax'],
    });
  });

  it('returns the quote exactly as the buyer gets it: no other buyers, no unpublished price', () => {
    const out = explainForSeller(ctx, request('100'));
    const buyer = computeQuote(ctx, request('100'));
    expect(out.quote).toEqual(buyer);
    expect(buyer.ok && buyer.value.explanation.map((e) => [e.listId, e.outcome, e.unitPrice])).toEqual([
      ['c-mine', 'not_published', null],
      ['g-mine', 'won', '9.0000'],
      ['public', 'outranked', '10.0000'],
    ]);
  });

  it('explains a failed quote too', () => {
    const out = explainForSeller(ctx, request('0'));
    expect(out.quote.ok).toBe(false);
    expect(out.winner).toMatchObject({ listId: 'g-mine', ladderBreak: null, lines: [] });
    expect(explainForSeller(context([]), request('1')).winner).toBeNull();
  });
});
