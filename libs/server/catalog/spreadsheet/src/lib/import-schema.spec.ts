import { describe, expect, it } from 'vitest';
import { readAndValidate, validateRows } from './import-schema';
import { PRICE_IMPORT } from './price-import.schema';
import { PRODUCT_IMPORT } from './product-import.schema';
import { readSheet } from './read-sheet';
import { writeSheet } from './write-sheet';

const HEADER =
  'SKU编码 (sku_code),单价 (unit_price),底价 (floor_price),阶梯方式 (ladder_mode),第1档起始数量 (break1_min_qty),第1档价格 (break1_price),第2档起始数量 (break2_min_qty),第2档价格 (break2_price)';

describe('validateRows on a file', () => {
  it('validates 50 000 rows, rejecting exactly the bad and duplicate ones', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 50_000; i++) {
      if (i % 1000 === 1)
        lines.push(`SKU-${i - 1},5980,5800,all_units,100,5950,1000,2%`); // duplicate of the row before
      else if (i % 1000 === 2)
        lines.push(`SKU-${i},5980,6000,graduated,100,5950,1000,`); // floor above, break 2 half
      else if (i % 1000 === 3)
        lines.push(''); // empty: skipped
      else lines.push(`SKU-${i},${5980 + (i % 97) / 100},5800,${i % 2 ? '分段' : ''},100,5950.5,1000,2.5%`);
    }
    const buffer = Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

    const result = await readAndValidate(PRICE_IMPORT, buffer, 'csv');
    if (!result.ok) throw new Error(result.error.message.en);
    const { valid, rejected } = result.value;
    expect(valid).toHaveLength(50_000 - 3 * 50);
    expect(rejected.filter((r) => r.code === 'DUPLICATE_ROW')).toHaveLength(50);
    expect(rejected.filter((r) => r.code === 'FLOOR_ABOVE_UNIT_PRICE')).toHaveLength(50);
    expect(rejected.filter((r) => r.code === 'INCOMPLETE_BREAK')).toHaveLength(50);
    expect(rejected).toHaveLength(150);
    // row 1 is the header: the data line i sits on spreadsheet row i + 2
    expect(rejected[0]).toMatchObject({ rowNumber: 3, column: 'sku_code', code: 'DUPLICATE_ROW' });
    expect(rejected[1]).toMatchObject({ rowNumber: 4, column: 'floor_price' });
    expect(valid.at(-1)).toMatchObject({ rowNumber: 50_001, skuCode: 'SKU-49999', ladderMode: 'graduated' });
  });

  it('works on cells keyed by header text (readSheet without columns) too', async () => {
    const csv = Buffer.from('Unit price,SKU code,notes\n12.50,A,x\n-1,B,y\n', 'utf8');
    const sheet = await readSheet(csv, 'csv');
    if (!sheet.ok) throw new Error(sheet.error.message.en);
    const result = validateRows(PRICE_IMPORT, sheet.value);
    expect(result.valid).toEqual([
      {
        rowNumber: 2,
        skuCode: 'A',
        unitPrice: '12.5',
        floorPrice: null,
        ladderMode: 'all_units',
        ladder: [],
      },
    ]);
    expect(result.rejected).toEqual([
      expect.objectContaining({ rowNumber: 3, column: 'unit_price', code: 'OUT_OF_RANGE' }),
    ]);
  });

  it('answers the sheet error instead of rows when the file cannot be read', async () => {
    const result = await readAndValidate(PRODUCT_IMPORT, Buffer.from('sku_code\nA\n'), 'csv');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('MISSING_COLUMNS');
    expect(!result.ok && result.error.code === 'MISSING_COLUMNS' && result.error.columns).toEqual([
      'product_code',
      'product_name_zh',
      'product_name_en',
      'category_code',
      'unit',
    ]);
  });

  it('points at the xlsx row the user sees', async () => {
    const rows = [
      { sku_code: 'A', unit_price: '10' },
      { sku_code: 'B', unit_price: '' },
      { sku_code: 'A', unit_price: '10' },
    ];
    const buffer = await writeSheet(PRICE_IMPORT.columns, rows, 'xlsx', 'en');
    const result = await readAndValidate(PRICE_IMPORT, buffer, 'xlsx');
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.rejected.map((r) => [r.rowNumber, r.column, r.code])).toEqual([
      [3, 'unit_price', 'REQUIRED'],
      [4, 'sku_code', 'DUPLICATE_ROW'],
    ]);
  });

  it('keeps 16-digit prices exact through xlsx', async () => {
    const rows = [
      { sku_code: 'A', unit_price: '0.1' },
      { sku_code: 'B', unit_price: '5980.1234' },
      { sku_code: 'C', unit_price: '123456789012.1234' },
      { sku_code: 'D', unit_price: '999999999999.9999' },
    ];
    const buffer = await writeSheet(PRICE_IMPORT.columns, rows, 'xlsx', 'zh-CN');
    const result = await readAndValidate(PRICE_IMPORT, buffer, 'xlsx');
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.valid.map((r) => r.unitPrice)).toEqual([
      '0.1',
      '5980.1234',
      '123456789012.1234',
      '999999999999.9999',
    ]);
  });
});
