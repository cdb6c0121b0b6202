import { describe, expect, it } from 'vitest';
import type { RuleProblem } from './pricing.errors';
import type { DeliveryRule, PaymentTermsRule, PriceItemRule } from './pricing.types';
import { validateDelivery, validatePriceItem, validateTerms } from './rule-validation';
import { item } from './testing/fixtures';

function problemsOf(r: { ok: true } | { ok: false; error: { problems: readonly RuleProblem[] } }) {
  return r.ok ? [] : r.error.problems.map((p) => [p.field, p.code]);
}

describe('validatePriceItem', () => {
  const valid: PriceItemRule = item('10', {
    floorPrice: '8',
    ladder: [
      { minQuantity: '100', kind: 'absolute', value: '9.5' },
      { minQuantity: '500', kind: 'percent', value: '7.25' },
      { minQuantity: '1000', kind: 'absolute', value: '9.8' }, // rising again: the seller's choice
      { minQuantity: '2000', kind: 'percent', value: '100' },
    ],
  });

  it('accepts a valid item and returns it', () => {
    expect(validatePriceItem(valid)).toEqual({ ok: true, value: valid });
  });

  it('reports every problem with its field path', () => {
    const r = validatePriceItem({
      skuId: ' ',
      unitPrice: '10.12345',
      floorPrice: '-1',
      ladderMode: 'stepped' as PriceItemRule['ladderMode'],
      ladder: [
        { minQuantity: '0', kind: 'absolute', value: '1' },
        { minQuantity: '100', kind: 'percent', value: '0' },
        { minQuantity: '100', kind: 'percent', value: '100.01' },
        { minQuantity: '50.0001', kind: 'percent', value: '2.555' },
        { minQuantity: '200', kind: 'fixed' as 'absolute', value: '1' },
      ],
    });
    expect(r.ok || r.error.code).toBe('PRICE_ITEM_INVALID');
    expect(problemsOf(r)).toEqual([
      ['skuId', 'BLANK'],
      ['unitPrice', 'DECIMAL_INVALID'],
      ['floorPrice', 'NEGATIVE'],
      ['ladderMode', 'UNKNOWN_VALUE'],
      ['ladder[0].minQuantity', 'NOT_POSITIVE'],
      ['ladder[1].value', 'PERCENT_OUT_OF_RANGE'],
      ['ladder[2].minQuantity', 'NOT_INCREASING'],
      ['ladder[2].value', 'PERCENT_OUT_OF_RANGE'],
      ['ladder[3].minQuantity', 'DECIMAL_INVALID'],
      ['ladder[3].value', 'DECIMAL_INVALID'],
      ['ladder[4].kind', 'UNKNOWN_VALUE'],
    ]);
  });

  it('refuses a ladder price above the base price, accepts one equal to it', () => {
    const above = item('10', { ladder: [{ minQuantity: '10', kind: 'absolute', value: '10.0001' }] });
    expect(problemsOf(validatePriceItem(above))).toEqual([['ladder[0].value', 'ABOVE_BASE_PRICE']]);
    const equal = item('10', { ladder: [{ minQuantity: '10', kind: 'absolute', value: '10' }] });
    expect(validatePriceItem(equal).ok).toBe(true);
  });

  it('refuses decreasing break quantities', () => {
    const r = validatePriceItem(
      item('10', {
        ladder: [
          { minQuantity: '100', kind: 'absolute', value: '9' },
          { minQuantity: '99.999', kind: 'absolute', value: '8' },
        ],
      }),
    );
    expect(problemsOf(r)).toEqual([['ladder[1].minQuantity', 'NOT_INCREASING']]);
  });
});

describe('validateTerms', () => {
  const valid: PaymentTermsRule = {
    annualCostOfCapitalBps: 800,
    prepaymentDays: 30,
    overridesBps: { prepayment: -5000, cash: 0, net30: 0, net60: 5000, net90: 120 },
  };

  it('accepts the bounds', () => {
    expect(validateTerms(valid).ok).toBe(true);
    expect(validateTerms({ annualCostOfCapitalBps: 0, prepaymentDays: 0, overridesBps: {} }).ok).toBe(true);
    expect(validateTerms({ annualCostOfCapitalBps: 10_000, prepaymentDays: 365, overridesBps: {} }).ok).toBe(
      true,
    );
  });

  it.each([
    [{ annualCostOfCapitalBps: -1 }, 'annualCostOfCapitalBps', 'OUT_OF_RANGE'],
    [{ annualCostOfCapitalBps: 10_001 }, 'annualCostOfCapitalBps', 'OUT_OF_RANGE'],
    [{ annualCostOfCapitalBps: 8.5 }, 'annualCostOfCapitalBps', 'OUT_OF_RANGE'],
    [{ prepaymentDays: 366 }, 'prepaymentDays', 'OUT_OF_RANGE'],
    [{ prepaymentDays: -1 }, 'prepaymentDays', 'OUT_OF_RANGE'],
    [{ overridesBps: { prepayment: 1 } }, 'overridesBps.prepayment', 'OUT_OF_RANGE'],
    [{ overridesBps: { prepayment: -5001 } }, 'overridesBps.prepayment', 'OUT_OF_RANGE'],
    [{ overridesBps: { net30: -1 } }, 'overridesBps.net30', 'OUT_OF_RANGE'],
    [{ overridesBps: { net90: 5001 } }, 'overridesBps.net90', 'OUT_OF_RANGE'],
    [{ overridesBps: { net60: 1.5 } }, 'overridesBps.net60', 'OUT_OF_RANGE'],
    [{ overridesBps: { cash: 10 } }, 'overridesBps.cash', 'MUST_BE_ZERO'],
    [
      { overridesBps: { net45: 10 } as PaymentTermsRule['overridesBps'] },
      'overridesBps.net45',
      'UNKNOWN_VALUE',
    ],
  ] as const)('%j → %s %s', (change, field, code) => {
    const r = validateTerms({ ...valid, ...change } as PaymentTermsRule);
    expect(r.ok || r.error.code).toBe('PAYMENT_TERMS_INVALID');
    expect(problemsOf(r)).toEqual([[field, code]]);
  });
});

describe('validateDelivery', () => {
  const zone = (code: string, regions: string[]) => ({
    code,
    nameZh: '区域',
    nameEn: 'Zone',
    regions,
    freightPerUnit: '1.5',
    perShipmentFeeMinor: 5_000n,
  });
  const valid: DeliveryRule = {
    pickups: [
      { warehouseId: 'wh-1', handlingPerUnit: '0' },
      { warehouseId: 'wh-2', handlingPerUnit: '0.1234' },
    ],
    zones: [zone('EAST', ['310000', '320000']), zone('WEST', ['650000'])],
  };

  it('accepts valid rules, and empty ones', () => {
    expect(validateDelivery(valid).ok).toBe(true);
    expect(validateDelivery({ pickups: [], zones: [] }).ok).toBe(true);
  });

  it('reports every problem with its field path', () => {
    const r = validateDelivery({
      pickups: [
        { warehouseId: 'wh-1', handlingPerUnit: '-0.1' },
        { warehouseId: 'wh-1', handlingPerUnit: '0.12345' },
        { warehouseId: '', handlingPerUnit: '1' },
      ],
      zones: [
        zone('EAST', ['310000', '310000']),
        {
          ...zone('EAST', ['320000', '310000', '']),
          nameEn: ' ',
          freightPerUnit: '-1',
          perShipmentFeeMinor: -1n,
        },
        zone('NORTH', []),
      ],
    });
    expect(r.ok || r.error.code).toBe('DELIVERY_RULE_INVALID');
    expect(problemsOf(r)).toEqual([
      ['pickups[0].handlingPerUnit', 'NEGATIVE'],
      ['pickups[1].warehouseId', 'DUPLICATE'],
      ['pickups[1].handlingPerUnit', 'DECIMAL_INVALID'],
      ['pickups[2].warehouseId', 'BLANK'],
      ['zones[0].regions[1]', 'DUPLICATE'],
      ['zones[1].code', 'DUPLICATE'],
      ['zones[1].nameEn', 'BLANK'],
      ['zones[1].regions[1]', 'REGION_IN_TWO_ZONES'],
      ['zones[1].regions[2]', 'BLANK'],
      ['zones[1].freightPerUnit', 'NEGATIVE'],
      ['zones[1].perShipmentFeeMinor', 'NEGATIVE'],
      ['zones[2].regions', 'EMPTY'],
    ]);
    expect(!r.ok && r.error.problems.find((p) => p.code === 'REGION_IN_TWO_ZONES')?.params).toEqual({
      region: '310000',
      zone: 'EAST',
    });
  });
});
