import { describe, expect, it } from 'vitest';
import { breakUnitPrice, type LadderRow, ladderProblems } from './ladder';
import { priceItemFieldName, toPriceItemFormValues, toPriceItemPayload } from './price-item-form';

const row = (minQuantity: string, value: string, kind: LadderRow['kind'] = 'absolute'): LadderRow => ({
  minQuantity,
  kind,
  value,
});

describe('ladder checks', () => {
  it('accepts increasing breaks with prices ≤ 4 decimals and percentages ≤ 2 decimals', () => {
    expect(
      ladderProblems([row('100', '5950'), row('1000', '2', 'percent'), row('1000.5', '5800.1234')], '6000'),
    ).toEqual([]);
  });

  it('finds breaks that do not increase, comparing with the last readable one', () => {
    expect(ladderProblems([row('100', '5950'), row('100', '5900'), row('50', '5800')], '6000')).toEqual([
      { index: 1, field: 'minQuantity', problem: 'notIncreasing' },
      { index: 2, field: 'minQuantity', problem: 'notIncreasing' },
    ]);
    expect(ladderProblems([row('100', '5950'), row('', '5900'), row('200', '5800')], '6000')).toEqual([
      { index: 1, field: 'minQuantity', problem: 'required' },
    ]);
  });

  it('refuses quantities with more than 3 decimals or of zero, prices with more than 4', () => {
    expect(ladderProblems([row('1.2345', '1.23456'), row('0', '1')], '6000')).toEqual([
      { index: 0, field: 'minQuantity', problem: 'decimals' },
      { index: 0, field: 'value', problem: 'decimals' },
      { index: 1, field: 'minQuantity', problem: 'zero' },
    ]);
  });

  it('refuses an absolute break above the unit price and a percentage outside (0, 100] or with 3 decimals', () => {
    expect(
      ladderProblems(
        [
          row('1', '6000.0001'),
          row('2', '0', 'percent'),
          row('3', '100.01', 'percent'),
          row('4', '2.125', 'percent'),
        ],
        '6000',
      ),
    ).toEqual([
      { index: 0, field: 'value', problem: 'aboveBase' },
      { index: 1, field: 'value', problem: 'zero' },
      { index: 2, field: 'value', problem: 'percentRange' },
      { index: 3, field: 'value', problem: 'decimals' },
    ]);
  });

  it('computes what a percentage break gives, half-up to 4 places', () => {
    expect(breakUnitPrice(row('1', '2', 'percent'), '5950')).toBe(58_310_000n); // 5831.0000
    expect(breakUnitPrice(row('1', '33.33', 'percent'), '0.0001')).toBe(1n); // 0.000066… → 0.0001
    expect(breakUnitPrice(row('1', '5900.5'), '6000')).toBe(59_005_000n);
  });
});

describe('price item form', () => {
  it('shows stored decimals as typed and sends them trimmed', () => {
    const values = toPriceItemFormValues({
      skuId: '00000000-0000-4000-8000-000000000001',
      skuCode: 'SUGAR-1-50KG',
      productNameZh: '白砂糖',
      productNameEn: 'White sugar',
      unit: 't',
      unitPrice: '5980.5000',
      floorPrice: null,
      ladderMode: 'graduated',
      ladder: [{ minQuantity: '100.000', kind: 'percent', value: '2.50' }],
    });
    expect(values).toMatchObject({
      unitPrice: '5980.5',
      floorPrice: '',
      ladder: [{ minQuantity: '100', kind: 'percent', value: '2.5' }],
    });
    expect(toPriceItemPayload('L', { ...values, floorPrice: ' 5800 ' })).toEqual({
      listId: 'L',
      skuId: '00000000-0000-4000-8000-000000000001',
      unitPrice: '5980.5',
      floorPrice: '5800',
      ladderMode: 'graduated',
      ladder: [{ minQuantity: '100', kind: 'percent', value: '2.5' }],
    });
  });

  it('maps the API’s field paths, dotted or bracketed, onto the form', () => {
    expect(priceItemFieldName('ladder.1.value')).toEqual(['ladder', 1, 'value']);
    expect(priceItemFieldName('ladder[0].minQuantity')).toEqual(['ladder', 0, 'minQuantity']);
    expect(priceItemFieldName('unitPrice')).toEqual(['unitPrice']);
    expect(priceItemFieldName('ladder')).toEqual(['ladder']);
    expect(priceItemFieldName('listId')).toBeNull();
  });
});
