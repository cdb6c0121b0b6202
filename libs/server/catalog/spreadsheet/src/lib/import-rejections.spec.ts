import { describe, expect, it } from 'vitest';
import { rejectionFor, validateRows, type ImportSchema } from './import-schema';
import { PRICE_IMPORT } from './price-import.schema';
import { PRODUCT_IMPORT } from './product-import.schema';
import { rejectionMessages } from './rejection.messages';
import type { Sheet } from './sheet.types';
import { REJECTION_CODES, type RejectionCode } from './spreadsheet.errors';

/**
 * Every rejection code of both schemas, each on a row that is valid but for one cell, placed
 * on spreadsheet row 7 so that a wrong row number shows.
 */
const PRODUCT_ROW = {
  product_code: 'SUGAR-WHITE-1',
  product_name_zh: '白砂糖 一级',
  product_name_en: 'White sugar grade 1',
  category_code: 'SUGAR',
  unit: 't',
  sku_code: 'SUGAR-W1-BULK',
  spec_code: 'SUGAR-WHITE-GB1',
  attributes: 'grade=一级; origin=广西',
  pack_size: '1',
  min_order_quantity: '10',
  order_increment: '1',
};

const PRICE_ROW = {
  sku_code: 'SUGAR-W1-BULK',
  unit_price: '5980',
  floor_price: '5800',
  ladder_mode: 'all_units',
  break1_min_qty: '100',
  break1_price: '5950',
  break2_min_qty: '1000',
  break2_price: '2%',
};

type Case = readonly [name: string, cells: Record<string, string>, column: string, code: RejectionCode];

const PRODUCT_CASES: Case[] = [
  ['product code blank', { product_code: '' }, 'product_code', 'REQUIRED'],
  ['Chinese name blank', { product_name_zh: '  ' }, 'product_name_zh', 'REQUIRED'],
  ['English name blank', { product_name_en: '' }, 'product_name_en', 'REQUIRED'],
  ['category blank', { category_code: '' }, 'category_code', 'REQUIRED'],
  ['unit blank', { unit: '' }, 'unit', 'REQUIRED'],
  ['SKU blank', { sku_code: '' }, 'sku_code', 'REQUIRED'],
  ['product code of 41', { product_code: 'A'.repeat(41) }, 'product_code', 'TOO_LONG'],
  ['SKU code of 41', { sku_code: 'S'.repeat(41) }, 'sku_code', 'TOO_LONG'],
  ['Chinese name of 121', { product_name_zh: '糖'.repeat(121) }, 'product_name_zh', 'TOO_LONG'],
  ['English name of 121', { product_name_en: 'x'.repeat(121) }, 'product_name_en', 'TOO_LONG'],
  ['spec code of 61', { spec_code: 'S'.repeat(61) }, 'spec_code', 'TOO_LONG'],
  ['space in product code', { product_code: 'SUGAR WHITE' }, 'product_code', 'INVALID_CODE'],
  ['Chinese in SKU code', { sku_code: '白糖-1' }, 'sku_code', 'INVALID_CODE'],
  ['slash in category code', { category_code: 'FOOD/SUGAR' }, 'category_code', 'INVALID_CODE'],
  ['unknown unit', { unit: 'bag' }, 'unit', 'INVALID_UNIT'],
  ['attribute without =', { attributes: 'grade 1' }, 'attributes', 'INVALID_ATTRIBUTES'],
  ['attribute key upper case', { attributes: 'Grade=1' }, 'attributes', 'INVALID_ATTRIBUTES'],
  ['attribute key with digit', { attributes: 'grade1=x' }, 'attributes', 'INVALID_ATTRIBUTES'],
  ['attribute key of 31', { attributes: `${'k'.repeat(31)}=x` }, 'attributes', 'INVALID_ATTRIBUTES'],
  ['attribute value of 61', { attributes: `grade=${'v'.repeat(61)}` }, 'attributes', 'INVALID_ATTRIBUTES'],
  ['attribute without value', { attributes: 'grade=' }, 'attributes', 'INVALID_ATTRIBUTES'],
  ['attribute twice', { attributes: 'grade=1; grade=2' }, 'attributes', 'INVALID_ATTRIBUTES'],
  [
    '21 attributes',
    { attributes: Array.from({ length: 21 }, (_, i) => `k${'abcdefghijklmnopqrstu'[i]}=v`).join('; ') },
    'attributes',
    'INVALID_ATTRIBUTES',
  ],
  ['pack size text', { pack_size: 'one' }, 'pack_size', 'INVALID_NUMBER'],
  ['pack size with unit', { pack_size: '50kg' }, 'pack_size', 'INVALID_NUMBER'],
  ['thousands separator', { min_order_quantity: '1,000' }, 'min_order_quantity', 'INVALID_NUMBER'],
  ['full-width digits', { min_order_quantity: '１０' }, 'min_order_quantity', 'INVALID_NUMBER'],
  ['4 decimals in a quantity', { order_increment: '0.0005' }, 'order_increment', 'TOO_MANY_DECIMALS'],
  ['zero pack size', { pack_size: '0' }, 'pack_size', 'OUT_OF_RANGE'],
  ['negative MOQ', { min_order_quantity: '-1' }, 'min_order_quantity', 'OUT_OF_RANGE'],
  ['13 integer digits', { order_increment: '1234567890123' }, 'order_increment', 'OUT_OF_RANGE'],
  ['an Excel error value', { product_name_en: '#REF!' }, 'product_name_en', 'FORMULA_ERROR'],
  ['an Excel error in a number', { pack_size: '#DIV/0!' }, 'pack_size', 'FORMULA_ERROR'],
];

const PRICE_CASES: Case[] = [
  ['SKU blank', { sku_code: '' }, 'sku_code', 'REQUIRED'],
  ['unit price blank', { unit_price: '' }, 'unit_price', 'REQUIRED'],
  ['SKU with space', { sku_code: 'SUGAR W1' }, 'sku_code', 'INVALID_CODE'],
  ['SKU of 41', { sku_code: 'S'.repeat(41) }, 'sku_code', 'TOO_LONG'],
  ['unit price with currency', { unit_price: '¥5980' }, 'unit_price', 'INVALID_NUMBER'],
  ['unit price with thousands', { unit_price: '5,980' }, 'unit_price', 'INVALID_NUMBER'],
  ['unit price in exponent', { unit_price: '5.98E+3' }, 'unit_price', 'INVALID_NUMBER'],
  ['unit price of 5 decimals', { unit_price: '5980.12345' }, 'unit_price', 'TOO_MANY_DECIMALS'],
  ['unit price of 13 digits', { unit_price: '1234567890123' }, 'unit_price', 'OUT_OF_RANGE'],
  ['negative unit price', { unit_price: '-1' }, 'unit_price', 'OUT_OF_RANGE'],
  ['floor not a number', { floor_price: 'n/a' }, 'floor_price', 'INVALID_NUMBER'],
  ['floor above unit price', { floor_price: '5980.0001' }, 'floor_price', 'FLOOR_ABOVE_UNIT_PRICE'],
  ['unknown ladder mode', { ladder_mode: 'tiered' }, 'ladder_mode', 'INVALID_LADDER_MODE'],
  ['break quantity without price', { break1_price: '' }, 'break1_price', 'INCOMPLETE_BREAK'],
  ['break price without quantity', { break2_min_qty: '' }, 'break2_min_qty', 'INCOMPLETE_BREAK'],
  ['break 3 half filled', { break3_min_qty: '5000' }, 'break3_price', 'INCOMPLETE_BREAK'],
  ['break quantity not increasing', { break2_min_qty: '100' }, 'break2_min_qty', 'BREAK_NOT_INCREASING'],
  ['break quantity decreasing', { break2_min_qty: '99.999' }, 'break2_min_qty', 'BREAK_NOT_INCREASING'],
  ['break quantity zero', { break1_min_qty: '0' }, 'break1_min_qty', 'OUT_OF_RANGE'],
  ['break quantity 4 decimals', { break1_min_qty: '100.0001' }, 'break1_min_qty', 'TOO_MANY_DECIMALS'],
  ['break quantity text', { break1_min_qty: '100t' }, 'break1_min_qty', 'INVALID_NUMBER'],
  [
    'break price above unit price',
    { break1_price: '5980.01' },
    'break1_price',
    'BREAK_PRICE_ABOVE_UNIT_PRICE',
  ],
  ['break price 5 decimals', { break1_price: '5950.00001' }, 'break1_price', 'TOO_MANY_DECIMALS'],
  ['break price text', { break1_price: 'five' }, 'break1_price', 'INVALID_NUMBER'],
  ['percent of 3 decimals', { break2_price: '2.125%' }, 'break2_price', 'TOO_MANY_DECIMALS'],
  ['percent zero', { break2_price: '0%' }, 'break2_price', 'OUT_OF_RANGE'],
  ['percent above 100', { break2_price: '100.01%' }, 'break2_price', 'OUT_OF_RANGE'],
  ['percent negative', { break2_price: '-2%' }, 'break2_price', 'OUT_OF_RANGE'],
  ['percent not a number', { break2_price: 'x%' }, 'break2_price', 'INVALID_NUMBER'],
  ['an Excel error value', { unit_price: '#VALUE!' }, 'unit_price', 'FORMULA_ERROR'],
];

function sheetOf(rows: Array<Record<string, string>>, firstRowNumber = 7): Sheet {
  return {
    headers: Object.keys(rows[0] ?? {}),
    rows: rows.map((cells, i) => ({ rowNumber: firstRowNumber + i, cells })),
  };
}

function checkCases<Row extends { rowNumber: number }, K extends string>(
  schema: ImportSchema<Row, K>,
  base: Record<string, string>,
  cases: readonly Case[],
): void {
  it('accepts the base row', () => {
    const result = validateRows(schema, sheetOf([base]));
    expect(result.rejected).toEqual([]);
    expect(result.valid).toHaveLength(1);
  });

  it.each(cases)('%s → %s %s', (_name, cells, column, code) => {
    const result = validateRows(schema, sheetOf([{ ...base, ...cells }]));
    expect(result.valid).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    const [rejection] = result.rejected;
    expect(rejection).toMatchObject({ rowNumber: 7, column, code });
    expect(rejection?.message.zh).not.toBe('');
    expect(rejection?.message.en).not.toBe('');
    expect(rejection?.message.zh).not.toBe(rejection?.message.en);
    // the column is named by its label in each language
    const label = schema.columns.find((c) => c.key === column);
    expect(rejection?.message.zh).toContain(label?.zh);
    expect(rejection?.message.en.toLowerCase()).toContain(label?.en.toLowerCase());
  });
}

describe('product import rejections', () => {
  checkCases(PRODUCT_IMPORT, PRODUCT_ROW, PRODUCT_CASES);

  it('rejects the second row of a SKU, pointing at the first', () => {
    const result = validateRows(
      PRODUCT_IMPORT,
      sheetOf([PRODUCT_ROW, { ...PRODUCT_ROW, sku_code: 'OTHER' }, { ...PRODUCT_ROW }]),
    );
    expect(result.valid.map((r) => r.rowNumber)).toEqual([7, 8]);
    expect(result.rejected).toEqual([
      expect.objectContaining({
        rowNumber: 9,
        column: 'sku_code',
        code: 'DUPLICATE_ROW',
        value: 'SUGAR-W1-BULK',
      }),
    ]);
    expect(result.rejected[0]?.message.zh).toContain('第 7 行');
    expect(result.rejected[0]?.message.en).toContain('row 7');
  });

  it('rejects rows of one product that disagree on its names or category', () => {
    const result = validateRows(
      PRODUCT_IMPORT,
      sheetOf([
        PRODUCT_ROW,
        { ...PRODUCT_ROW, sku_code: 'B', product_name_en: 'White sugar, grade 1', category_code: 'FOOD' },
        { ...PRODUCT_ROW, sku_code: 'C', product_name_zh: '白砂糖  一级' },
      ]),
    );
    expect(result.valid.map((r) => r.skuCode)).toEqual(['SUGAR-W1-BULK', 'C']);
    expect(result.rejected.map((r) => [r.rowNumber, r.column, r.code])).toEqual([
      [8, 'product_name_en', 'INCONSISTENT_PRODUCT'],
      [8, 'category_code', 'INCONSISTENT_PRODUCT'],
    ]);
    expect(result.rejected[0]?.message.en).toContain('row 7');
  });

  it('reports every bad cell of a row, in column order', () => {
    const result = validateRows(
      PRODUCT_IMPORT,
      sheetOf([{ ...PRODUCT_ROW, product_code: '', unit: 'bag', pack_size: '0', attributes: 'x' }]),
    );
    expect(result.rejected.map((r) => [r.column, r.code])).toEqual([
      ['product_code', 'REQUIRED'],
      ['unit', 'INVALID_UNIT'],
      ['attributes', 'INVALID_ATTRIBUTES'],
      ['pack_size', 'OUT_OF_RANGE'],
    ]);
  });
});

describe('price import rejections', () => {
  checkCases(PRICE_IMPORT, PRICE_ROW, PRICE_CASES);

  it('rejects the second row of a SKU, pointing at the first', () => {
    const result = validateRows(
      PRICE_IMPORT,
      sheetOf([PRICE_ROW, { ...PRICE_ROW, unit_price: '6000', floor_price: '' }]),
    );
    expect(result.valid).toHaveLength(1);
    expect(result.rejected).toEqual([
      expect.objectContaining({ rowNumber: 8, column: 'sku_code', code: 'DUPLICATE_ROW' }),
    ]);
    expect(result.rejected[0]?.message.zh).toContain('第 7 行');
  });
});

describe('rejection codes', () => {
  it('lets the importing service add look-up rejections in the same shape', () => {
    const category = PRODUCT_IMPORT.columns.find((c) => c.key === 'category_code');
    const sku = PRICE_IMPORT.columns.find((c) => c.key === 'sku_code');
    if (!category || !sku) throw new Error('columns');
    expect(rejectionFor(9, category, rejectionMessages.unknownCategory(category), 'TEA')).toEqual({
      rowNumber: 9,
      column: 'category_code',
      code: 'UNKNOWN_CATEGORY',
      message: {
        zh: '“品类编码”在平台品类中不存在，请在品类列表中查找正确的编码。',
        en: 'Category code is not a category of the platform; look up the code in the category list.',
      },
      value: 'TEA',
    });
    expect(rejectionFor(3, sku, rejectionMessages.unknownSku(sku))).toMatchObject({
      code: 'UNKNOWN_SKU',
      column: 'sku_code',
    });
  });

  it('each code is produced by a case above', () => {
    const covered = new Set<RejectionCode>([
      ...PRODUCT_CASES.map((c) => c[3]),
      ...PRICE_CASES.map((c) => c[3]),
      'DUPLICATE_ROW',
      'INCONSISTENT_PRODUCT',
      'UNKNOWN_CATEGORY',
      'UNKNOWN_SKU',
    ]);
    expect([...covered].sort()).toEqual([...REJECTION_CODES].sort());
  });
});
